package com.csdesk.aftersales.internal;

import com.csdesk.aftersales.AfterSales;
import com.csdesk.aftersales.HandlingStep;
import com.csdesk.aftersales.Lifecycle;
import com.csdesk.aftersales.NewRequest;
import com.csdesk.aftersales.PriceDifferencePayment;
import com.csdesk.aftersales.ReviewOutcome;
import com.csdesk.aftersales.TicketAction;
import com.csdesk.aftersales.TicketKind;
import com.csdesk.aftersales.TicketQuery;
import com.csdesk.aftersales.TicketStatus;
import com.csdesk.aftersales.TicketSummary;
import com.csdesk.aftersales.TicketView;
import com.csdesk.aftersales.policy.AfterSalesHistory;
import com.csdesk.aftersales.policy.AfterSalesPolicy;
import com.csdesk.aftersales.policy.AfterSalesRequest;
import com.csdesk.aftersales.policy.Dispatch;
import com.csdesk.aftersales.policy.Outcome;
import com.csdesk.aftersales.policy.PolicyCheck;
import com.csdesk.aftersales.policy.PolicyDecision;
import com.csdesk.aftersales.policy.PolicyRequest;
import com.csdesk.aftersales.policy.PolicyRule;
import com.csdesk.aftersales.policy.PurchasedLine;
import com.csdesk.aftersales.policy.Reason;
import com.csdesk.aftersales.policy.RequestKind;
import com.csdesk.aftersales.policy.ShippingPayer;
import com.csdesk.aftersales.policy.WantedItem;
import com.csdesk.audit.AuditTrail;
import com.csdesk.members.MemberManagement;
import com.csdesk.orders.OrderManagement;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.ShipmentExceptionReported;
import com.csdesk.products.ProductKind;
import com.csdesk.products.ProductManagement;
import com.csdesk.products.ProductView;
import com.csdesk.products.StockLine;
import com.csdesk.shared.CurrentActor;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.RuleViolationException;
import com.csdesk.shared.SearchPage;
import com.csdesk.shared.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service behind {@link AfterSales}: decides requests with the policy, records tickets, moves
 * them through the {@link Lifecycle} and carries the consequences into the order (refunds, notes,
 * the auto-completion hold), the stock (reserving and shipping the replacement, restocking returns)
 * and the member (the 下不为例 note).
 */
@Service
class TicketService implements AfterSales {

    private static final DateTimeFormatter TICKET_DATE = DateTimeFormatter.ofPattern("yyyyMMdd")
            .withZone(com.csdesk.members.Note.SHOP_ZONE);
    static final int MAX_TEXT = 500;

    private final TicketStore store;
    private final OrderManagement orders;
    private final ProductManagement products;
    private final MemberManagement members;
    private final AfterSalesSettings settings;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Clock clock;

