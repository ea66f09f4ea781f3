package com.csdesk.web.pages;

import com.csdesk.aftersales.AfterSales;
import com.csdesk.aftersales.Department;
import com.csdesk.aftersales.HandlingStep;
import com.csdesk.aftersales.ReviewOutcome;
import com.csdesk.aftersales.TicketAction;
import com.csdesk.aftersales.TicketKind;
import com.csdesk.aftersales.TicketQuery;
import com.csdesk.aftersales.TicketStatus;
import com.csdesk.aftersales.TicketView;
import com.csdesk.members.MemberManagement;
import com.csdesk.members.Note;
import com.csdesk.orders.OrderManagement;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.Text;
import com.csdesk.staff.Role;
import com.csdesk.web.desk.TicketAssignees;
import com.csdesk.web.security.Viewer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The after-sales pages: the queue with its filters, and the ticket page with the policy checks,
 * the order and the member beside them and the lifecycle's actions, each re-rendering the ticket
 * in place (or showing the refusal in the message area).
 */
@Controller
@RequestMapping("/desk")
class AfterSalesPagesController {

    static final String AGENTS = "hasAnyRole('AFTERSALES', 'COMPLAINTS')";
    private static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(Note.SHOP_ZONE);

    private final AfterSales afterSales;
    private final OrderManagement orders;
    private final MemberManagement members;
    private final Viewer viewer;
    private final TicketAssignees assignees;
    private final Clock clock;

    AfterSalesPagesController(AfterSales afterSales, OrderManagement orders, MemberManagement members, Viewer viewer,
            TicketAssignees assignees, Clock clock) {
        this.afterSales = afterSales;
        this.assignees = assignees;
        this.orders = orders;
        this.members = members;
        this.viewer = viewer;
        this.clock = clock;
    }

    @GetMapping("/after-sales")
    @PreAuthorize(AGENTS)
    String queue(Model model) {
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("kinds", TicketKind.values());
        return "aftersales/queue";
    }

    @GetMapping("/after-sales/rows")
    @PreAuthorize(AGENTS)
    String rows(@RequestParam(required = false) @Nullable TicketStatus status,
            @RequestParam(required = false) @Nullable TicketKind kind,
            @RequestParam(defaultValue = "") String assignee, @RequestParam(defaultValue = "") String sla,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String who = switch (assignee) {
            case "me" -> viewer.username();
            case "none" -> "-";
            default -> null;
        };
        Boolean breached = "breached".equals(sla) ? Boolean.TRUE : null;
        Instant dueBefore = "due".equals(sla) ? clock.instant().plusSeconds(3600) : null;
        String search = q.isBlank() ? null : q.strip().substring(0, Math.min(64, q.strip().length()));
        var query = new TicketQuery(status, kind, who, department(), dueBefore, breached, null,
                status == null ? Boolean.TRUE : null, search);
        model.addAttribute("page", afterSales.queue(query, Math.max(0, Math.min(page, 1000)), PAGE_SIZE));
        model.addAttribute("time", TIME);
        return "aftersales/rows :: rows";
    }

    /** Agents of one department see its tickets; supervisors and agents of both see all. */
    private @Nullable Department department() {
        if (viewer.has(Role.SUPERVISOR) || (viewer.has(Role.AFTERSALES) && viewer.has(Role.COMPLAINTS))) {
            return null;
        }
        return viewer.has(Role.AFTERSALES) ? Department.AFTERSALES : Department.COMPLAINTS;
    }

    private TicketView guard(TicketView t) {
        Department own = department();
        if (own != null && own != t.department()) {
            throw new AccessDeniedException("ticket of another department");
        }
        return t;
    }

    @GetMapping("/after-sales/{ticketNo}")
    @PreAuthorize(AGENTS)
    String ticket(@PathVariable String ticketNo, Model model) {
        return withTicket(guard(afterSales.get(ticketNo)), model, "aftersales/ticket");
    }

