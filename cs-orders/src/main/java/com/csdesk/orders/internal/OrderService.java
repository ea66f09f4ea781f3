package com.csdesk.orders.internal;

import com.csdesk.audit.AuditTrail;
import com.csdesk.members.MemberManagement;
import com.csdesk.members.MemberSpend;
import com.csdesk.members.Note;
import com.csdesk.members.PurchaseSettled;
import com.csdesk.orders.OrderLineRequest;
import com.csdesk.orders.OrderManagement;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.PaymentMethod;
import com.csdesk.orders.PaymentNotice;
import com.csdesk.orders.PaymentsElsewhere;
import com.csdesk.orders.PaymentOutcome;
import com.csdesk.orders.PlaceOrder;
import com.csdesk.orders.QuoteRequest;
import com.csdesk.orders.Receiver;
import com.csdesk.orders.ShipmentExceptionReported;
import com.csdesk.orders.ShipmentRequest;
import com.csdesk.orders.TrackingNotice;
import com.csdesk.orders.pricing.AccumulationCandidate;
import com.csdesk.orders.pricing.Carrier;
import com.csdesk.orders.pricing.PriceQuote;
import com.csdesk.orders.pricing.PricingEngine;
import com.csdesk.orders.pricing.PricingLine;
import com.csdesk.orders.pricing.PricingRequest;
import com.csdesk.orders.pricing.ShipTogether;
import com.csdesk.products.ProductKind;
import com.csdesk.products.ProductManagement;
import com.csdesk.products.ProductView;
import com.csdesk.products.StockLine;
import com.csdesk.shared.CurrentActor;
import com.csdesk.shared.Dates;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.NotFoundException;
import com.csdesk.shared.Province;
import com.csdesk.shared.RuleViolationException;
import com.csdesk.shared.Sha256;
import com.csdesk.shared.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The orders module's service. Money moves (placing, paying, refunding) lock the order row, so two
 * notifications for one order queue up instead of racing; each runs in its own transaction.
 */
@Service
class OrderService implements OrderManagement {

    /** The 3-day accumulation (3天内累计) looks back this far. */
    static final Duration ACCUMULATION_WINDOW = Duration.ofHours(72);
    /** Credit cards are not taken for amounts under 1.00. */
    static final Money CARD_MINIMUM = Money.of(1);
    static final int MAX_NOTE_LENGTH = 500;
    /** Placing is tried again when the database breaks a lock cycle, at most this many times in all. */
    static final int PLACING_ATTEMPTS = 3;
    private static final DateTimeFormatter ORDER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(Note.SHOP_ZONE);

    private final OrderRepository orders;
    private final OrderQueries queries;
    private final RateTables rates;
    private final MemberManagement members;
    private final ProductManagement products;
    private final CurrentActor actor;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final List<PaymentsElsewhere> elsewhere;

    OrderService(OrderRepository orders, OrderQueries queries, RateTables rates, MemberManagement members,
            ProductManagement products, CurrentActor actor, AuditTrail audit, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock, List<PaymentsElsewhere> elsewhere) {
        this.orders = orders;
        this.queries = queries;
        this.rates = rates;
        this.members = members;
        this.products = products;
        this.actor = actor;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.elsewhere = elsewhere;
    }

    @Override
    public PriceQuote quote(QuoteRequest request) {
        // no transaction: a quote reads the member's spend and (rarely, the products are cached) the products,
        // each in one statement, and writes nothing
        MemberSpend member = members.spend(request.member());
        Map<String, ProductView> found = products.findCached(skus(request.lines()));
        Province province = Province.parse(request.province());
        return price(member, province, request.carrier(), request.address(), request.lines(), found,
                request.inStockFirst(), request.overseasForwarding());
    }

