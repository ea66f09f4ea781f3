package com.csdesk.aftersales;

import com.csdesk.aftersales.policy.Outcome;
import com.csdesk.aftersales.policy.Reason;
import com.csdesk.aftersales.policy.ShippingPayer;
import com.csdesk.shared.Money;
import com.csdesk.shared.Text;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An after-sales ticket (售后工单) with its policy decision and everything that happened to it.
 *
 * @param decision           the policy's verdict; re-decided when the returned goods are inspected
 * @param maxRefund          the most this ticket may refund (paid, not yet refunded)
 * @param priceDifference    what the buyer must pay before the return address is given (exchange to a dearer SKU)
 * @param priceDifferenceBack a paid price difference the exchange did not keep (failed inspection): when it became
 *                           the buyer's again and when finance gave it back; null while kept
 * @param firstResponseDue   SLA: the first agent action is due by then
 * @param resolutionDue      SLA: the outcome (refund, reshipment, repair, resolution) is due by then
 */
public record TicketView(long id, String ticketNo, String orderNo, long memberId, String memberNickname,
        TicketKind kind, @Nullable Reason reason, TicketStatus status, Department department,
        @Nullable String assignee, @Nullable String description, Outcome decision, ShippingPayer shippingPaidBy,
        List<Check> checks, List<Line> lines, Money maxRefund, Money refundedAmount, Money priceDifference,
        @Nullable Instant priceDifferencePaidAt, @Nullable PriceDifferenceBack priceDifferenceBack,
        boolean exceptionGranted, boolean escalated,
        @Nullable Instant escalatedAt, @Nullable String rejectReason, @Nullable String returnAddress,
        @Nullable String returnCarrier, @Nullable String returnWaybill, @Nullable Instant returnShippedAt,
        @Nullable Instant receivedAt, @Nullable Boolean resalable, @Nullable Instant reshippedAt,
        @Nullable String waybillNo, @Nullable ReviewOutcome reviewOutcome, @Nullable String reviewEvidence,
        @Nullable Integer satisfactionScore, @Nullable String satisfactionComment, @Nullable Instant ratedAt,
        Instant createdAt, Instant firstResponseDue, Instant resolutionDue, @Nullable Instant firstResponseAt,
        @Nullable Instant resolvedAt, @Nullable Instant closedAt, @Nullable Instant slaBreachedAt,
        List<Step> steps, List<Event> events, long version) {

    /** A paid price difference to give back: due since the exchange was called off, given back when finance says. */
    public record PriceDifferenceBack(Instant dueAt, @Nullable Instant refundedAt) {
    }

    /** One policy check as shown: rule code, passed (null = to be inspected), the sentence. */
    public record Check(@Nullable String sku, String rule, Text ruleName, @Nullable Boolean passed, Text detail) {
    }

    /** A line of the order the ticket concerns; {@code wantedSku} for an exchange. */
    public record Line(int lineNo, String sku, int quantity, @Nullable String wantedSku, @Nullable Money refundAmount) {
    }

    /** A recorded handling step with its time. */
    public record Step(HandlingStep step, @Nullable String note, @Nullable String evidence, Instant at, String actor) {
    }

    /** The ticket's own history: every action with who, when and the status move. */
    public record Event(Instant at, String actor, String action, @Nullable TicketStatus from, @Nullable TicketStatus to,
            @Nullable String detail) {
    }

    /**
     * Whether {@code action} may be taken now: the lifecycle allows the move and the action's own
     * checks would pass (the desk shows only these buttons, so none of them is refused when pressed).
     */
    public boolean allows(TicketAction action) {
        if (!Lifecycle.allows(kind, status, action, nothingToReturn())) {
            return false;
        }
        return switch (action) {
            case APPROVE -> decision == Outcome.ALLOWED;
            case APPROVE_EXCEPTION -> decision == Outcome.NEEDS_APPROVAL;
            case ESCALATE -> !escalated;
            case RETURN_ADDRESS -> !priceDifferenceDue();
            case REFUND -> decision != Outcome.REJECTED && refundLeft().isPositive();
            case RESHIP -> decision != Outcome.REJECTED && !priceDifferenceDue();
            case REPAIR -> decision != Outcome.REJECTED;
            case CLOSE -> status != TicketStatus.RECEIVED || decision == Outcome.REJECTED;
            default -> true;
        };
    }

    /** A price difference the buyer owes and has not paid yet (补差价). */
    public boolean priceDifferenceDue() {
        return priceDifference.isPositive() && priceDifferencePaidAt == null;
    }

    /** A replacement for a lost parcel: the goods never reached the buyer, nothing comes back. */
    public boolean nothingToReturn() {
        return reason == Reason.LOST;
    }

    /** The money this ticket may still refund. */
    public Money refundLeft() {
        return maxRefund.minus(refundedAmount).max(Money.ZERO);
    }
}
