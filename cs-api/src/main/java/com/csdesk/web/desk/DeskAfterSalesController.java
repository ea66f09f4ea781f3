package com.csdesk.web.desk;

import com.csdesk.aftersales.AfterSales;
import com.csdesk.aftersales.Department;
import com.csdesk.aftersales.HandlingStep;
import com.csdesk.aftersales.ReviewOutcome;
import com.csdesk.aftersales.TicketKind;
import com.csdesk.aftersales.TicketQuery;
import com.csdesk.aftersales.TicketStatus;
import com.csdesk.aftersales.TicketView;
import com.csdesk.shared.Money;
import com.csdesk.staff.Role;
import com.csdesk.web.security.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * After-sales for agents (售后工单): the queue by due time, the ticket with its policy checks, and the
 * lifecycle's actions. After-sales agents work the after-sales department's tickets, complaint
 * handlers the complaints department's; supervisors see and reassign all. Bodies may carry the
 * {@code version} read, to have a concurrent change refused (409) instead of overwritten.
 */
@RestController
@Validated
@RequestMapping("/api/desk/v1/after-sales")
@Tag(name = "Desk: after-sales")
@SecurityRequirement(name = "basic")
class DeskAfterSalesController {

    static final String AGENTS = "hasAnyRole('AFTERSALES', 'COMPLAINTS')";

    private final AfterSales afterSales;
    private final Viewer viewer;
    private final TicketAssignees assignees;

    DeskAfterSalesController(AfterSales afterSales, Viewer viewer, TicketAssignees assignees) {
        this.afterSales = afterSales;
        this.viewer = viewer;
        this.assignees = assignees;
    }

    @GetMapping
    @PreAuthorize(AGENTS)
    @Operation(summary = "The ticket queue, next SLA deadline first",
            description = "Filters: status, kind, assignee (`-` = unassigned, `me`), dueBefore (ISO instant), breached, "
                    + "escalated, open, q (ticket no, order no or nickname). Agents see their department's tickets.")
    DeskTicket.Page queue(@RequestParam(required = false) @Nullable TicketStatus status,
            @RequestParam(required = false) @Nullable TicketKind kind,
            @RequestParam(required = false) @Nullable @Size(max = 64) String assignee,
            @RequestParam(required = false) @Nullable Department department,
            @RequestParam(required = false) @Nullable Instant dueBefore,
            @RequestParam(required = false) @Nullable Boolean breached,
            @RequestParam(required = false) @Nullable Boolean escalated,
            @RequestParam(required = false) @Nullable Boolean open,
            @RequestParam(required = false) @Nullable @Size(max = 64) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Locale locale) {
        String who = "me".equals(assignee) ? viewer.username() : assignee;
        var query = new TicketQuery(status, kind, who, department(department), dueBefore, breached, escalated, open, q);
        return DeskTicket.of(afterSales.queue(query, page, size), locale);
    }

    /** The department the viewer may see: their own, or any for supervisors. */
    @Nullable Department department(@Nullable Department asked) {
        if (viewer.has(Role.SUPERVISOR) || (viewer.has(Role.AFTERSALES) && viewer.has(Role.COMPLAINTS))) {
            return asked;
        }
        Department own = viewer.has(Role.AFTERSALES) ? Department.AFTERSALES : Department.COMPLAINTS;
        if (asked != null && asked != own) {
            throw new AccessDeniedException("not your department");
        }
        return own;
    }

    @GetMapping("/{ticketNo}")
    @PreAuthorize(AGENTS)
    @Operation(summary = "A ticket with its policy checks, lines, steps, SLA times and history")
    DeskTicket.Detail get(@PathVariable String ticketNo, Locale locale) {
        return DeskTicket.of(guard(afterSales.get(ticketNo)), locale);
    }

    /** Refuses (403) a ticket of another department to an agent who is not a supervisor. */
    TicketView guard(TicketView t) {
        if (!viewer.has(Role.SUPERVISOR) && !viewer.has(Role.valueOf(t.department().role()))) {
            throw new AccessDeniedException("ticket of another department");
        }
        return t;
    }

