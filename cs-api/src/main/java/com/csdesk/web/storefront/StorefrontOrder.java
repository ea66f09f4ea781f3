package com.csdesk.web.storefront;

import com.csdesk.orders.OrderLineRequest;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.PaymentMethod;
import com.csdesk.orders.PaymentOutcome;
import com.csdesk.orders.Receiver;
import com.csdesk.orders.TrackingEventKind;
import com.csdesk.orders.pricing.PriceQuote;
import com.csdesk.shared.Money;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order as the storefront reads it: status with its label, lines, amounts, times (下单/付款/发货/成交),
 * payments, shipments with tracking and the price breakdown. Seller notes, flags and the status
 * history stay in the desk.
 */
public record StorefrontOrder(String orderNo, OrderStatus status, String statusName, String member, Receiver receiver,
        String carrier, @Nullable String buyerMessage, Money goodsTotal, Money memberDiscount, Money goodsPayable,
        Money shippingFee, Money shippingDeduction, Money payable, Money paidAmount, Money refundedAmount,
        String shippingRule, @Nullable String shipTogetherWith, Instant createdAt, @Nullable Instant paidAt,
        @Nullable Instant shippedAt, @Nullable Instant completedAt, @Nullable Instant closedAt,
        @Nullable String closeReason, List<Line> lines, List<Payment> payments, List<Shipment> shipments,
        PriceQuote breakdown) {

    public record Line(int lineNo, String sku, String productName, String attributes, boolean specialPrice,
            Money unitPrice, int quantity, Money amount, int shippedQuantity, boolean cancelled) {
    }

    public record Payment(String paymentId, PaymentMethod method, Money amount, PaymentOutcome outcome,
            @Nullable String reason, Instant receivedAt) {
    }

    public record Shipment(String carrier, String waybillNo, Instant shippedAt, @Nullable Instant deliveredAt,
            List<OrderLineRequest> lines, List<Event> events) {
    }

    public record Event(TrackingEventKind kind, String kindName, Instant at, @Nullable String location,
            @Nullable String description) {
    }

    static StorefrontOrder of(OrderView o) {
        return new StorefrontOrder(o.orderNo(), o.status(), o.status().label().zh(), o.memberNickname(), o.receiver(),
                o.carrier(), o.buyerMessage(), o.goodsTotal(), o.memberDiscount(), o.goodsPayable(), o.shippingFee(),
                o.shippingDeduction(), o.payable(), o.paidAmount(), o.refundedAmount(), o.shippingRule(),
                o.shipTogetherWith(), o.createdAt(), o.paidAt(), o.shippedAt(), o.completedAt(), o.closedAt(),
                o.closeReason(),
                o.lines().stream().map(l -> new Line(l.lineNo(), l.sku(), l.productName(), l.attributes(),
                        l.specialPrice(), l.unitPrice(), l.quantity(), l.amount(), l.shippedQuantity(), l.cancelled()))
                        .toList(),
                o.payments().stream().map(p -> new Payment(p.paymentId(), p.method(), p.amount(), p.outcome(),
                        p.reason(), p.receivedAt())).toList(),
                o.shipments().stream().map(s -> new Shipment(s.carrier(), s.waybillNo(), s.shippedAt(), s.deliveredAt(),
                        s.lines(), s.events().stream().map(e -> new Event(e.kind(), e.kind().label().zh(), e.at(),
                                e.location(), e.description())).toList())).toList(),
                o.breakdown());
    }
}
