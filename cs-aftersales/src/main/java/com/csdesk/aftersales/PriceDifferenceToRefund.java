package com.csdesk.aftersales;

import com.csdesk.shared.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A price difference (补差价) the buyer paid for an exchange that was not made: the returned goods failed
 * inspection and the ticket closed without a reship. Finance gives it back in the provider's console.
 *
 * @param paidAt     when the buyer paid it
 * @param dueAt      when the ticket closed and the money became the buyer's again; null while the exchange keeps it
 * @param refundedAt when finance recorded giving it back
 */
public record PriceDifferenceToRefund(String paymentId, String ticketNo, String orderNo, Money amount, Instant paidAt,
        @Nullable Instant dueAt, @Nullable Instant refundedAt) {
}
