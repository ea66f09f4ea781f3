package com.csdesk.orders.internal;

import com.csdesk.orders.Flag;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.Receiver;
import com.csdesk.orders.pricing.PriceQuote;
import com.csdesk.shared.Money;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.RuleViolationException;
import com.csdesk.shared.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * The order aggregate (订单). It owns its status: every move goes through a method here that checks
 * the current status and refuses an illegal move, saying which move and why.
 */
@Entity
@Table(schema = "orders", name = "sales_order")
class OrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_seq")
    @SequenceGenerator(name = "sales_order_seq", schema = "orders", sequenceName = "sales_order_seq", allocationSize = 50)
    private @Nullable Long id;

    private String orderNo = "";
    private long memberId;
    private String memberNickname = "";

    @Enumerated(EnumType.STRING)
    private OrderStatus status = OrderStatus.WAITING_PAYMENT;

    private String receiver = "";
    private String receiverPhone = "";
    private String province = "";
    private String region = "";
    private @Nullable String city;
    private @Nullable String district;
    private String addressDetail = "";
    private String carrier = "";
    private boolean overseasForwarding;
    private boolean inStockFirst;
    private @Nullable String buyerMessage;

    private BigDecimal goodsTotal = BigDecimal.ZERO;
    private BigDecimal memberDiscount = BigDecimal.ZERO;
    private BigDecimal goodsPayable = BigDecimal.ZERO;
    private BigDecimal shippingFee = BigDecimal.ZERO;
    private BigDecimal shippingDeduction = BigDecimal.ZERO;
    private BigDecimal payable = BigDecimal.ZERO;
    private BigDecimal paidAmount = BigDecimal.ZERO;
    private BigDecimal refundedAmount = BigDecimal.ZERO;
    private BigDecimal refundedGoodsAmount = BigDecimal.ZERO;
    private String shippingRule = "";

    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable PriceQuote quote;

    private @Nullable String shipTogetherWith;

    @Enumerated(EnumType.STRING)
    private Flag flag = Flag.GREY;

    private boolean lateShipment;
    private int openAfterSales;
    private @Nullable String idempotencyKey;
    private @Nullable String requestHash;
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant paidAt;
    private @Nullable Instant shippedAt;
    private @Nullable Instant completedAt;
    private @Nullable Instant closedAt;
    private @Nullable String closeReason;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("lineNo")
    private List<OrderLineEntity> lines = new ArrayList<>();

    protected OrderEntity() {
    }

    OrderEntity(String orderNo, long memberId, String memberNickname, Receiver receiver, String region, String carrier,
            boolean overseasForwarding, boolean inStockFirst, @Nullable String buyerMessage,
            List<OrderLineEntity> lines, Instant createdAt, @Nullable String idempotencyKey,
            @Nullable String requestHash) {
        this.orderNo = orderNo;
        this.memberId = memberId;
        this.memberNickname = memberNickname;
        this.receiver = receiver.name();
        this.receiverPhone = receiver.phone();
        this.province = receiver.province();
        this.city = receiver.city();
        this.district = receiver.district();
        this.addressDetail = receiver.detail();
        this.region = region;
        this.carrier = carrier;
        this.overseasForwarding = overseasForwarding;
        this.inStockFirst = inStockFirst;
        this.buyerMessage = buyerMessage;
        this.lines.addAll(lines);
        this.createdAt = createdAt;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
    }

    /** Takes the amounts of a quote; only while the order is unpaid (placing, applying the member price). */
    void price(PriceQuote q) {
        require(Set.of(OrderStatus.WAITING_PAYMENT), "reprice", "重新计价", "it can only be priced before payment",
                "只有待付款的订单可以重新计价");
        this.quote = q;
        this.goodsTotal = q.goodsTotal().amount();
        this.memberDiscount = q.memberDiscount().amount();
        this.goodsPayable = q.goodsPayable().amount();
        this.shippingFee = q.shipping().fee().amount();
        this.shippingDeduction = q.shippingDeduction().amount();
        this.payable = q.payable().amount();
        this.shippingRule = q.shipping().rule().name();
        this.shipTogetherWith = q.shipTogetherWith().isEmpty() ? null : q.shipTogetherWith().getFirst().orderNo();
    }

    /** WAITING_PAYMENT → PAID, for exactly the payable amount. */
    Transition markPaid(Money amount, Instant at) {
        require(Set.of(OrderStatus.WAITING_PAYMENT), "pay", "付款", "only an order waiting for payment can be paid",
                "只有等待付款的订单可以付款");
        if (!amount.equals(Money.of(payable))) {
            throw new RuleViolationException("wrong-amount", Text.of(
                    "付款金额 " + amount + " 与订单 " + orderNo + " 应付金额 " + Money.of(payable) + " 不符",
                    "Payment of " + amount + " does not match order " + orderNo + "'s payable " + Money.of(payable)));
        }
        this.paidAmount = amount.amount();
        this.paidAt = at;
        return move(OrderStatus.PAID, null);
    }

    /** Lines left the warehouse; PAID → SHIPPED once every line has left. */
    @Nullable Transition shipped(Instant at, boolean allShipped) {
        require(Set.of(OrderStatus.PAID), "ship", "发货", "only a paid order ships", "只有已付款的订单可以发货");
        if (!allShipped) {
            flag = Flag.RED;
            return null;
        }
        this.shippedAt = at;
        this.flag = Flag.BLUE;
        return move(OrderStatus.SHIPPED, null);
    }

    /** SHIPPED → COMPLETED: the buyer confirmed receipt, or the auto-completion time passed. */
    Transition complete(Instant at, String reason) {
        require(Set.of(OrderStatus.SHIPPED), "complete", "确认收货", "only a shipped order can be completed",
                "只有已发货的订单可以确认收货");
        this.completedAt = at;
        return move(OrderStatus.COMPLETED, reason);
    }

    /** WAITING_PAYMENT → CLOSED: by the buyer, by an agent with consent, or by the 72-hour job. */
    Transition closeUnpaid(Instant at, String reason) {
        require(Set.of(OrderStatus.WAITING_PAYMENT), "close", "关闭",
                "only an unpaid order can be closed this way; a paid order closes by a full refund",
                "只有未付款的订单可以这样关闭;已付款的订单须全额退款才能关闭");
        this.closedAt = at;
        this.closeReason = reason;
        return move(OrderStatus.CLOSED, reason);
    }

    /**
     * Records a refund of paid money. Never more than paid and not yet refunded; a full refund
     * closes a PAID or SHIPPED order (退款成功), a COMPLETED order stays completed.
     */
    @Nullable Transition refunded(Money amount, Money goodsAmount, Instant at, String reason) {
        require(Set.of(OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.COMPLETED), "refund", "退款",
                "only a paid order can be refunded", "只有已付款的订单可以退款");
        Money left = Money.of(paidAmount).minus(Money.of(refundedAmount));
        if (!amount.isPositive() || amount.isGreaterThan(left)) {
            throw new RuleViolationException("refund-above-payment", Text.of(
                    "退款金额 " + amount + " 超过订单 " + orderNo + " 可退金额 " + left + "(已付 " + Money.of(paidAmount)
                            + ",已退 " + Money.of(refundedAmount) + ")",
                    "A refund of " + amount + " exceeds what order " + orderNo + " can still refund: " + left
                            + " (paid " + Money.of(paidAmount) + ", refunded " + Money.of(refundedAmount) + ")"));
        }
        this.refundedAmount = refundedAmount.add(amount.amount());
        this.refundedGoodsAmount = refundedGoodsAmount.add(goodsAmount.amount()).min(goodsTotal);
        boolean full = refundedAmount.compareTo(paidAmount) == 0;
        if (full && status != OrderStatus.COMPLETED) {
            this.closedAt = at;
            this.closeReason = reason;
            return move(OrderStatus.CLOSED, reason);
        }
        return null;
    }

    void afterSalesOpened() {
        openAfterSales++;
    }

    void afterSalesClosed() {
        openAfterSales = Math.max(0, openAfterSales - 1);
    }

    private void require(Set<OrderStatus> allowed, String move, String moveZh, String why, String whyZh) {
        if (!allowed.contains(status)) {
            throw new RuleViolationException("illegal-transition", Text.of(
                    "订单 " + orderNo + " 当前状态为" + status.label().zh() + ",不能" + moveZh + ":" + whyZh,
                    "Order " + orderNo + " is " + status + "; cannot " + move + ": " + why));
        }
    }

    private Transition move(OrderStatus to, @Nullable String reason) {
        Transition t = new Transition(status, to, reason);
        status = to;
        return t;
    }

    /** A status move, written to the order's history by the service. */
    record Transition(OrderStatus from, OrderStatus to, @Nullable String reason) {
    }

    long id() { return id == null ? 0 : id; }
    String orderNo() { return orderNo; }
    long memberId() { return memberId; }
    OrderStatus status() { return status; }
    List<OrderLineEntity> lines() { return lines; }
    Money goodsTotal() { return Money.of(goodsTotal); }
    Money refundedGoodsAmount() { return Money.of(refundedGoodsAmount); }
    /** What the buyer paid and has not had back. */
    Money keptAmount() { return Money.of(paidAmount).minus(Money.of(refundedAmount)); }
    Money payable() { return Money.of(payable); }
    @Nullable String idempotencyKey() { return idempotencyKey; }
    @Nullable String requestHash() { return requestHash; }
    String carrier() { return carrier; }
    String memberNickname() { return memberNickname; }
    String region() { return region; }
    @Nullable String buyerMessage() { return buyerMessage; }
    BigDecimal memberDiscount() { return memberDiscount; }
    BigDecimal goodsPayable() { return goodsPayable; }
    BigDecimal shippingFee() { return shippingFee; }
    BigDecimal shippingDeduction() { return shippingDeduction; }

    // Agents' changes (§3.2): the desk changes an order only through these.

    /** Refuses a change made from an older read of the order: someone changed it meanwhile. */
    void requireVersion(@Nullable Long expected) {
        if (expected != null && expected != version) {
            throw new RuleViolationException("concurrent-edit", Text.of(
                    "订单 " + orderNo + " 已被他人修改,请刷新后再试",
                    "Order " + orderNo + " was changed by someone else; reload and try again"));
        }
    }

    /** Cancels lines of an unpaid order; one line at least must remain (otherwise the order is closed). */
    List<OrderLineEntity> cancelLines(Collection<Integer> lineNos, String reason) {
        require(Set.of(OrderStatus.WAITING_PAYMENT), "cancel lines", "取消商品",
                "only lines of an unpaid order can be cancelled; a paid order is refunded through after-sales",
                "只有待付款订单的商品可以取消;已付款订单请走售后退款");
        List<OrderLineEntity> chosen = new ArrayList<>();
        for (int no : lineNos) {
            OrderLineEntity line = line(no);
            if (line.cancelled()) {
                throw new RuleViolationException("line-cancelled", Text.of(
                        "订单 " + orderNo + " 的第 " + no + " 行已取消", "Line " + no + " of order " + orderNo + " is already cancelled"));
            }
            if (!chosen.contains(line)) {
                chosen.add(line);
            }
        }
        if (lines.stream().allMatch(l -> l.cancelled() || chosen.contains(l))) {
            throw new RuleViolationException("last-line", Text.of(
                    "不能取消订单 " + orderNo + " 的全部商品;征得买家同意后请关闭订单",
                    "Cannot cancel every line of order " + orderNo + "; close the order with the buyer's consent instead"));
        }
        chosen.forEach(l -> l.cancel(reason));
        return chosen;
    }

    /**
     * Gives {@code quantity} units of a line other attributes (size, colour) while the order is paid
     * and the line has not shipped; when only some units change, they become a line of their own.
     */
    OrderLineEntity changeAttributes(int lineNo, String attributes, int quantity) {
        require(Set.of(OrderStatus.PAID), "change attributes", "修改属性",
                "attributes change only when the order is paid and not yet shipped", "只有已付款且未发货的订单可以修改属性");
        OrderLineEntity line = line(lineNo);
        if (line.cancelled() || line.shippedQuantity() > 0) {
            throw new RuleViolationException("line-not-changeable", Text.of(
                    "订单 " + orderNo + " 的第 " + lineNo + " 行" + (line.cancelled() ? "已取消" : "已发货") + ",不能修改属性",
                    "Line " + lineNo + " of order " + orderNo + " is " + (line.cancelled() ? "cancelled" : "shipped")
                            + "; its attributes cannot change"));
        }
        if (quantity < 1 || quantity > line.quantity()) {
            throw new InvalidInputException("invalid-quantity", "quantity", Text.of(
                    "修改数量须在 1 到 " + line.quantity() + " 之间", "The quantity to change is 1 to " + line.quantity()));
        }
        if (attributes.equals(line.attributes())) {
            throw new InvalidInputException("attributes-unchanged", "attributes", Text.of(
                    "新属性与原属性相同", "The new attributes are the same as the current ones"));
        }
        if (quantity == line.quantity()) {
            line.changeAttributes(attributes);
            return line;
        }
        OrderLineEntity part = line.split(lines.stream().mapToInt(OrderLineEntity::lineNo).max().orElse(0) + 1,
                quantity, attributes);
        lines.add(part);
        return part;
    }

    /** Another receiving address, only while nothing has shipped. */
    void changeAddress(Receiver to, String newRegion) {
        require(Set.of(OrderStatus.WAITING_PAYMENT, OrderStatus.PAID), "change the address", "修改地址",
                "the address changes only before shipment", "只有发货前可以修改收货地址");
        if (lines.stream().anyMatch(l -> l.shippedQuantity() > 0)) {
            throw new RuleViolationException("partly-shipped", Text.of(
                    "订单 " + orderNo + " 已有商品发出,不能修改收货地址",
                    "Part of order " + orderNo + " has shipped; its address cannot change"));
        }
        this.receiver = to.name();
        this.receiverPhone = to.phone();
        this.province = to.province();
        this.city = to.city();
        this.district = to.district();
        this.addressDetail = to.detail();
        this.region = newRegion;
    }

    void flag(Flag newFlag) {
        this.flag = newFlag;
    }

    private OrderLineEntity line(int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown-line", "lineNo", Text.of(
                        "订单 " + orderNo + " 没有第 " + lineNo + " 行", "Order " + orderNo + " has no line " + lineNo)));
    }

    /**
     * The view of an order just placed and flushed, built from what was written (no read-back): no
     * payments, shipments, notes or refunds yet, and its first status change as history.
     */
    OrderView placedView(OrderView.StatusChange created) {
        PriceQuote q = java.util.Objects.requireNonNull(quote, "placed orders are priced");
        return new OrderView(orderNo, status, memberId, memberNickname, receiver(), carrier, overseasForwarding,
                inStockFirst, buyerMessage, Money.of(goodsTotal), Money.of(memberDiscount), Money.of(goodsPayable),
                Money.of(shippingFee), Money.of(shippingDeduction), Money.of(payable), Money.of(paidAmount),
                Money.of(refundedAmount), Money.of(refundedGoodsAmount), shippingRule, q, shipTogetherWith, flag,
                lateShipment, openAfterSales, null, null, createdAt, paidAt, shippedAt, completedAt, closedAt,
                closeReason, null, lines.stream().map(OrderLineEntity::view).toList(), List.of(), List.of(),
                List.of(), List.of(created), List.of(), version);
    }

    long version() { return version; }
    Instant createdAt() { return createdAt; }
    Flag flag() { return flag; }
    boolean overseasForwarding() { return overseasForwarding; }
    boolean inStockFirst() { return inStockFirst; }
    @Nullable PriceQuote quote() { return quote; }
    String shippingRule() { return shippingRule; }
    @Nullable String shipTogetherWith() { return shipTogetherWith; }
    Receiver receiver() { return new Receiver(receiver, receiverPhone, province, city, district, addressDetail); }
}
