package com.csdesk.aftersales;

import com.csdesk.shared.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The price difference (补差价) a buyer paid for an exchange. The exchange keeps it, unless it was not made: the
 * returned goods failed inspection and the ticket closed without a reship. Then the money is the buyer's again,
 * and finance gives it back in the provider's console.
 *
 * @param paidAt     when the buyer paid it
 * @param dueAt      when the ticket closed without the exchange and the money became the buyer's again; null
 *                   while the exchange keeps it
 * @param refundedAt when finance recorded giving it back
 */
public record PriceDifferencePayment(String paymentId, String ticketNo, String orderNo, Money amount, Instant paidAt,
        @Nullable Instant dueAt, @Nullable Instant refundedAt) {
}