    @Override
    public Placed place(PlaceOrder order, @Nullable String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        String hash = hash(order);
        try {
            // the key is looked up in the placing transaction itself: one transaction per new order
            for (int attempt = 1; ; attempt++) {
                try {
                    return Objects.requireNonNull(tx.execute(s -> {
                        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                        OrderQueries.PlaceStart start = queries.startPlacing(ORDER_DATE.format(now), key);
                        if (start.existing() != null) {
                            return repeat(start.existing(), hash);
                        }
                        return placeNew(order, start.orderNo(), now, key, hash);
                    }));
                } catch (PessimisticLockingFailureException deadlock) {
                    // PostgreSQL broke a lock cycle by rolling this order back: nothing was written, place it again
                    if (attempt == PLACING_ATTEMPTS) {
                        throw deadlock;
                    }
                }
            }
        } catch (DataIntegrityViolationException race) {
            // the same key placed concurrently: the other request won, answer with its order
            if (key != null) {
                var winner = tx.execute(s -> queries.placedUnder(key).map(o -> repeat(o, hash)));
                if (winner != null && winner.isPresent()) {
                    return winner.get();
                }
            }
            throw race;
        }
    }

    private Placed repeat(OrderQueries.Keyed existing, String hash) {
        if (!hash.equals(existing.requestHash())) {
            throw new RuleViolationException("idempotency-key-reused", Text.of(
                    "该幂等键已用于另一笔不同的订单 " + existing.orderNo(),
                    "This Idempotency-Key was already used for a different order, " + existing.orderNo()));
        }
        return new Placed(queries.view(existing.orderNo()), false);
    }

    private Placed placeNew(PlaceOrder cmd, String orderNo, Instant now, @Nullable String key, String hash) {
        MemberSpend member = members.spend(cmd.member());
        Province province = Province.parse(cmd.address().province());
        Receiver address = new Receiver(cmd.address().name().strip(), cmd.address().phone().strip(),
                province.shortName(), blankToNull(cmd.address().city()), blankToNull(cmd.address().district()),
                cmd.address().detail().strip());
        Map<String, ProductView> found = products.findForOrder(skus(cmd.lines()));
        PriceQuote quote = price(member, province, cmd.carrier(), address, cmd.lines(), found, cmd.inStockFirst(),
                cmd.overseasForwarding());
        List<OrderLineEntity> lines = new ArrayList<>();
        int lineNo = 1;
        for (OrderLineRequest line : cmd.lines()) {
            ProductView p = found.get(line.sku());
            lines.add(new OrderLineEntity(lineNo++, p.sku(), p.name(), p.attributesText(), p.kind().name(),
                    p.specialPrice(), p.listPrice().amount(), p.weightKg(), line.quantity()));
        }
        OrderEntity order = new OrderEntity(orderNo, member.memberId(),
                member.nickname(), address, province.region().name(), quote.shipping().carrier().name(),
                cmd.overseasForwarding(), cmd.inStockFirst(), blankToNull(cmd.buyerMessage()), lines, now, key, hash);
        order.price(quote);
        String by = actor.username();
        queries.insertPlaced(order, by);
        if (!quote.shipTogetherWith().isEmpty()) {
            queries.shipTogether(order.orderNo(),
                    quote.shipTogetherWith().stream().map(ShipTogether::orderNo).toList(),
                    quote.shipTogetherWith().stream().filter(s -> s.shippingDeducted().isPositive())
                            .map(ShipTogether::orderNo).toList());
        }
        // last: the reservation locks the products until the commit, so concurrent orders for them wait briefly
        products.reserve(inStock(cmd.lines(), found));
        // the view is what was just written: no read-back
        return new Placed(order.placedView(new OrderView.StatusChange(null, OrderStatus.WAITING_PAYMENT, now, by, null)),
                true);
    }

    @Override
    public Paid pay(String orderNo, PaymentNotice notice) {
        try {
            return Objects.requireNonNull(tx.execute(s -> payInTransaction(orderNo, notice)));
        } catch (RefusedPayment refused) {
            // the refusal rolled the transaction back; the attempt is still kept for the agent to see
            tx.executeWithoutResult(s -> queries.insertPayment(refused.orderId, notice.paymentId(), notice.method(),
                    notice.amount(), PaymentOutcome.REJECTED, refused.getCause().getMessage(), clock.instant()));
            throw refused.reason;
        }
    }

