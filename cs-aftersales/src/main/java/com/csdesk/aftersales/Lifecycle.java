package com.csdesk.aftersales;

import static com.csdesk.aftersales.TicketStatus.APPROVED;
import static com.csdesk.aftersales.TicketStatus.AWAITING_RETURN;
import static com.csdesk.aftersales.TicketStatus.CLOSED;
import static com.csdesk.aftersales.TicketStatus.IN_PROGRESS;
import static com.csdesk.aftersales.TicketStatus.OPEN;
import static com.csdesk.aftersales.TicketStatus.RECEIVED;
import static com.csdesk.aftersales.TicketStatus.REFUNDED;
import static com.csdesk.aftersales.TicketStatus.REJECTED;
import static com.csdesk.aftersales.TicketStatus.REPAIRED;
import static com.csdesk.aftersales.TicketStatus.RESHIPPED;
import static com.csdesk.aftersales.TicketStatus.RESOLVED;

import com.csdesk.shared.RuleViolationException;
import com.csdesk.shared.Text;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ticket lifecycle (DOMAIN §4.3) as a pure function: which action may move a ticket of a kind
 * from its status, and where to. Goods tickets go
 * {@code OPEN → APPROVED / REJECTED → AWAITING_RETURN → RECEIVED → REFUNDED / RESHIPPED / REPAIRED → CLOSED};
 * refund-only skips the return, and a replacement for a lost parcel ships without one. Handling
 * tickets (complaints, reviews, logistics exceptions) go {@code OPEN → IN_PROGRESS → RESOLVED → CLOSED}.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /**
     * The status after {@code action}, or a {@link RuleViolationException} (409) naming the move.
     *
     * @param nothingToReturn the goods never reached the buyer (lost parcel): a replacement ships at once
     */
    public static TicketStatus next(TicketKind kind, TicketStatus status, TicketAction action, boolean nothingToReturn) {
        TicketStatus to = target(kind, status, action, nothingToReturn);
        if (to == null) {
            throw refused(kind, status, action);
        }
        return to;
    }

    /** True when {@link #next} would allow the action; the desk shows only these buttons. */
    public static boolean allows(TicketKind kind, TicketStatus status, TicketAction action, boolean nothingToReturn) {
        return target(kind, status, action, nothingToReturn) != null;
    }

    /**
     * Whether a ticket in this status takes the buyer's price difference (补差价): only an approved
     * exchange, whose return address waits for it. An open request may still be rejected and a
     * rejected one goes no further, so money taken then would have no way back to the buyer; once
     * the exchange has moved on, the difference was due before.
     */
    public static boolean awaitsPriceDifference(TicketKind kind, TicketStatus status) {
        return kind == TicketKind.EXCHANGE && status == APPROVED;
    }

    private static @Nullable TicketStatus target(TicketKind kind, TicketStatus status, TicketAction action,
            boolean nothingToReturn) {
        if (action == TicketAction.ESCALATE || action == TicketAction.REASSIGN) {
            return status.isOpen() ? status : null;
        }
        return kind.flow() == TicketKind.Flow.GOODS ? goods(kind, status, action, nothingToReturn) : handling(status, action);
    }

    private static @Nullable TicketStatus goods(TicketKind kind, TicketStatus status, TicketAction action,
            boolean nothingToReturn) {
        return switch (action) {
            case APPROVE, APPROVE_EXCEPTION -> status == OPEN ? APPROVED : null;
            case REJECT -> status == OPEN ? REJECTED : null;
            case RETURN_ADDRESS -> kind.returnsGoods() && !nothingToReturn && status == APPROVED ? AWAITING_RETURN : null;
            case RETURN_SHIPMENT -> kind.returnsGoods() && status == AWAITING_RETURN ? AWAITING_RETURN : null;
            case RECEIVE -> kind.returnsGoods() && status == AWAITING_RETURN ? RECEIVED : null;
            case REFUND -> switch (kind) {
                case REFUND_ONLY -> status == APPROVED ? REFUNDED : null;
                case RETURN_REFUND -> status == RECEIVED ? REFUNDED : null;
                default -> null;
            };
            case RESHIP -> kind == TicketKind.EXCHANGE
                    && (status == RECEIVED || (nothingToReturn && status == APPROVED)) ? RESHIPPED : null;
            case REPAIR -> kind == TicketKind.REPAIR && status == RECEIVED ? REPAIRED : null;
            // an inspected return that fails the policy (not resalable) is closed without refund
            case CLOSE -> Set.of(REFUNDED, RESHIPPED, REPAIRED, REJECTED, RECEIVED).contains(status) ? CLOSED : null;
            default -> null;
        };
    }

    private static @Nullable TicketStatus handling(TicketStatus status, TicketAction action) {
        return switch (action) {
            case RECORD_STEP -> status == OPEN || status == IN_PROGRESS ? IN_PROGRESS : null;
            case RESOLVE -> status == OPEN || status == IN_PROGRESS ? RESOLVED : null;
            case CLOSE -> status == RESOLVED ? CLOSED : null;
            default -> null;
        };
    }

    private static RuleViolationException refused(TicketKind kind, TicketStatus status, TicketAction action) {
        return new RuleViolationException("illegal-ticket-move", Text.of(
                kind.label().zh() + "工单在「" + status.label().zh() + "」状态下不能" + action.label().zh(),
                "A " + kind.label().en().toLowerCase(java.util.Locale.ROOT) + " ticket that is "
                        + status.label().en().toLowerCase(java.util.Locale.ROOT) + " cannot be moved by “"
                        + action.label().en() + "”"));
    }
}
