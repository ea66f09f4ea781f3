package com.csdesk.web.desk;

import com.csdesk.aftersales.Department;
import com.csdesk.shared.RuleViolationException;
import com.csdesk.shared.Text;
import com.csdesk.staff.Role;
import com.csdesk.staff.StaffManagement;
import org.springframework.stereotype.Component;

/** Who may be given a ticket: an enabled agent of the ticket's department, or a supervisor. */
@Component
public class TicketAssignees {

    private final StaffManagement staff;

    TicketAssignees(StaffManagement staff) {
        this.staff = staff;
    }

    public void require(String username, Department department) {
        Role role = Role.valueOf(department.role());
        boolean fits = staff.find(username.strip())
                .filter(s -> s.enabled() && (s.roles().contains(role) || s.roles().contains(Role.SUPERVISOR)))
                .isPresent();
        if (!fits) {
            throw new RuleViolationException("not-an-agent-of-department", Text.of(
                    username + " 不是" + department.label().zh() + "部门的在职客服或主管",
                    username + " is not an active " + department.label().en() + " agent or supervisor"));
        }
    }
}
