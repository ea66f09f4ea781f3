package com.csdesk.staff;

import com.csdesk.shared.Text;
import java.util.Set;

/**
 * What a staff member may do. Supervisors may do what their agents do, admins what supervisors
 * do (see the role hierarchy in the security configuration).
 */
public enum Role {
    PRESALES("售前客服", "Pre-sales agent"),
    AFTERSALES("售后客服", "After-sales agent"),
    COMPLAINTS("投诉处理", "Complaint handler"),
    SUPERVISOR("主管", "Supervisor"),
    ADMIN("管理员", "Administrator"),
    WAREHOUSE("仓储", "Warehouse"),
    FINANCE("财务", "Finance");

    /** Roles that see full phone numbers: they call buyers back or hand parcels to carriers. */
    public static final Set<Role> SEE_PHONE = Set.of(AFTERSALES, COMPLAINTS, SUPERVISOR, ADMIN, WAREHOUSE);

    /** Roles that see full street addresses: they send goods or handle returns. */
    public static final Set<Role> SEE_ADDRESS = Set.of(AFTERSALES, COMPLAINTS, SUPERVISOR, ADMIN, WAREHOUSE);

    private final Text label;

    Role(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    /** The Spring Security authority, {@code ROLE_PRESALES}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
