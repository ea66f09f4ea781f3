package com.csdesk.aftersales;

import com.csdesk.shared.Dates;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Queue filters; nulls mean "any". {@code assignee} "-" asks for unassigned tickets.
 *
 * @param q         a ticket number, order number or buyer nickname (exact)
 * @param dueBefore tickets whose next SLA deadline falls before this instant
 * @param breached  only tickets whose SLA was breached (true) or not (false)
 * @param open      only tickets still open (not closed or rejected)
 */
public record TicketQuery(@Nullable TicketStatus status, @Nullable TicketKind kind, @Nullable String assignee,
        @Nullable Department department, @Nullable Instant dueBefore, @Nullable Boolean breached,
        @Nullable Boolean escalated, @Nullable Boolean open, @Nullable String q) {

    public TicketQuery {
        Dates.filter("dueBefore", dueBefore);
    }

    public static TicketQuery all() {
        return new TicketQuery(null, null, null, null, null, null, null, null, null);
    }
}