    private void check(String ticketNo) {
        guard(afterSales.get(ticketNo));
    }

    record Versioned(@Nullable Long version) {
    }

    record ReasonBody(@NotBlank @Size(max = 500) String reason, @Nullable Long version) {
    }

    record NoteBody(@Nullable @Size(max = 500) String note, @Nullable Long version) {
    }

    record AddressBody(@Nullable @Size(max = 500) String address, @Nullable Long version) {
    }

    record ReceiveBody(@NotNull Boolean resalable, @Nullable Long version) {
    }

    record RefundBody(@NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Nullable Long version) {
    }

    record ReshipBody(@Nullable @Size(max = 40) String waybill, @Nullable Long version) {
    }

    record StepBody(@NotNull HandlingStep step, @Nullable @Size(max = 500) String note, @Nullable ReviewOutcome outcome,
            @Nullable @Size(max = 500) String evidence, @Nullable Long version) {
    }

    record AssigneeBody(@NotBlank @Size(max = 64) String assignee, @Nullable Long version) {
    }

    record ReviewBody(@NotBlank @Size(max = 40) String orderNo, @Min(1) @Max(3) int rating,
            @NotBlank @Size(max = 500) String content) {
    }

    private static @Nullable Long version(@Nullable Versioned body) {
        return body == null ? null : body.version();
    }

    @PostMapping("/{ticketNo}/approve")
    @PreAuthorize(AGENTS)
    @Operation(summary = "Approve a request the policy allows; an exchange reserves the replacement (留货) and notes the order")
    DeskTicket.Detail approve(@PathVariable String ticketNo, @RequestBody(required = false) @Nullable Versioned body,
            Locale locale) {
        check(ticketNo);
        return DeskTicket.of(afterSales.approve(ticketNo, version(body)), locale);
    }

    @PostMapping("/{ticketNo}/approve-exception")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Supervisor: grant what the policy leaves to a supervisor (换款 once per member, 下不为例)")
    DeskTicket.Detail approveException(@PathVariable String ticketNo,
            @RequestBody(required = false) @Nullable Versioned body, Locale locale) {
        return DeskTicket.of(afterSales.approveException(ticketNo, version(body)), locale);
    }

    @PostMapping("/{ticketNo}/reject")
    @PreAuthorize(AGENTS)
    @Operation(summary = "Reject a request, with the reason")
    DeskTicket.Detail reject(@PathVariable String ticketNo, @Valid @RequestBody ReasonBody body, Locale locale) {
        check(ticketNo);
        return DeskTicket.of(afterSales.reject(ticketNo, body.reason(), body.version()), locale);
    }

    @PostMapping("/{ticketNo}/escalate")
    @PreAuthorize(AGENTS)
    @Operation(summary = "Escalate an open ticket to a supervisor (升级)")
    DeskTicket.Detail escalate(@PathVariable String ticketNo, @Valid @RequestBody(required = false) @Nullable NoteBody body,
            Locale locale) {
        check(ticketNo);
        return DeskTicket.of(afterSales.escalate(ticketNo, body == null ? null : body.note(),
                body == null ? null : body.version()), locale);
    }

    @PostMapping("/{ticketNo}/return-address")
    @PreAuthorize(AGENTS)
    @Operation(summary = "Give the buyer the return address (only after any price difference is paid)")
    DeskTicket.Detail returnAddress(@PathVariable String ticketNo,
            @Valid @RequestBody(required = false) @Nullable AddressBody body, Locale locale) {
        check(ticketNo);
        return DeskTicket.of(afterSales.giveReturnAddress(ticketNo, body == null ? null : body.address(),
                body == null ? null : body.version()), locale);
    }

    @PostMapping("/{ticketNo}/receive")
    @PreAuthorize(AGENTS)
    @Operation(summary = "The returned goods arrived and were inspected: resalable or not (影响二次销售)")
    DeskTicket.Detail receive(@PathVariable String ticketNo, @Valid @RequestBody ReceiveBody body, Locale locale) {
        check(ticketNo);
        return DeskTicket.of(afterSales.receive(ticketNo, body.resalable(), body.version()), locale);
    }