    @PostMapping("/after-sales/{ticketNo}/{action}")
    @PreAuthorize(AGENTS)
    String act(@PathVariable String ticketNo, @PathVariable String action, @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable String text, @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable Boolean resalable, @RequestParam(required = false) @Nullable String step,
            @RequestParam(required = false) @Nullable String outcome, @RequestParam(required = false) @Nullable String evidence,
            Model model) {
        TicketView current = guard(afterSales.get(ticketNo));
        TicketView t = switch (action) {
            case "approve" -> afterSales.approve(ticketNo, version);
            case "approve-exception" -> {
                if (!viewer.has(Role.SUPERVISOR)) {
                    throw new AccessDeniedException("supervisors only");
                }
                yield afterSales.approveException(ticketNo, version);
            }
            case "reject" -> afterSales.reject(ticketNo, text == null ? "" : text, version);
            case "escalate" -> afterSales.escalate(ticketNo, text, version);
            case "return-address" -> afterSales.giveReturnAddress(ticketNo, text, version);
            case "receive" -> afterSales.receive(ticketNo, Boolean.TRUE.equals(resalable), version);
            case "refund" -> afterSales.refund(ticketNo, money(amount), version);
            case "reship" -> afterSales.reship(ticketNo, text, version);
            case "repair" -> afterSales.repair(ticketNo, text, version);
            case "steps" -> afterSales.recordStep(ticketNo, HandlingStep.valueOf(step == null ? "" : step), text,
                    outcome == null || outcome.isBlank() ? null : ReviewOutcome.valueOf(outcome), evidence, version);
            case "resolve" -> afterSales.resolve(ticketNo, text, version);
            case "close" -> afterSales.close(ticketNo, version);
            case "reassign" -> {
                if (!viewer.has(Role.SUPERVISOR)) {
                    throw new AccessDeniedException("supervisors only");
                }
                String to = text == null ? "" : text;
                assignees.require(to, current.department());
                yield afterSales.reassign(ticketNo, to, version);
            }
            default -> throw new InvalidInputException("unknown-action", "action", Text.of("未知操作 " + action,
                    "Unknown action " + action));
        };
        return withTicket(t, model, "aftersales/ticket :: ticket");
    }

    /** The refund typed in: yuan with at most two decimals (fen), never rounded into another amount. */
    private static Money money(@Nullable String amount) {
        BigDecimal value;
        try {
            value = new BigDecimal(amount == null ? "" : amount.strip());
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalidAmount();
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw invalidAmount();
        }
        return Money.of(value);
    }

    private static InvalidInputException invalidAmount() {
        return new InvalidInputException("invalid-amount", "amount", Text.of("请输入退款金额,最多两位小数,如 100.00",
                "Enter the refund amount with at most two decimals, e.g. 100.00"));
    }

    private String withTicket(TicketView t, Model model, String view) {
        model.addAttribute("t", t);
        model.addAttribute("time", TIME);
        model.addAttribute("can", Arrays.stream(TicketAction.values()).filter(t::allows).map(Enum::name).toList());
        model.addAttribute("supervisor", viewer.has(Role.SUPERVISOR));
        model.addAttribute("steps", HandlingStep.of(t.kind()));
        model.addAttribute("doneSteps", t.steps().stream().map(TicketView.Step::step).toList());
        model.addAttribute("outcomes", ReviewOutcome.values());
        var order = orders.get(t.orderNo());
        model.addAttribute("order", order);
        var member = members.find(t.memberNickname()).orElse(null);
        model.addAttribute("member", member);
        model.addAttribute("memberPhone", member == null ? null : viewer.phone(member.phone()));
        model.addAttribute("orderTickets", afterSales.ofOrder(t.orderNo(), 20));
        return view;
    }

    /** The member 360 page's after-sales part, loaded by htmx. */
    @GetMapping("/members/{nickname}/tickets")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS')")
    String memberTickets(@PathVariable String nickname, Model model) {
        model.addAttribute("tickets", afterSales.ofMember(nickname, 20));
        model.addAttribute("listId", "member-tickets");
        model.addAttribute("time", TIME);
        return "aftersales/ticket-list :: tickets";
    }

    /** The order page's after-sales part, for htmx: {@code hx-get="/desk/after-sales/orders/{orderNo}/tickets"}. */
    @GetMapping("/after-sales/orders/{orderNo}/tickets")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'WAREHOUSE', 'FINANCE')")
    String orderTickets(@PathVariable String orderNo, Model model) {
        model.addAttribute("tickets", afterSales.ofOrder(orderNo, 50));
        model.addAttribute("listId", "order-tickets");
        model.addAttribute("time", TIME);
        return "aftersales/ticket-list :: tickets";
    }
}
