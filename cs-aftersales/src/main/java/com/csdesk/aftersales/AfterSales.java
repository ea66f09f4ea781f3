package com.csdesk.aftersales;

import com.csdesk.shared.Money;
import com.csdesk.shared.SearchPage;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The after-sales module's API (售后). Requests are decided by the policy and recorded even when
 * rejected; every desk action is checked against the {@link Lifecycle}, audited, and refused with
 * a 409 when it does not fit. {@code expectedVersion}, when given, refuses a change to a ticket
 * someone else changed since it was read.
 */
public interface AfterSales {

    /** A storefront request on an order: decided, recorded, assigned to its department. */
    TicketView request(String orderNo, NewRequest request);

    /** A negative review (中差评) the shop follows up. */
    TicketView openReviewFollowUp(String orderNo, int rating, String content);

    TicketView get(String ticketNo);

    SearchPage<TicketSummary> queue(TicketQuery query, int page, int size);

    /** The member's tickets, newest first. */
    List<TicketSummary> ofMember(String nickname, int limit);

    /** The order's newest tickets, newest first. */
    List<TicketSummary> ofOrder(String orderNo, int limit);

    // storefront
    TicketView returnShipment(String ticketNo, String carrier, String waybill);

    TicketView payPriceDifference(String ticketNo, Money amount, String paymentId);

    // finance
    /** Price differences paid for exchanges that were not made, not yet given back; the earliest paid first. */
    List<PriceDifferencePayment> priceDifferencesToRefund(int limit);

    /**
     * Finance records that a price difference to give back was given back; audited, once. Empty when the payment
     * id paid no price difference (it may be an order's payment).
     */
    Optional<PriceDifferencePayment> markPriceDifferenceRefunded(String paymentId, String reference);

    TicketView rate(String ticketNo, int score, @Nullable String comment);

    // desk
    TicketView approve(String ticketNo, @Nullable Long expectedVersion);

    /** A supervisor grants what the policy leaves to a supervisor (style change 换款, 代购 exchange). */
    TicketView approveException(String ticketNo, @Nullable Long expectedVersion);

    TicketView reject(String ticketNo, String reason, @Nullable Long expectedVersion);

    TicketView escalate(String ticketNo, @Nullable String note, @Nullable Long expectedVersion);

    TicketView giveReturnAddress(String ticketNo, @Nullable String address, @Nullable Long expectedVersion);

    TicketView receive(String ticketNo, boolean resalable, @Nullable Long expectedVersion);

    TicketView refund(String ticketNo, Money amount, @Nullable Long expectedVersion);

    TicketView reship(String ticketNo, @Nullable String waybill, @Nullable Long expectedVersion);

    TicketView repair(String ticketNo, @Nullable String note, @Nullable Long expectedVersion);

    TicketView recordStep(String ticketNo, HandlingStep step, @Nullable String note, @Nullable ReviewOutcome outcome,
            @Nullable String evidence, @Nullable Long expectedVersion);

    TicketView resolve(String ticketNo, @Nullable String note, @Nullable Long expectedVersion);

    TicketView close(String ticketNo, @Nullable Long expectedVersion);

    TicketView reassign(String ticketNo, String assignee, @Nullable Long expectedVersion);

    /** Flags every ticket past an SLA deadline and escalates it to a supervisor; returns how many. */
    int flagBreaches();
}
