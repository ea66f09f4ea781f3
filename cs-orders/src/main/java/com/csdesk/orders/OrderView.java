package com.csdesk.orders;

import com.csdesk.orders.pricing.PriceQuote;
import com.csdesk.shared.Money;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order as the desk and the storefront read it: status, lines, money, times (下单/付款/发货/成交),
 * shipments with tracking, notes, the status history and the price breakdown.
 */
public record OrderView(String orderNo, OrderStatus status, long memberId, String memberNickname,
        Receiver receiver, String carrier, boolean overseasForwarding, boolean inStockFirst,
        @Nullable String buyerMessage, Money goodsTotal, Money memberDiscount, Money goodsPayable, Money shippingFee,
        Money shippingDeduction, Money payable, Money paidAmount, Money refundedAmount, Money refundedGoodsAmount,
        String shippingRule, @Nullable PriceQuote breakdown, @Nullable String shipTogetherWith, Flag flag, boolean lateShipment,
        int openAfterSales, @Nullable Instant urgedAt, @Nullable Invoice invoice, Instant createdAt,
        @Nullable Instant paidAt, @Nullable Instant shippedAt, @Nullable Instant completedAt,
        @Nullable Instant closedAt, @Nullable String closeReason, @Nullable Instant shippingRefundedAt,
        List<Line> lines, List<Payment> payments, List<Shipment> shipments, List<Note> notes,
        List<StatusChange> history, List<Refund> refunds, long version) {

    /** An order line (订单商品); {@code amount} is list price × quantity. */
    public record Line(int lineNo, String sku, String productName, String attributes, String kind,
            boolean specialPrice, Money unitPrice, int quantity, int shippedQuantity, boolean cancelled,
            @Nullable String cancelReason) {

        public Money amount() {
            return unitPrice.times(quantity);
        }

        public int remaining() {
            return cancelled ? 0 : quantity - shippedQuantity;
        }
    }

    /** A payment received: accepted, a duplicate to refund, or rejected (wrong amount, closed order). */
    public record Payment(String paymentId, PaymentMethod method, Money amount, PaymentOutcome outcome,
            @Nullable String reason, Instant receivedAt, @Nullable Instant refundedAt) {
    }

    /** A parcel with its waybill, the lines it carried and its tracking events. */
    public record Shipment(String carrier, String waybillNo, Instant shippedAt, @Nullable Instant deliveredAt,
            List<OrderLineRequest> lines, List<TrackingEvent> events) {
    }

    public record TrackingEvent(TrackingEventKind kind, Instant at, @Nullable String location,
            @Nullable String description) {
    }

    /** A seller note (卖家备注), shown as {@code text (author, yyyy-MM-dd)}; reserved-goods notes clear on shipment. */
    public record Note(long id, String text, String author, Instant at, boolean reservedGoods,
            @Nullable Instant clearedAt, String display) {
    }

    public record StatusChange(@Nullable OrderStatus from, OrderStatus to, Instant at, String actor,
            @Nullable String reason) {
    }

    public record Refund(Money amount, Money goodsAmount, String reason, @Nullable String reference, Instant at,
            String actor) {
    }

    /** The buyer's invoice request (发票). */
    public record Invoice(String title, @Nullable String taxId, Instant requestedAt) {
    }

    /** Paid and not refunded: what a refund may still return. */
    public Money refundable() {
        return paidAmount.minus(refundedAmount);
    }

    /**
     * When the buyer received the goods: the earliest delivered tracking event, or the order's
     * completion if no event says delivered. Null while nothing has arrived.
     */
    public @Nullable Instant receivedAt() {
        Instant delivered = shipments.stream().map(Shipment::deliveredAt).filter(java.util.Objects::nonNull)
                .min(Instant::compareTo).orElse(null);
        if (delivered == null) {
            return completedAt;
        }
        return completedAt == null || delivered.isBefore(completedAt) ? delivered : completedAt;
    }
}