    private Paid payInTransaction(String orderNo, PaymentNotice notice) {
        OrderEntity order = lock(orderNo);
        var earlier = queries.payment(notice.paymentId());
        if (earlier.isEmpty()) {
            for (PaymentsElsewhere other : elsewhere) {
                other.paidWith(notice.paymentId()).ifPresent(what -> {
                    throw new RuleViolationException("payment-id-reused", Text.of(
                            "支付单号 " + notice.paymentId() + " 已用于" + what.zh(),
                            "Payment " + notice.paymentId() + " already paid " + what.en()));
                });
            }
        }
        if (earlier.isPresent()) {
            if (earlier.get().orderId() != order.id()) {
                throw new RuleViolationException("payment-id-reused", Text.of(
                        "支付单号 " + notice.paymentId() + " 已用于订单 " + earlier.get().orderNo(),
                        "Payment " + notice.paymentId() + " belongs to order " + earlier.get().orderNo()));
            }
            if (earlier.get().method() != notice.method() || !earlier.get().amount().equals(notice.amount())) {
                // a retry repeats the notification; the same id with other details is a different payment
                throw new RuleViolationException("payment-id-reused", Text.of(
                        "支付单号 " + notice.paymentId() + " 已用于 " + earlier.get().method() + " " + earlier.get().amount()
                                + " 的付款,与本次不同", "Payment " + notice.paymentId() + " was " + earlier.get().method() + " "
                                + earlier.get().amount() + "; this notification differs"));
            }
            if (earlier.get().outcome() == PaymentOutcome.REJECTED) {
                throw new RuleViolationException("payment-rejected", Text.of(
                        "支付单号 " + notice.paymentId() + " 此前已被拒绝", "Payment " + notice.paymentId()
                                + " was refused before; see the order's payments for the reason"));
            }
            return new Paid(queries.view(orderNo), earlier.get().outcome());
        }
        Instant now = clock.instant();
        switch (order.status()) {
            case WAITING_PAYMENT -> {
                if (notice.method() == PaymentMethod.CREDIT_CARD && notice.amount().isLessThan(CARD_MINIMUM)) {
                    throw new RefusedPayment(order.id(), new RuleViolationException("card-minimum", Text.of(
                            "信用卡不支持 1.00 元以下的付款", "Credit cards are not taken for amounts under 1.00")));
                }
                OrderEntity.Transition t;
                try {
                    t = order.markPaid(notice.amount(), now);
                } catch (RuleViolationException wrongAmount) {
                    throw new RefusedPayment(order.id(), wrongAmount);
                }
                orders.saveAndFlush(order);
                queries.insertAcceptedPayment(order.id(), notice.paymentId(), notice.method(), notice.amount(), now,
                        t.from(), t.to(), actor.username());
                events.publishEvent(new PurchaseSettled(order.memberId(), orderNo, order.goodsTotal(), "paid"));
                return new Paid(queries.view(orderNo), PaymentOutcome.ACCEPTED);
            }
            case PAID, SHIPPED, COMPLETED -> {
                queries.insertPayment(order.id(), notice.paymentId(), notice.method(), notice.amount(),
                        PaymentOutcome.DUPLICATE, "order already paid: refund this payment", now);
                return new Paid(queries.view(orderNo), PaymentOutcome.DUPLICATE);
            }
            default -> throw new RefusedPayment(order.id(), new RuleViolationException("order-closed", Text.of(
                    "订单 " + orderNo + " 已关闭,不能付款", "Order " + orderNo + " is closed and cannot be paid")));
        }
    }

    /** A refused payment: the order id to record the attempt against, and the reason to answer with. */
    private static final class RefusedPayment extends RuntimeException {
        private final long orderId;
        private final RuleViolationException reason;

        RefusedPayment(long orderId, RuleViolationException reason) {
            super(reason);
            this.orderId = orderId;
            this.reason = reason;
        }
    }