    @PostMapping("/{ticketNo}/refund")
    @PreAuthorize(AGENTS)
    @Operation(summary = "Refund (never more than paid); a full refund closes an order that is not completed")
    DeskTicket.Detail refund(@PathVariable String ticketNo, @Valid @RequestBody RefundBody body, Locale locale) {
        check(ticketNo);
        return DeskTicket.of(afterSales.refund(ticketNo, Money.of(body.amount()), body.version()), locale);
    }

    @PostMapping("/{ticketNo}/reship")
    @PreAuthorize(AGENTS)
    @Operation(summary = "Ship the replacement of an exchange: the reserved SKU leaves stock")
    DeskTicket.Detail reship(@PathVariable String ticketNo, @Valid @RequestBody(required = false) @Nullable ReshipBody body,
            Locale locale) {
        check(ticketNo);
        return DeskTicket.of(afterSales.reship(ticketNo, body == null ? null : body.waybill(),
                body == null ? null : body.version()), locale);
    }

    @PostMapping("/{ticketNo}/repair")
    @PreAuthorize(AGENTS)
    @Operation(summary = "The item was repaired and sent back")
    DeskTicket.Detail repair(@PathVariable String ticketNo, @Valid @RequestBody(required = false) @Nullable NoteBody body,
            Locale locale) {
        check(ticketNo);
        return DeskTicket.of(afterSales.repair(ticketNo, body == null ? null : body.note(),
                body == null ? null : body.version()), locale);
    }

    @PostMapping("/{ticketNo}/steps")
    @PreAuthorize(AGENTS)
    @Operation(summary = "Record a complaint handling step (七步) or a review follow-up step, in order, timestamped")
    DeskTicket.Detail step(@PathVariable String ticketNo, @Valid @RequestBody StepBody body, Locale locale) {
        check(ticketNo);
        return DeskTicket.of(afterSales.recordStep(ticketNo, body.step(), body.note(), body.outcome(), body.evidence(),
                body.version()), locale);
    }

    @PostMapping("/{ticketNo}/resolve")
    @PreAuthorize(AGENTS)
    @Operation(summary = "Resolve a complaint (all seven steps recorded), a review follow-up or a logistics exception")
    DeskTicket.Detail resolve(@PathVariable String ticketNo, @Valid @RequestBody(required = false) @Nullable NoteBody body,
            Locale locale) {
        check(ticketNo);
        return DeskTicket.of(afterSales.resolve(ticketNo, body == null ? null : body.note(),
                body == null ? null : body.version()), locale);
    }

    @PostMapping("/{ticketNo}/close")
    @PreAuthorize(AGENTS)
    @Operation(summary = "Close a finished ticket; the customer may then rate it")
    DeskTicket.Detail close(@PathVariable String ticketNo, @RequestBody(required = false) @Nullable Versioned body,
            Locale locale) {
        check(ticketNo);
        return DeskTicket.of(afterSales.close(ticketNo, version(body)), locale);
    }

    @PostMapping("/{ticketNo}/reassign")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Supervisor: give the ticket to another agent")
    DeskTicket.Detail reassign(@PathVariable String ticketNo, @Valid @RequestBody AssigneeBody body, Locale locale) {
        assignees.require(body.assignee(), afterSales.get(ticketNo).department());
        return DeskTicket.of(afterSales.reassign(ticketNo, body.assignee(), body.version()), locale);
    }

    @PostMapping("/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('COMPLAINTS')")
    @Operation(summary = "Open a negative-review follow-up (中差评处理) for an order")
    DeskTicket.Detail review(@Valid @RequestBody ReviewBody body, Locale locale) {
        return DeskTicket.of(afterSales.openReviewFollowUp(body.orderNo(), body.rating(), body.content()), locale);
    }
}
