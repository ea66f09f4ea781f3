package com.csdesk.web.desk;

import com.csdesk.aftersales.AfterSales;
import com.csdesk.aftersales.PriceDifferencePayment;
import com.csdesk.orders.OrderDesk;
import com.csdesk.orders.OrderDesk.PaymentToRefund;
import com.csdesk.orders.PaymentMethod;
import com.csdesk.shared.Money;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finance's one list of money the shop took but did not keep, from the two modules that take payments:
 * orders (a second payment for a paid order, a refused one) and after-sales (the price difference of an
 * exchange that was not made). A payment id names one payment, so it finds its module when recorded.
 */
@Component
class PaymentsToGiveBack {

    /** Why the money goes back: the order payment's outcome, or an exchange not made. */
    enum Kind { DUPLICATE, REJECTED, EXCHANGE_NOT_MADE }

    /**
     * One payment to give back. {@code method} and {@code reason} are known for order payments; {@code ticketNo}
     * names the exchange whose price difference it paid; {@code receivedAt} is when the shop took the money.
     */
    record Payment(String paymentId, Kind kind, String orderNo, @Nullable String ticketNo,
            @Nullable PaymentMethod method, Money amount, @Nullable String reason, Instant receivedAt,
            @Nullable Instant refundedAt) {
    }

    private final OrderDesk orders;
    private final AfterSales afterSales;

    PaymentsToGiveBack(OrderDesk orders, AfterSales afterSales) {
        this.orders = orders;
        this.afterSales = afterSales;
    }

    /** The oldest first (by when the shop took the money), from both modules. */
    List<Payment> list(int limit) {
        return Stream.concat(orders.paymentsToRefund(limit).stream().map(PaymentsToGiveBack::of),
                        afterSales.priceDifferencesToRefund(limit).stream().map(PaymentsToGiveBack::of))
                .sorted(Comparator.comparing(Payment::receivedAt).thenComparing(Payment::paymentId))
                .limit(limit).toList();
    }

    Payment refunded(String paymentId, String reference) {
        return afterSales.markPriceDifferenceRefunded(paymentId, reference).map(PaymentsToGiveBack::of)
                .orElseGet(() -> of(orders.markPaymentRefunded(paymentId, reference)));
    }

    private static Payment of(PaymentToRefund p) {
        return new Payment(p.paymentId(), Kind.valueOf(p.outcome().name()), p.orderNo(), null, p.method(), p.amount(),
                p.reason(), p.receivedAt(), p.refundedAt());
    }

    private static Payment of(PriceDifferencePayment p) {
        return new Payment(p.paymentId(), Kind.EXCHANGE_NOT_MADE, p.orderNo(), p.ticketNo(), null, p.amount(), null,
                p.paidAt(), p.refundedAt());
    }
}