    @Override
    public OrderView ship(String orderNo, ShipmentRequest request) {
        return Objects.requireNonNull(tx.execute(s -> {
            OrderEntity order = lock(orderNo);
            String waybill = request.waybillNo().strip();
            var existing = queries.shipment(waybill);
            if (existing.isPresent()) {
                if (existing.get().orderId() == order.id()) {
                    // the same notification again changes nothing; the same waybill with other goods or carrier is
                    // not a retry
                    if (!sameShipment(existing.get(), request)) {
                        throw new RuleViolationException("waybill-reused", Text.of("运单号 " + waybill
                                + " 已登记为另一批发货(承运商或商品不同)", "Waybill " + waybill
                                + " was recorded for another carrier or other goods"));
                    }
                    return queries.view(orderNo);
                }
                throw new RuleViolationException("waybill-taken", Text.of("运单号 " + waybill + " 已用于订单 "
                        + existing.get().orderNo(), "Waybill " + waybill + " belongs to order " + existing.get().orderNo()));
            }
            Carrier carrier = Carrier.parse(request.carrier());
            if (carrier.isRefused()) {
                throw new RuleViolationException("carrier-not-allowed", Text.of("本店不发" + carrier.zh(),
                        "The shop does not ship by " + carrier.en()));
            }
            Map<OrderLineEntity, Integer> leaving = leaving(order, request.lines());
            Instant now = clock.instant();
            OrderEntity.Transition t = order.shipped(now, leaving.entrySet().stream()
                    .allMatch(e -> e.getKey().remaining() == e.getValue())
                    && order.lines().stream().filter(l -> !leaving.containsKey(l)).allMatch(l -> l.remaining() == 0));
            leaving.forEach(OrderLineEntity::shipped);
            orders.saveAndFlush(order);
            long shipmentId = queries.insertShipment(order.id(), carrier.name(), waybill, now);
            leaving.forEach((line, qty) -> queries.insertShipmentLine(shipmentId, line.id(), qty));
            products.ship(leaving.entrySet().stream()
                    .filter(e -> ProductKind.IN_STOCK.name().equals(e.getKey().kind()))
                    .map(e -> new StockLine(e.getKey().sku(), e.getValue())).toList());
            if (t != null) {
                queries.clearReservedGoodsNotes(order.id(), now);
                queries.insertStatusChange(order.id(), t.from(), t.to(), now, actor.username(), null);
            }
            return queries.view(orderNo);
        }));
    }

    private boolean sameShipment(OrderQueries.ShipmentRow shipped, ShipmentRequest request) {
        if (Carrier.parse(request.carrier()) != Carrier.valueOf(shipped.carrier())) {
            return false;
        }
        if (request.lines().isEmpty()) {
            return true;
        }
        Map<String, Integer> asked = new HashMap<>();
        request.lines().forEach(l -> asked.merge(l.sku(), l.quantity(), Integer::sum));
        return asked.equals(queries.shipmentQuantities(shipped.id()));
    }

    /** The quantities leaving per line: those named (by SKU, filling lines in order), or all that remain. */
    private static Map<OrderLineEntity, Integer> leaving(OrderEntity order, List<OrderLineRequest> requested) {
        Map<OrderLineEntity, Integer> leaving = new LinkedHashMap<>();
        if (requested.isEmpty()) {
            order.lines().stream().filter(l -> l.remaining() > 0).forEach(l -> leaving.put(l, l.remaining()));
        } else {
            for (OrderLineRequest r : requested) {
                int wanted = r.quantity();
                if (wanted < 1) {
                    throw new InvalidInputException("invalid-quantity", "lines", Text.of(
                            r.sku() + " 的数量至少为 1", "Quantity of " + r.sku() + " must be at least 1"));
                }
                for (OrderLineEntity line : order.lines()) {
                    if (wanted == 0) {
                        break;
                    }
                    if (line.sku().equals(r.sku())) {
                        int free = line.remaining() - leaving.getOrDefault(line, 0);
                        int take = Math.min(free, wanted);
                        if (take > 0) {
                            leaving.merge(line, take, Integer::sum);
                            wanted -= take;
                        }
                    }
                }
                if (wanted > 0) {
                    throw new RuleViolationException("nothing-to-ship", Text.of(
                            "订单 " + order.orderNo() + " 中 " + r.sku() + " 没有这么多待发货的数量",
                            "Order " + order.orderNo() + " has not that many of " + r.sku() + " left to ship"));
                }
            }
        }
        if (leaving.isEmpty()) {
            throw new RuleViolationException("nothing-to-ship", Text.of("订单 " + order.orderNo() + " 没有待发货的商品",
                    "Order " + order.orderNo() + " has nothing left to ship"));
        }
        return leaving;
    }

