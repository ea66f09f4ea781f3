package com.csdesk.aftersales;

import com.csdesk.aftersales.policy.Outcome;
import com.csdesk.aftersales.policy.Reason;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A queue row (工单列表): enough to pick the next ticket. {@code dueAt} is the next SLA deadline. */
public record TicketSummary(String ticketNo, String orderNo, String memberNickname, TicketKind kind,
        @Nullable Reason reason, TicketStatus status, Department department, @Nullable String assignee,
        Outcome decision, boolean escalated, Instant createdAt, @Nullable Instant dueAt,
        @Nullable Instant slaBreachedAt) {
}
