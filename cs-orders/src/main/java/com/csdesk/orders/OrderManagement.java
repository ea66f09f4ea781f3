package com.csdesk.orders;

import com.csdesk.orders.pricing.PriceQuote;
import com.csdesk.shared.Money;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The orders module's API (订单管理). Every status move is checked by the order itself; an illegal
 * move is a {@link com.csdesk.shared.RuleViolationException} that says which move and why.
 */
public interface OrderManagement {

    /** Prices a basket for a member with its whole breakdown; nothing is stored. */
    PriceQuote quote(QuoteRequest request);

    /**
     * Places an order (WAITING_PAYMENT) and reserves its in-stock goods. The same idempotency key
     * returns the same order, never a second one; reused with another body it is refused.
     */
    Placed place(PlaceOrder order, @Nullable String idempotencyKey);

    /**
     * Records a payment notification. The same payment id again changes nothing; another payment
     * for a paid order is recorded as a duplicate to refund; a wrong amount or a closed order is
     * refused (and recorded for the agent).
     */
    Paid pay(String orderNo, PaymentNotice notice);

    /** Ships lines (all remaining when none are named); the order is SHIPPED once every line has left. */
    OrderView ship(String orderNo, ShipmentRequest shipment);

    /** Records a carrier's tracking event; an exception opens an after-sales ticket (by event). */
    OrderView track(String waybillNo, TrackingNotice event);

    /** The buyer confirmed receipt: SHIPPED → COMPLETED. */
    OrderView confirmReceipt(String orderNo);

    /** The buyer closed their unpaid order. */
    OrderView closeByBuyer(String orderNo, String reason);

    OrderView get(String orderNo);

    /**
     * The order a payment id was recorded for (accepted, duplicate or refused), if any. A payment id
     * names one payment: a module that takes other payments (an exchange's price difference) asks
     * here before it accepts one.
     */
    Optional<String> orderOfPayment(String paymentId);

    /**
     * Refunds money of a paid order (after-sales, duplicate payments excluded): never more than was
     * paid and not yet refunded. {@code goodsAmount} is the goods' share at list price, which leaves
     * the member's cumulative spend. A full refund closes an order that is not completed.
     */
    OrderView refund(String orderNo, Money amount, Money goodsAmount, String reason, @Nullable String reference);

    /**
     * Adds a seller note (卖家备注) signed by the current actor; a reserved-goods note (留货) is
     * cleared when the order ships. Audited.
     */
    OrderView addNote(String orderNo, String text, boolean reservedGoods);

    /** An after-sales ticket on the order opened: the order is not completed automatically meanwhile. */
    void afterSalesOpened(String orderNo);

    /** An after-sales ticket on the order closed. */
    void afterSalesClosed(String orderNo);

    /** A placed order, and whether this call created it (false: an idempotent repeat). */
    record Placed(OrderView order, boolean created) {
    }

    /** The order after a payment notification, and what became of the payment. */
    record Paid(OrderView order, PaymentOutcome outcome) {
    }
}