    @Override
    public OrderView track(String waybillNo, TrackingNotice event) {
        Dates.happened("at", event.at(), clock.instant());
        return Objects.requireNonNull(tx.execute(s -> {
            var shipment = queries.shipment(waybillNo.strip())
                    .orElseThrow(() -> new NotFoundException("Shipment", "运单", waybillNo));
            boolean fresh = queries.insertTrackingEvent(shipment.id(), event.kind(), event.at(), event.location(),
                    event.description(), clock.instant());
            if (fresh && event.kind().isException()) {
                events.publishEvent(new ShipmentExceptionReported(shipment.orderNo(), shipment.memberId(), waybillNo.strip(),
                        event.kind(), event.at(), event.description()));
            }
            return queries.view(shipment.orderNo());
        }));
    }

    @Override
    public OrderView confirmReceipt(String orderNo) {
        return Objects.requireNonNull(tx.execute(s -> {
            OrderEntity order = lock(orderNo);
            Instant now = clock.instant();
            OrderEntity.Transition t = order.complete(now, "buyer confirmed receipt");
            orders.saveAndFlush(order);
            queries.insertStatusChange(order.id(), t.from(), t.to(), now, actor.username(), t.reason());
            return queries.view(orderNo);
        }));
    }

    @Override
    public OrderView closeByBuyer(String orderNo, String reason) {
        return Objects.requireNonNull(tx.execute(s -> {
            OrderEntity order = lock(orderNo);
            closeUnpaid(order, "buyer closed: " + reason.strip());
            return queries.view(orderNo);
        }));
    }

    /** Closes an unpaid order and gives its reserved stock back. */
    void closeUnpaid(OrderEntity order, String reason) {
        Instant now = clock.instant();
        OrderEntity.Transition t = order.closeUnpaid(now, reason);
        orders.saveAndFlush(order);
        products.release(reservedLines(order));
        queries.insertStatusChange(order.id(), t.from(), t.to(), now, actor.username(), reason);
    }

    @Override
    public OrderView get(String orderNo) {
        return Objects.requireNonNull(tx.execute(s -> queries.view(orderNo)));
    }

    @Override
    public Optional<String> orderOfPayment(String paymentId) {
        return queries.payment(paymentId).map(OrderQueries.PaymentRow::orderNo);
    }

    @Override
    public OrderView refund(String orderNo, Money amount, Money goodsAmount, String reason, @Nullable String reference) {
        return Objects.requireNonNull(tx.execute(s -> {
            OrderEntity order = lock(orderNo);
            Instant now = clock.instant();
            Money spentBefore = order.goodsTotal().minus(order.refundedGoodsAmount());
            boolean wasPaidUnshipped = order.status() == OrderStatus.PAID;
            OrderEntity.Transition t = order.refunded(amount, goodsAmount, now, reason);
            orders.saveAndFlush(order);
            queries.insertRefund(order.id(), amount, goodsAmount, reason, reference, now, actor.username());
            // a closed order no longer counts at all; otherwise only the refunded goods leave the spend
            Money leaving = t != null ? spentBefore : goodsAmount.min(spentBefore);
            if (leaving.isPositive()) {
                events.publishEvent(new PurchaseSettled(order.memberId(), orderNo, leaving.negate(), "refunded"));
            }
            if (t != null) {
                if (wasPaidUnshipped) {
                    products.release(reservedLines(order));
                }
                queries.insertStatusChange(order.id(), t.from(), t.to(), now, actor.username(), t.reason());
            }
            return queries.view(orderNo);
        }));
    }