    TicketService(TicketStore store, OrderManagement orders, ProductManagement products, MemberManagement members,
            AfterSalesSettings settings, AuditTrail audit, CurrentActor actor, Clock clock) {
        this.store = store;
        this.orders = orders;
        this.products = products;
        this.members = members;
        this.settings = settings;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    // ---- opening tickets

    @Override
    @Transactional
    public TicketView request(String orderNo, NewRequest request) {
        OrderView order = orders.get(orderNo);
        RequestKind kind = request.kind();
        if (order.status() == OrderStatus.WAITING_PAYMENT
                || (order.status() == OrderStatus.CLOSED && kind != RequestKind.COMPLAINT)) {
            throw new RuleViolationException("order-not-eligible", Text.of(
                    "订单 " + orderNo + " 状态为" + order.status().label().zh() + ",不能申请" + kind.label().zh(),
                    "Order " + orderNo + " is " + order.status().label().en().toLowerCase(java.util.Locale.ROOT)
                            + ": no " + kind.label().en().toLowerCase(java.util.Locale.ROOT) + " request is possible"));
        }
        List<NewRequest.Line> asked = request.lines();
        if (asked.isEmpty() && kind != RequestKind.COMPLAINT) {
            throw invalid("lines", "请选择售后商品", "Name at least one order line");
        }
        if (asked.size() > 50) {
            throw invalid("lines", "商品行过多", "Too many lines");
        }
        var seen = new HashSet<String>();
        for (NewRequest.@Nullable Line l : asked) {
            if (l == null) {
                throw invalid("lines", "商品行不能为空", "A line cannot be empty (null)");
            }
            if (!seen.add(l.sku())) {
                throw invalid("lines", "商品 " + l.sku() + " 重复", "SKU " + l.sku() + " is named twice");
            }
            if ((l.wantedSku() != null) != (kind == RequestKind.EXCHANGE)) {
                throw invalid("lines.wantedSku", "换货须且只有换货须指定换货商品",
                        "A wanted SKU is required for an exchange and only for an exchange");
            }
            if (kind != RequestKind.COMPLAINT) {
                store.openGoodsTicket(orderNo, l.sku()).ifPresent(open -> {
                    throw new RuleViolationException("open-ticket-exists", Text.of(
                            "商品 " + l.sku() + " 已有处理中的售后工单 " + open,
                            "SKU " + l.sku() + " already has an open after-sales ticket, " + open));
                });
            }
        }
        String description = text(request.description(), "description");
        Instant now = clock.instant();
        var policy = new AfterSalesPolicy(clock);
        boolean exceptionGranted = store.styleExceptionGranted(order.memberId());
        var checks = new ArrayList<TicketView.Check>();
        var lineRows = new ArrayList<TicketStore.LineRow>();
        Outcome outcome = Outcome.ALLOWED;
        ShippingPayer payer = ShippingPayer.NONE;
        Money priceDifference = Money.ZERO;
        if (asked.isEmpty()) {
            OrderView.Line first = order.lines().getFirst();
            PolicyDecision d = policy.decide(new PolicyRequest(purchased(order, first), order.receivedAt(),
                    AfterSalesRequest.complaint(request.reason()), AfterSalesHistory.none(), null, settings.policy(),
                    dispatch(order, first)));
            d.checks().forEach(c -> checks.add(check(null, c)));
        }
        for (NewRequest.Line l : asked) {
            OrderView.Line line = order.lines().stream().filter(o -> o.sku().equals(l.sku()) && !o.cancelled())
                    .findFirst().orElseThrow(() -> invalid("lines.sku", "订单 " + orderNo + " 中没有商品 " + l.sku(),
                            "Order " + orderNo + " has no line with SKU " + l.sku()));
            if (l.quantity() < 1) {
                throw invalid("lines.quantity", "数量至少为 1", "Quantity must be at least 1");
            }
            PurchasedLine bought = purchased(order, line);
            AfterSalesRequest ask = switch (kind) {
                case RETURN_REFUND -> AfterSalesRequest.returnAndRefund(request.reason(), l.quantity(), l.refundAmount());
                case REFUND_ONLY -> AfterSalesRequest.refundOnly(request.reason(), l.quantity(), l.refundAmount());
                case EXCHANGE -> {
                    ProductView wanted = products.find(Objects.requireNonNull(l.wantedSku())).orElseThrow(() -> invalid(
                            "lines.wantedSku", "没有商品 " + l.wantedSku(), "No product with SKU " + l.wantedSku()));
                    Money difference = wanted.listPrice().minus(line.unitPrice()).times(l.quantity());
                    if (difference.isPositive()) {
                        priceDifference = priceDifference.plus(difference);
                    }
                    yield AfterSalesRequest.exchange(request.reason(), l.quantity(),
                            new WantedItem(wanted.sku(), wanted.style(), Math.max(0, wanted.available())));
                }
                case REPAIR -> AfterSalesRequest.repair(request.reason(), l.quantity());
                case COMPLAINT -> AfterSalesRequest.complaint(request.reason());
            };
            var history = new AfterSalesHistory(store.earlierExchanges(orderNo, l.sku()), exceptionGranted);
            PolicyDecision d = policy.decide(new PolicyRequest(bought, order.receivedAt(), ask, history, null,
                    settings.policy(), dispatch(order, line)));
            outcome = worse(outcome, d.outcome());
            if (payer == ShippingPayer.NONE) {
                payer = d.shippingPaidBy();
            }
            String sku = asked.size() > 1 ? l.sku() : null;
            d.checks().forEach(c -> checks.add(check(sku, c)));
            lineRows.add(new TicketStore.LineRow(line.lineNo(), l.sku(), l.quantity(), l.wantedSku(), l.refundAmount(),
                    d.maxRefund(), line.unitPrice().times(l.quantity()), Money.ZERO));
        }
        if (outcome == Outcome.REJECTED) {
            payer = ShippingPayer.NONE;
        }
        Ticket t = newTicket(order, TicketKind.of(kind), request.reason(), description, now);
        t.decision = outcome;
        t.shippingPaidBy = payer;
        t.priceDifference = priceDifference;
        t.maxRefund = outcome == Outcome.REJECTED || !kind.refundsMoney() ? Money.ZERO
                : refundCap(order, request.reason(), lineRows);
        t.status = outcome == Outcome.REJECTED ? TicketStatus.REJECTED : TicketStatus.OPEN;
        if (t.status == TicketStatus.REJECTED) {
            t.resolvedAt = now;
        }
        store.insert(t);
        lineRows.forEach(l -> store.insertLine(t.id, l));
        store.replaceChecks(t.id, checks);
        store.insertEvent(t.id, now, actor.username(), "requested", null, t.status,
                kind.label().zh() + " · " + request.reason().label().zh() + " · " + outcome.label().zh());
        audit.record("aftersales.requested", "ticket", t.ticketNo, null, Map.of("orderNo", orderNo, "kind", kind.name(),
                "reason", request.reason().name(), "decision", outcome.name(), "status", t.status.name()));
        if (t.status.isOpen()) {
            orders.afterSalesOpened(orderNo);
        }
        return view(t);
    }

    @Override
    @Transactional
    public TicketView openReviewFollowUp(String orderNo, int rating, String content) {
        if (rating < 1 || rating > 3) {
            throw invalid("rating", "中差评为 1–3 星", "A negative or neutral review has 1 to 3 stars");
        }
        OrderView order = orders.get(orderNo);
        if (order.paidAt() == null) {
            // only a buyer who paid can review the purchase: an unpaid order has nothing to follow up
            throw new RuleViolationException("order-not-eligible", Text.of(
                    "订单 " + orderNo + " 未付款,没有可跟进的评价",
                    "Order " + orderNo + " was never paid: there is no review to follow up"));
        }
        Instant now = clock.instant();
        Ticket t = newTicket(order, TicketKind.NEGATIVE_REVIEW, null, null, now);
        t.source = "DESK";
        t.reviewRating = rating;
        t.reviewContent = Objects.requireNonNull(text(content, "content"));
        store.insert(t);
        store.insertEvent(t.id, now, actor.username(), "review-opened", null, t.status, rating + "★ " + t.reviewContent);
        audit.record("aftersales.review-opened", "ticket", t.ticketNo, null,
                Map.of("orderNo", orderNo, "rating", rating, "content", t.reviewContent));
        orders.afterSalesOpened(orderNo);
        return view(t);
    }

    /** A logistics exception (破损/丢件/退回) opens a ticket by itself, once per waybill and exception. */
    @Transactional
    public void openForShipmentException(ShipmentExceptionReported event) {
        Reason reason = switch (event.kind()) {
            case DAMAGED -> Reason.DAMAGED_IN_TRANSIT;
            case LOST -> Reason.LOST;
            default -> null;
        };
        OrderView order = orders.get(event.orderNo());
        Instant now = clock.instant();
        Ticket t = newTicket(order, TicketKind.LOGISTICS_EXCEPTION, reason, event.kind().label().zh() + " · "
                + event.waybillNo() + (event.description() == null ? "" : " · " + event.description()), now);
        t.source = "LOGISTICS_EVENT";
        t.waybillNo = event.waybillNo();
        if (store.logisticsTicketExists(event.waybillNo(), reason)) {
            return; // this exception of this waybill already has its ticket
        }
        store.insert(t);
        store.insertEvent(t.id, now, CurrentActor.SYSTEM, "logistics-exception", null, t.status,
                event.kind().label().zh() + " " + event.waybillNo());
        audit.record("aftersales.logistics-exception", "ticket", t.ticketNo, null,
                Map.of("orderNo", event.orderNo(), "waybillNo", event.waybillNo(), "kind", event.kind().name()));
        orders.afterSalesOpened(event.orderNo());
    }

    private Ticket newTicket(OrderView order, TicketKind kind, @Nullable Reason reason, @Nullable String description,
            Instant now) {
        Ticket t = new Ticket();
        t.ticketNo = "AS" + TICKET_DATE.format(now) + String.format("%06d", store.nextNumber());
        t.orderNo = order.orderNo();
        t.memberId = order.memberId();
        t.memberNickname = order.memberNickname();
        t.kind = kind;
        t.reason = reason;
        t.department = kind.department();
        t.description = description;
        t.createdAt = now;
        var terms = settings.terms();
        t.firstResponseDue = terms.firstResponseDue(now, settings.firstResponse(kind));
        t.resolutionDue = terms.addBusinessTime(now, settings.resolution(kind));
        return t;
    }

    /** The line's share of the goods paid (after the member discount), less what tickets refunded before. */
    private PurchasedLine purchased(OrderView order, OrderView.Line line) {
        String style = products.find(line.sku()).map(ProductView::style).orElse(line.sku());
        Money paid = paidShare(order, line);
        TicketStore.Returned returned = store.returned(order.orderNo(), line.sku());
        // a unit replaced by an exchange is handled as much as a refunded one: its share of the money stays with it
        int replaced = Math.min(returned.replaced(), line.quantity());
        Money replacedShare = line.quantity() == 0 ? Money.ZERO : Money.of(paid.amount()
                .multiply(BigDecimal.valueOf(replaced)).divide(BigDecimal.valueOf(line.quantity()), 2, RoundingMode.HALF_UP));
        return new PurchasedLine(line.sku(), ProductKind.valueOf(line.kind()), style, line.quantity(), paid,
                Math.min(returned.quantity() + replaced, line.quantity()), returned.amount().plus(replacedShare).min(paid));
    }

    /** Payment and shipping of the order against the promise for the line's goods (in-stock goods only have one). */
    private Dispatch dispatch(OrderView order, OrderView.Line line) {
        boolean inStock = ProductKind.valueOf(line.kind()) == ProductKind.IN_STOCK;
        return new Dispatch(order.lateShipment(), order.paidAt(), order.shippedAt(),
                inStock ? settings.inStockShipping() : null);
    }

    static Money paidShare(OrderView order, OrderView.Line line) {
        if (order.goodsTotal().isZero()) {
            return Money.ZERO;
        }
        BigDecimal share = line.amount().amount().multiply(order.goodsPayable().amount())
                .divide(order.goodsTotal().amount(), 2, RoundingMode.HALF_UP);
        return Money.of(share);
    }

    /**
     * What the ticket may refund: the lines' paid shares; when the shop is at fault and the ticket
     * covers every unit not yet refunded, everything left on the order (the shipping too). Never
     * more than the order can still refund.
     */
    private static Money refundCap(OrderView order, Reason reason, List<TicketStore.LineRow> lines) {
        Money lineCaps = lines.stream().map(TicketStore.LineRow::maxRefund).reduce(Money.ZERO, Money::plus);
        boolean shopAtFault = reason.category() != Reason.Category.BUYER_CHOICE;
        boolean wholeOrder = order.refundedAmount().isZero() && order.lines().stream().filter(l -> !l.cancelled())
                .allMatch(ol -> lines.stream().anyMatch(l -> l.sku().equals(ol.sku()) && l.quantity() >= ol.quantity()));
        boolean asksExact = lines.stream().anyMatch(l -> l.refundAmount() != null);
        Money cap = shopAtFault && wholeOrder && !asksExact ? order.refundable() : lineCaps;
        return cap.min(order.refundable()).max(Money.ZERO);
    }

    private static Outcome worse(Outcome a, Outcome b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static TicketView.Check check(@Nullable String sku, PolicyCheck c) {
        return new TicketView.Check(sku, c.rule().name(), c.rule().label(), c.passed(), c.detail());
    }

    // ---- reading

    @Override
    @Transactional(readOnly = true)
    public TicketView get(String ticketNo) {
        return view(store.load(ticketNo));
    }

    @Override
    @Transactional(readOnly = true)
    public SearchPage<TicketSummary> queue(TicketQuery query, int page, int size) {
        return SearchPage.of(store.queue(query, page * size, size + 1), page, size);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TicketSummary> ofMember(String nickname, int limit) {
        return store.ofMember(nickname, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TicketSummary> ofOrder(String orderNo, int limit) {
        return store.ofOrder(orderNo, limit);
    }

    private TicketView view(Ticket t) {
        TicketView.PriceDifferenceBack back = t.priceDifferencePayment == null ? null
                : store.priceDifferencePaidWith(t.priceDifferencePayment).filter(p -> p.dueAt() != null)
                        .map(p -> new TicketView.PriceDifferenceBack(Objects.requireNonNull(p.dueAt()), p.refundedAt()))
                        .orElse(null);
        var lines = store.lines(t.id).stream().map(l -> new TicketView.Line(l.lineNo(), l.sku(), l.quantity(),
                l.wantedSku(), l.refundAmount())).toList();
        return new TicketView(t.id, t.ticketNo, t.orderNo, t.memberId, t.memberNickname, t.kind, t.reason, t.status,
                t.department, t.assignee, t.description, t.decision, t.shippingPaidBy, store.checks(t.id), lines,
                t.maxRefund, t.refundedAmount, t.priceDifference, t.priceDifferencePaidAt, back, t.exceptionGranted,
                t.escalated, t.escalatedAt, t.rejectReason, t.returnAddress, t.returnCarrier, t.returnWaybill,
                t.returnShippedAt, t.receivedAt, t.resalable, t.reshippedAt, t.waybillNo, t.reviewOutcome,
                t.reviewEvidence, t.satisfactionScore, t.satisfactionComment, t.ratedAt, t.createdAt,
                t.firstResponseDue, t.resolutionDue, t.firstResponseAt, t.resolvedAt, t.closedAt, t.slaBreachedAt,
                store.steps(t.id), store.events(t.id), t.version);
    }

    // ---- storefront actions

    @Override
    @Transactional
    public TicketView returnShipment(String ticketNo, String carrier, String waybill) {
        return act(ticketNo, null, TicketAction.RETURN_SHIPMENT, false, carrier + " " + waybill, t -> {
            t.returnCarrier = required(carrier, "carrier");
            t.returnWaybill = required(waybill, "waybill");
            t.returnShippedAt = clock.instant();
        });
    }

    /**
     * The buyer's price difference of an exchange (补差价), taken only while the approved exchange waits
     * for it. The payment id names one payment: the same payment again answers as the first time and
     * changes nothing; under another amount, or already used for another ticket or for an order, it is
     * refused.
     */
    @Override
    @Transactional
    public TicketView payPriceDifference(String ticketNo, Money amount, String paymentId) {
        String payment = required(paymentId, "paymentId");
        Ticket t = store.load(ticketNo);
        if (payment.equals(t.priceDifferencePayment)) {
            if (!amount.equals(t.priceDifference)) {
                throw new RuleViolationException("payment-id-reused", Text.of(
                        "支付单号 " + payment + " 已用于本工单补差价 ¥" + t.priceDifference + ",金额 ¥" + amount + " 不符",
                        "Payment " + payment + " already paid this ticket's price difference of ¥" + t.priceDifference
                                + ", not ¥" + amount));
            }
            return view(t); // the same payment again: recognised, nothing changes
        }
        if (!t.priceDifference.isPositive() || t.priceDifferencePaidAt != null) {
            throw new RuleViolationException("no-price-difference-due", Text.of(
                    "工单 " + ticketNo + " 没有待付差价", "Ticket " + ticketNo + " has no price difference to pay"));
        }
        if (!Lifecycle.awaitsPriceDifference(t.kind, t.status)) {
            throw new RuleViolationException("price-difference-not-awaited", Text.of(
                    "工单 " + ticketNo + " 状态为「" + t.status.label().zh() + "」:换货同意后才能补差价",
                    "Ticket " + ticketNo + " is " + t.status.label().en().toLowerCase(java.util.Locale.ROOT)
                            + ": the price difference is taken only once the exchange is approved"));
        }
        if (!amount.equals(t.priceDifference)) {
            throw new RuleViolationException("wrong-price-difference", Text.of(
                    "差价应为 ¥" + t.priceDifference + ",收到 ¥" + amount,
                    "The price difference is ¥" + t.priceDifference + ", not ¥" + amount));
        }
        store.priceDifferencePaidWith(payment).ifPresent(other -> {
            throw paymentIdReused(payment, "售后工单 " + other.ticketNo(), "after-sales ticket " + other.ticketNo());
        });
        orders.orderOfPayment(payment).ifPresent(orderNo -> {
            throw paymentIdReused(payment, "订单 " + orderNo, "order " + orderNo);
        });
        Instant now = clock.instant();
        t.priceDifferencePaidAt = now;
        t.priceDifferencePayment = payment;
        store.save(t);
        store.insertEvent(t.id, now, actor.username(), "price-difference-paid", t.status, t.status,
                "¥" + amount + " " + payment);
        audit.record("aftersales.price-difference-paid", "ticket", ticketNo, null,
                Map.of("amount", amount.amount(), "paymentId", payment));
        return view(t);
    }

    private static RuleViolationException paymentIdReused(String paymentId, String zhOwner, String enOwner) {
        return new RuleViolationException("payment-id-reused", Text.of(
                "支付单号 " + paymentId + " 已用于" + zhOwner, "Payment " + paymentId + " belongs to " + enOwner));
    }

    @Override
    @Transactional
    public TicketView rate(String ticketNo, int score, @Nullable String comment) {
        Ticket t = store.load(ticketNo);
        if (t.status != TicketStatus.CLOSED) {
            throw new RuleViolationException("ticket-not-closed", Text.of(
                    "工单关闭后才能评价", "A ticket can be rated once it is closed"));
        }
        if (t.satisfactionScore != null) {
            throw new RuleViolationException("already-rated", Text.of(
                    "该工单已评价过", "This ticket was already rated"));
        }
        if (score < 1 || score > 5) {
            throw invalid("score", "满意度为 1–5 分", "The score is 1 to 5");
        }
        Instant now = clock.instant();
        t.satisfactionScore = score;
        t.satisfactionComment = text(comment, "comment");
        t.ratedAt = now;
        store.save(t);
        store.insertEvent(t.id, now, actor.username(), "rated", t.status, t.status, score + "/5");
        audit.record("aftersales.rated", "ticket", ticketNo, null, Map.of("score", score));
        return view(t);
    }

    // ---- desk actions

    @Override
    @Transactional
    public TicketView approve(String ticketNo, @Nullable Long expectedVersion) {
        return act(ticketNo, expectedVersion, TicketAction.APPROVE, true, null, t -> {
            if (t.decision != Outcome.ALLOWED) {
                throw new RuleViolationException("needs-supervisor", Text.of(
                        "该申请不在规则内,须主管特批", "This request is outside the rules: a supervisor must approve it"));
            }
            approved(t);
        });
    }

    @Override
    @Transactional
    public TicketView approveException(String ticketNo, @Nullable Long expectedVersion) {
        return act(ticketNo, expectedVersion, TicketAction.APPROVE_EXCEPTION, true, null, t -> {
            if (t.decision != Outcome.NEEDS_APPROVAL) {
                throw new RuleViolationException("no-exception-needed", Text.of(
                        "该申请无需特批(审核结果:" + t.decision.label().zh() + ")",
                        "This request needs no exception (decision: " + t.decision.label().en() + ")"));
            }
            boolean styleChange = store.checks(t.id).stream()
                    .anyMatch(c -> c.rule().equals(PolicyRule.STYLE_CHANGE.name()) && Boolean.FALSE.equals(c.passed()));
            if (styleChange) {
                if (store.styleExceptionGranted(t.memberId)) {
                    throw new RuleViolationException("exception-already-granted", Text.of(
                            "该会员已获批过一次换款特例(下不为例)", "This member already had a style-change exception"));
                }
                t.exceptionGranted = true;
                members.addNote(t.memberNickname, "换款特例已批准(工单 " + t.ticketNo + "),下不为例");
            }
            approved(t);
        });
    }

    /** Approval's consequences: an exchange reserves the replacement (留货) and notes it on the order. */
    private void approved(Ticket t) {
        t.approvedAt = clock.instant();
        if (t.kind != TicketKind.EXCHANGE) {
            return;
        }
        var lines = store.lines(t.id);
        products.reserve(lines.stream().map(l -> new StockLine(Objects.requireNonNull(l.wantedSku()), l.quantity())).toList());
        t.reserved = true;
        for (TicketStore.LineRow l : lines) {
            orders.addNote(t.orderNo, exchangeNote(l.sku(), Objects.requireNonNull(l.wantedSku())), true);
        }
    }

    /** "S退回换M码,退回商品未收到": the sizes when only the size differs, the attributes otherwise. */
    private String exchangeNote(String fromSku, String toSku) {
        var from = products.find(fromSku);
        var to = products.find(toSku);
        String fromSize = from.map(p -> size(p.attributes())).orElse(null);
        String toSize = to.map(p -> size(p.attributes())).orElse(null);
        String text;
        if (fromSize != null && toSize != null) {
            text = fromSize + "退回换" + toSize + "码";
        } else {
            text = from.map(ProductView::attributesText).filter(s -> !s.isBlank()).orElse(fromSku) + "退回换"
                    + to.map(ProductView::attributesText).filter(s -> !s.isBlank()).orElse(toSku);
        }
        return text + ",退回商品未收到";
    }

    private static @Nullable String size(Map<String, String> attributes) {
        for (var e : attributes.entrySet()) {
            String k = e.getKey().toLowerCase(java.util.Locale.ROOT);
            if (k.equals("size") || k.equals("尺码")) {
                return e.getValue();
            }
        }
        return null;
    }

    @Override
    @Transactional
    public TicketView reject(String ticketNo, String reason, @Nullable Long expectedVersion) {
        String why = required(reason, "reason");
        return act(ticketNo, expectedVersion, TicketAction.REJECT, true, why, t -> t.rejectReason = why);
    }

    @Override
    @Transactional
    public TicketView escalate(String ticketNo, @Nullable String note, @Nullable Long expectedVersion) {
        String why = text(note, "note");
        return act(ticketNo, expectedVersion, TicketAction.ESCALATE, true, why, t -> {
            if (t.escalated) {
                throw new RuleViolationException("already-escalated", Text.of("工单已升级至主管", "The ticket is already escalated"));
            }
            t.escalated = true;
            t.escalatedAt = clock.instant();
        });
    }

    @Override
    @Transactional
    public TicketView giveReturnAddress(String ticketNo, @Nullable String address, @Nullable Long expectedVersion) {
        String to = address == null || address.isBlank() ? settings.returnAddress() : Objects.requireNonNull(text(address, "address"));
        return act(ticketNo, expectedVersion, TicketAction.RETURN_ADDRESS, true, to, t -> {
            if (t.priceDifference.isPositive() && t.priceDifferencePaidAt == null) {
                throw new RuleViolationException("price-difference-unpaid", Text.of(
                        "买家须先补差价 ¥" + t.priceDifference + " 才能提供退货地址",
                        "The buyer must pay the price difference of ¥" + t.priceDifference + " before the return address is given"));
            }
            t.returnAddress = to;
        });
    }

    @Override
    @Transactional
    public TicketView receive(String ticketNo, boolean resalable, @Nullable Long expectedVersion) {
        return act(ticketNo, expectedVersion, TicketAction.RECEIVE, true, resalable ? "resalable" : "not resalable", t -> {
            t.receivedAt = clock.instant();
            t.resalable = resalable;
            var checks = new ArrayList<TicketView.Check>();
            boolean dependsOnIt = false;
            PolicyCheck inspected = AfterSalesPolicy.inspection(resalable);
            for (TicketView.Check c : store.checks(t.id)) {
                if (c.rule().equals(PolicyRule.RESALABLE.name())) {
                    dependsOnIt = true;
                    checks.add(new TicketView.Check(c.sku(), c.rule(), c.ruleName(), inspected.passed(), inspected.detail()));
                } else {
                    checks.add(c);
                }
            }
            store.replaceChecks(t.id, checks);
            if (dependsOnIt && !resalable) {
                t.decision = Outcome.REJECTED;
            }
            if (resalable && t.kind != TicketKind.REPAIR) {
                products.restock(store.lines(t.id).stream().map(l -> new StockLine(l.sku(), l.quantity())).toList());
            }
        });
    }

    @Override
    @Transactional
    public TicketView refund(String ticketNo, Money amount, @Nullable Long expectedVersion) {
        if (!amount.isPositive()) {
            throw invalid("amount", "退款金额须大于 0", "The refund amount must be above zero");
        }
        return act(ticketNo, expectedVersion, TicketAction.REFUND, true, "¥" + amount, t -> {
            requireNotRejected(t);
            if (amount.isGreaterThan(t.maxRefund.minus(t.refundedAmount))) {
                throw new RuleViolationException("refund-above-cap", Text.of(
                        "退款 ¥" + amount + " 超过本工单可退金额 ¥" + t.maxRefund.minus(t.refundedAmount),
                        "A refund of ¥" + amount + " exceeds what this ticket may refund, ¥"
                                + t.maxRefund.minus(t.refundedAmount)));
            }
            Money goods = allocate(t, amount);
            orders.refund(t.orderNo, amount, goods, "售后退款 " + t.ticketNo, t.ticketNo);
            t.refundedAmount = t.refundedAmount.plus(amount);
        });
    }

    /** Spreads a refund over the ticket's lines up to each line's cap; returns the list-price goods amount refunded. */
    private Money allocate(Ticket t, Money amount) {
        Money left = amount;
        Money goods = Money.ZERO;
        for (TicketStore.LineRow l : store.lines(t.id)) {
            Money room = l.maxRefund().minus(l.refunded());
            if (!left.isPositive() || !room.isPositive()) {
                continue;
            }
            Money part = left.min(room);
            store.addRefunded(t.id, l.lineNo(), part);
            goods = goods.plus(part.equals(room) && l.refunded().isZero() ? l.listAmount()
                    : Money.of(l.listAmount().amount().multiply(part.amount())
                            .divide(l.maxRefund().amount(), 2, RoundingMode.HALF_UP)).min(l.listAmount()));
            left = left.minus(part);
        }
        return goods;
    }

    @Override
    @Transactional
    public TicketView reship(String ticketNo, @Nullable String waybill, @Nullable Long expectedVersion) {
        String no = text(waybill, "waybill");
        return act(ticketNo, expectedVersion, TicketAction.RESHIP, true, no, t -> {
            requireNotRejected(t);
            if (t.priceDifference.isPositive() && t.priceDifferencePaidAt == null) {
                throw new RuleViolationException("price-difference-unpaid", Text.of(
                        "买家须先补差价 ¥" + t.priceDifference + " 才能补发换货商品",
                        "The buyer must pay the price difference of ¥" + t.priceDifference
                                + " before the replacement is shipped"));
            }
            products.ship(store.lines(t.id).stream()
                    .map(l -> new StockLine(Objects.requireNonNull(l.wantedSku()), l.quantity())).toList());
            t.reserved = false;
            t.reshipWaybill = no;
            t.reshippedAt = clock.instant();
        });
    }

    @Override
    @Transactional
    public TicketView repair(String ticketNo, @Nullable String note, @Nullable Long expectedVersion) {
        String what = text(note, "note");
        return act(ticketNo, expectedVersion, TicketAction.REPAIR, true, what, t -> {
            requireNotRejected(t);
            t.reshippedAt = clock.instant();
        });
    }

    private static void requireNotRejected(Ticket t) {
        if (t.decision == Outcome.REJECTED) {
            throw new RuleViolationException("inspection-failed", Text.of(
                    "验货未通过(影响二次销售),不能继续处理,请关闭工单并退回商品",
                    "The inspection failed (not resalable): close the ticket and send the goods back"));
        }
    }

    @Override
    @Transactional
    public TicketView recordStep(String ticketNo, HandlingStep step, @Nullable String note, @Nullable ReviewOutcome outcome,
            @Nullable String evidence, @Nullable Long expectedVersion) {
        String text = text(note, "note");
        String proof = text(evidence, "evidence");
        return act(ticketNo, expectedVersion, TicketAction.RECORD_STEP, true, step.name(), t -> {
            List<HandlingStep> steps = HandlingStep.of(t.kind);
            if (!steps.contains(step)) {
                throw new RuleViolationException("step-not-for-kind", Text.of(
                        "「" + step.label().zh() + "」不是" + t.kind.label().zh() + "工单的处理步骤",
                        "“" + step.label().en() + "” is not a step of a " + t.kind.label().en() + " ticket"));
            }
            var done = store.steps(t.id).stream().map(TicketView.Step::step).toList();
            var missing = steps.subList(0, steps.indexOf(step)).stream().filter(s -> !done.contains(s)).toList();
            if (!missing.isEmpty()) {
                throw new RuleViolationException("step-out-of-order", Text.of(
                        "请先完成「" + missing.getFirst().label().zh() + "」", "First record “" + missing.getFirst().label().en() + "”"));
            }
            if (step == HandlingStep.OUTCOME) {
                if (outcome == null) {
                    throw invalid("outcome", "请选择处理结果", "Choose the outcome");
                }
                if (outcome == ReviewOutcome.REVIEW_CHANGED && proof == null) {
                    throw invalid("evidence", "评价已修改须留下确认修改证据", "A changed review needs the evidence kept");
                }
                t.reviewOutcome = outcome;
                t.reviewEvidence = proof;
            }
            if (!store.insertStep(t.id, step, text, proof, clock.instant(), actor.username())) {
                throw new RuleViolationException("step-recorded", Text.of(
                        "「" + step.label().zh() + "」已记录", "“" + step.label().en() + "” is already recorded"));
            }
        });
    }

    @Override
    @Transactional
    public TicketView resolve(String ticketNo, @Nullable String note, @Nullable Long expectedVersion) {
        String what = text(note, "note");
        return act(ticketNo, expectedVersion, TicketAction.RESOLVE, true, what, t -> {
            var done = store.steps(t.id).stream().map(TicketView.Step::step).toList();
            var missing = HandlingStep.of(t.kind).stream().filter(s -> !done.contains(s)).toList();
            if (!missing.isEmpty()) {
                throw new RuleViolationException("steps-missing", Text.of(
                        "尚未完成:" + String.join("、", missing.stream().map(s -> s.label().zh()).toList()),
                        "Still to record: " + String.join(", ", missing.stream().map(s -> s.label().en()).toList())));
            }
        });
    }

    @Override
    @Transactional
    public TicketView close(String ticketNo, @Nullable Long expectedVersion) {
        return act(ticketNo, expectedVersion, TicketAction.CLOSE, true, null, t -> {
            if (t.status == TicketStatus.RECEIVED && t.decision != Outcome.REJECTED) {
                throw new RuleViolationException("ticket-not-finished", Text.of(
                        "退回商品已收到,请先完成退款、补发或维修", "The goods are back: refund, reship or repair first"));
            }
            if (t.reserved) {
                products.release(store.lines(t.id).stream()
                        .map(l -> new StockLine(Objects.requireNonNull(l.wantedSku()), l.quantity())).toList());
                t.reserved = false;
            }
            // an exchange closed on failed inspection was not made: the price difference paid for it is the buyer's
            if (t.kind == TicketKind.EXCHANGE && t.status == TicketStatus.RECEIVED && t.priceDifferencePaidAt != null) {
                Instant now = clock.instant();
                store.priceDifferenceDue(t, now);
                store.insertEvent(t.id, now, actor.username(), "price-difference-to-refund", t.status, t.status,
                        "¥" + t.priceDifference + " " + t.priceDifferencePayment);
                audit.record("aftersales.price-difference-to-refund", "ticket", t.ticketNo, null,
                        Map.of("amount", t.priceDifference.amount(), "paymentId", t.priceDifferencePayment));
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<PriceDifferencePayment> priceDifferencesToRefund(int limit) {
        return store.priceDifferencesToRefund(limit);
    }

    @Override
    @Transactional
    public Optional<PriceDifferencePayment> markPriceDifferenceRefunded(String paymentId, String reference) {
        String ref = required(reference, "reference");
        Optional<PriceDifferencePayment> found = store.priceDifferencePaidWith(paymentId.strip());
        if (found.isEmpty()) {
            return found;
        }
        PriceDifferencePayment paid = found.get();
        if (paid.dueAt() == null) {
            throw new RuleViolationException("price-difference-kept", Text.of(
                    "付款 " + paid.paymentId() + " 是工单 " + paid.ticketNo() + " 换货的差价,换货未取消,不退",
                    "Payment " + paid.paymentId() + " pays the exchange of ticket " + paid.ticketNo()
                            + ", which was not called off: it is kept"));
        }
        Instant now = clock.instant();
        if (!store.markPriceDifferenceRefunded(paid.paymentId(), now, ref, actor.username())) {
            throw new RuleViolationException("payment-already-refunded", Text.of(
                    "付款 " + paid.paymentId() + " 已于 " + paid.refundedAt() + " 退还",
                    "Payment " + paid.paymentId() + " was given back at " + paid.refundedAt()));
        }
        audit.record("aftersales.price-difference-refunded", "ticket", paid.ticketNo(), null, Map.of(
                "paymentId", paid.paymentId(), "amount", paid.amount().amount(), "reference", ref));
        return Optional.of(new PriceDifferencePayment(paid.paymentId(), paid.ticketNo(), paid.orderNo(), paid.amount(),
                paid.paidAt(), paid.dueAt(), now));
    }

    @Override
    @Transactional
    public TicketView reassign(String ticketNo, String assignee, @Nullable Long expectedVersion) {
        String to = required(assignee, "assignee");
        return act(ticketNo, expectedVersion, TicketAction.REASSIGN, false, to, t -> t.assignee = to);
    }

    @Override
    @Transactional
    public int flagBreaches() {
        Instant now = clock.instant();
        List<Long> ids = store.flagBreaches(now);
        store.insertBreachEvents(ids, now);
        if (!ids.isEmpty()) {
            audit.record("aftersales.sla-breaches-flagged", "job", SlaBreachJob.NAME, null,
                    Map.of("tickets", ids.size(), "ticketIds", ids.subList(0, Math.min(100, ids.size()))));
        }
        return ids.size();
    }

    /**
     * One lifecycle step: checks the version and the move, applies the change, answers the SLA's first
     * response, takes the ticket for the acting agent if nobody has it, records the event and the audit
     * entry, and tells the order when the ticket stops being open.
     */
    private TicketView act(String ticketNo, @Nullable Long expectedVersion, TicketAction action, boolean byAgent,
            @Nullable String detail, Consumer<Ticket> change) {
        Ticket t = store.load(ticketNo);
        if (expectedVersion != null && expectedVersion != t.version) {
            throw new OptimisticLockingFailureException("Ticket " + ticketNo + " was changed by someone else");
        }
        TicketStatus from = t.status;
        TicketStatus to = Lifecycle.next(t.kind, from, action, t.reason == Reason.LOST);
        Map<String, Object> before = snapshot(t);
        change.accept(t);
        t.status = to;
        Instant now = clock.instant();
        String who = actor.username();
        if (byAgent && !who.startsWith("storefront") && !who.equals(CurrentActor.SYSTEM)) {
            if (t.firstResponseAt == null) {
                t.firstResponseAt = now;
            }
            if (t.assignee == null) {
                t.assignee = who;
            }
        }
        if (to.isResolved() && t.resolvedAt == null) {
            t.resolvedAt = now;
        }
        if (to == TicketStatus.CLOSED) {
            t.closedAt = now;
        }
        store.save(t);
        store.insertEvent(t.id, now, who, action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), from, to, detail);
        audit.record("aftersales." + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), "ticket",
                ticketNo, before, snapshot(t));
        if (from.isOpen() && !to.isOpen()) {
            orders.afterSalesClosed(t.orderNo);
        }
        return view(t);
    }

    private static Map<String, Object> snapshot(Ticket t) {
        var m = new LinkedHashMap<String, Object>();
        m.put("status", t.status.name());
        m.put("decision", t.decision.name());
        m.put("assignee", t.assignee == null ? "" : t.assignee);
        m.put("refunded", t.refundedAmount.amount());
        m.put("escalated", t.escalated);
        m.put("version", t.version);
        return m;
    }

    private static @Nullable String text(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw invalid(field, "内容不能超过 " + MAX_TEXT + " 字", "At most " + MAX_TEXT + " characters");
        }
        return v;
    }

    private static String required(@Nullable String value, String field) {
        String v = text(value, field);
        if (v == null) {
            throw invalid(field, "请填写 " + field, field + " is required");
        }
        return v;
    }

    private static InvalidInputException invalid(String field, String zh, String en) {
        return new InvalidInputException("invalid-after-sales-request", field, Text.of(zh, en));
    }
}