    @Override
    public OrderView addNote(String orderNo, String text, boolean reservedGoods) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_NOTE_LENGTH) {
            throw new InvalidInputException("invalid-note", "text", Text.of(
                    "备注须为 1–" + MAX_NOTE_LENGTH + " 个字", "A note has 1 to " + MAX_NOTE_LENGTH + " characters"));
        }
        return Objects.requireNonNull(tx.execute(s -> {
            OrderEntity order = lock(orderNo);
            Instant now = clock.instant();
            queries.insertNote(order.id(), t, actor.username(), now, reservedGoods);
            audit.record("order.note-added", "order", orderNo, null,
                    Map.of("note", Note.format(t, actor.username(), now), "reservedGoods", reservedGoods));
            return queries.view(orderNo);
        }));
    }

    @Override
    public void afterSalesOpened(String orderNo) {
        tx.executeWithoutResult(s -> {
            OrderEntity order = lock(orderNo);
            order.afterSalesOpened();
            orders.saveAndFlush(order);
        });
    }

    @Override
    public void afterSalesClosed(String orderNo) {
        tx.executeWithoutResult(s -> {
            OrderEntity order = lock(orderNo);
            order.afterSalesClosed();
            orders.saveAndFlush(order);
        });
    }

    private OrderEntity lock(String orderNo) {
        return orders.lockByOrderNo(orderNo).orElseThrow(() -> new NotFoundException("Order", "订单", orderNo));
    }

    /** Prices lines for a member; unknown SKUs are refused by name. */
    private PriceQuote price(MemberSpend member, Province province, @Nullable String carrierName,
            @Nullable Receiver address, List<OrderLineRequest> requested, Map<String, ProductView> found,
            boolean inStockFirst, boolean overseasForwarding) {
        if (requested.isEmpty()) {
            throw new InvalidInputException("no-lines", "lines", Text.of("订单至少要有一件商品", "An order needs at least one line"));
        }
        List<String> unknown = requested.stream().map(OrderLineRequest::sku).filter(s -> !found.containsKey(s))
                .distinct().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("unknown-sku", "lines", Text.of("商品不存在:" + String.join(", ", unknown),
                    "Unknown SKU: " + String.join(", ", unknown)));
        }
        Carrier carrier = carrierName == null || carrierName.isBlank() ? null : Carrier.parse(carrierName);
        List<PricingLine> lines = requested.stream().map(r -> {
            ProductView p = found.get(r.sku());
            return new PricingLine(p.sku(), p.name(), r.quantity(), p.listPrice(), p.weightKg(), p.specialPrice(),
                    p.kind() == ProductKind.IN_STOCK);
        }).toList();
        String addressLine = address == null ? null : address.oneLine();
        boolean lifetime = address != null && address.isAt(member.lifetimeFreeShippingAddress());
        List<AccumulationCandidate> accumulation = addressLine == null ? List.of()
                : queries.accumulationCandidates(member.memberId(), addressLine, clock.instant().minus(ACCUMULATION_WINDOW));
        return PricingEngine.quote(new PricingRequest(member.cumulativeSpend(), lifetime, province, carrier,
                overseasForwarding, inStockFirst, lines, accumulation), rates.current());
    }

    private static List<StockLine> inStock(List<OrderLineRequest> lines, Map<String, ProductView> products) {
        return lines.stream().filter(l -> products.get(l.sku()).kind() == ProductKind.IN_STOCK)
                .map(l -> new StockLine(l.sku(), l.quantity())).toList();
    }

    /** The in-stock quantities still reserved for an order: not cancelled and not yet shipped. */
    static List<StockLine> reservedLines(OrderEntity order) {
        return order.lines().stream().filter(l -> ProductKind.IN_STOCK.name().equals(l.kind()) && l.remaining() > 0)
                .map(l -> new StockLine(l.sku(), l.remaining())).toList();
    }

    private static Collection<String> skus(List<OrderLineRequest> lines) {
        return lines.stream().map(OrderLineRequest::sku).distinct().toList();
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A fingerprint of an order request, to tell a retry from a different order under the same key. */
    private static String hash(PlaceOrder order) {
        return Sha256.hex(order.toString());
    }
}
