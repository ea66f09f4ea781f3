package com.csdesk.orders.internal;

import com.csdesk.audit.AuditTrail;
import com.csdesk.members.MemberManagement;
import com.csdesk.members.MemberSpend;
import com.csdesk.orders.Flag;
import com.csdesk.orders.OrderDesk;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.PaymentOutcome;
import com.csdesk.orders.Receiver;
import com.csdesk.orders.pricing.AccumulationCandidate;
import com.csdesk.orders.pricing.Carrier;
import com.csdesk.orders.pricing.FreeShippingRule;
import com.csdesk.orders.pricing.PriceQuote;
import com.csdesk.orders.pricing.PricingEngine;
import com.csdesk.orders.pricing.PricingLine;
import com.csdesk.orders.pricing.PricingRequest;
import com.csdesk.orders.pricing.ShipTogether;
import com.csdesk.products.ProductKind;
import com.csdesk.products.ProductManagement;
import com.csdesk.products.StockLine;
import com.csdesk.settings.Settings;
import com.csdesk.shared.CurrentActor;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.NotFoundException;
import com.csdesk.shared.Province;
import com.csdesk.shared.RuleViolationException;
import com.csdesk.shared.SearchPage;
import com.csdesk.shared.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agents' order actions. Each locks the order row, refuses a change made from an older read,
 * lets the order check its own rule, and writes the audit entry in the same transaction.
 */
@Service
class OrderDeskService implements OrderDesk {

    static final int MAX_TEXT = 200;
    private static final Pattern TAX_ID = Pattern.compile("[0-9A-Z]{15,20}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

    private final OrderRepository orders;
    private final OrderService orderService;
    private final OrderQueries queries;
    private final OrderDeskQueries desk;
    private final RateTables rates;
    private final MemberManagement members;
    private final ProductManagement products;
    private final Settings settings;
    private final CurrentActor actor;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    OrderDeskService(OrderRepository orders, OrderService orderService, OrderQueries queries, OrderDeskQueries desk,
            RateTables rates, MemberManagement members, ProductManagement products, Settings settings,
            CurrentActor actor, AuditTrail audit, TransactionTemplate tx, Clock clock) {
        this.orders = orders;
        this.orderService = orderService;
        this.queries = queries;
        this.desk = desk;
        this.rates = rates;
        this.members = members;
        this.products = products;
        this.settings = settings;
        this.actor = actor;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public SearchPage<OrderRow> search(Criteria criteria, int page, int size) {
        return desk.search(criteria, page, size);
    }

    @Override
    public List<OrderRow> recentOf(String nickname, int limit) {
        return desk.recentOf(nickname, limit);
    }

    @Override
    public DeskOrder detail(String orderNo) {
        return Objects.requireNonNull(tx.execute(s -> new DeskOrder(queries.view(orderNo), desk.tasksOf(orderNo),
                desk.closeConsent(orderNo))));
    }

    @Override
    public OrderView cancelLines(String orderNo, List<Integer> lineNos, String reason, @Nullable Long version) {
        String why = required(reason, "reason", "取消原因", "A reason");
        if (lineNos.isEmpty()) {
            throw new InvalidInputException("no-lines", "lineNos", Text.of("请选择要取消的商品", "Choose the lines to cancel"));
        }
        return act(orderNo, version, order -> {
            Money before = order.payable();
            List<OrderLineEntity> cancelled = order.cancelLines(lineNos, why);
            products.release(cancelled.stream().filter(l -> ProductKind.IN_STOCK.name().equals(l.kind()))
                    .map(l -> new StockLine(l.sku(), l.quantity())).toList());
            reprice(order, order.receiver());
            audit.record("order.lines-cancelled", "order", orderNo, Map.of("payable", before),
                    Map.of("lines", cancelled.stream().map(l -> l.lineNo() + " " + l.sku() + " ×" + l.quantity()).toList(),
                            "reason", why, "payable", order.payable()));
        });
    }

    @Override
    public OrderView applyMemberPrice(String orderNo, String reason, @Nullable Long version) {
        String why = required(reason, "reason", "改价原因", "A reason");
        return act(orderNo, version, order -> {
            Map<String, Object> before = money(order);
            reprice(order, order.receiver());
            audit.record("order.member-price-applied", "order", orderNo, before, with(money(order), "reason", why));
        });
    }

    @Override
    public OrderView changeAttributes(String orderNo, int lineNo, String attributes, @Nullable Integer quantity,
            String note, @Nullable Long version) {
        String newAttributes = required(attributes, "attributes", "新属性", "The new attributes");
        String noteText = required(note, "note", "备注", "A note");
        return act(orderNo, version, order -> {
            OrderLineEntity line = order.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst().orElse(null);
            String oldAttributes = line == null ? "" : line.attributes();
            int count = quantity == null ? (line == null ? 1 : line.quantity()) : quantity;
            OrderLineEntity changed = order.changeAttributes(lineNo, newAttributes, count);
            Instant now = clock.instant();
            queries.insertNote(order.id(), noteText, actor.username(), now, false);
            orders.saveAndFlush(order);
            desk.insertTask(order.id(), WarehouseTask.Kind.ATTRIBUTES, changed.lineNo(), changed.sku(), count,
                    oldAttributes, newAttributes, noteText, now, actor.username());
            audit.record("order.attributes-changed", "order", orderNo,
                    Map.of("line", lineNo, "sku", changed.sku(), "attributes", oldAttributes),
                    Map.of("line", changed.lineNo(), "sku", changed.sku(), "attributes", newAttributes,
                            "quantity", count, "note", noteText));
        });
    }

    @Override
    public OrderView changeAddress(String orderNo, Receiver address, String reason, @Nullable Long version) {
        String why = required(reason, "reason", "修改原因", "A reason");
        Province province = Province.parse(address.province());
        Receiver to = new Receiver(required(address.name(), "name", "收货人", "The receiver"),
                phone(address.phone()), province.shortName(), OrderService.blankToNull(address.city()),
                OrderService.blankToNull(address.district()), required(address.detail(), "detail", "详细地址", "The street address"));
        return act(orderNo, version, order -> {
            Receiver from = order.receiver();
            if (order.status() == OrderStatus.PAID) {
                requireSamePrice(order, from, to, province);
            }
            order.changeAddress(to, province.region().name());
            if (order.status() == OrderStatus.WAITING_PAYMENT) {
                reprice(order, to);
            } else {
                // the warehouse must send it elsewhere: flagged, and told
                order.flag(Flag.RED);
                orders.saveAndFlush(order);
                desk.insertTask(order.id(), WarehouseTask.Kind.ADDRESS, null, null, null, describe(from), describe(to),
                        why, clock.instant(), actor.username());
            }
            audit.record("order.address-changed", "order", orderNo, Map.of("address", describe(from)),
                    with(Map.of("address", describe(to), "payable", order.payable()), "reason", why));
        });
    }

    /**
     * A paid order's price cannot change, so its new address must not change the shipping: same
     * region (same rates and thresholds), and not where free shipping was bound to the old address.
     */
    private static void requireSamePrice(OrderEntity order, Receiver from, Receiver to, Province province) {
        Province old = Province.parse(from.province());
        if (old.region() != province.region()) {
            throw new RuleViolationException("address-changes-price", Text.of(
                    "订单已付款:新地址(" + province.shortName() + ")与原地址(" + old.shortName()
                            + ")运费区域不同,运费会变化,不能直接修改;请与买家协商退款后重新下单",
                    "The order is paid: the new address (" + province.englishName() + ") is in another shipping region than "
                            + old.englishName() + ", which changes the shipping fee; refund and re-order instead"));
        }
        String rule = order.shippingRule();
        boolean boundToAddress = FreeShippingRule.LIFETIME.name().equals(rule)
                || FreeShippingRule.FREE_ACCUMULATED.name().equals(rule) || order.shipTogetherWith() != null;
        if (boundToAddress && !from.isAt(to.oneLine())) {
            throw new RuleViolationException("address-bound-shipping", Text.of(
                    "该订单的包邮(终身包邮或3天内累计合并发货)绑定原收货地址,付款后不能改到其他地址",
                    "This order's free shipping (lifetime, or the 3-day accumulation shipping together) is bound to "
                            + "its address; after payment it cannot go elsewhere"));
        }
    }

    @Override
    public OrderView setFlag(String orderNo, Flag flag, @Nullable Long version) {
        return act(orderNo, version, order -> {
            Flag before = order.flag();
            order.flag(flag);
            audit.record("order.flag-set", "order", orderNo, Map.of("flag", before), Map.of("flag", flag));
        });
    }

    @Override
    public OrderView closeWithConsent(String orderNo, String consent, String reason, @Nullable Long version) {
        String how = required(consent, "consent", "买家同意记录", "How the customer agreed");
        String why = required(reason, "reason", "关闭原因", "A reason");
        return act(orderNo, version, order -> {
            OrderStatus before = order.status();
            orderService.closeUnpaid(order, "agent closed with the customer's consent: " + why);
            desk.recordCloseConsent(order.id(), how);
            audit.record("order.closed-with-consent", "order", orderNo, Map.of("status", before),
                    Map.of("status", order.status(), "consent", how, "reason", why));
        });
    }

    @Override
    public OrderView requestInvoice(String orderNo, String title, @Nullable String taxId, @Nullable Long version) {
        String invoiceTitle = required(title, "title", "发票抬头", "The invoice title");
        String tax = OrderService.blankToNull(taxId);
        if (tax != null) {
            tax = tax.toUpperCase(java.util.Locale.ROOT);
            if (!TAX_ID.matcher(tax).matches()) {
                throw new InvalidInputException("invalid-tax-id", "taxId", Text.of(
                        "税号应为 15–20 位数字或大写字母:" + taxId, "A tax id has 15 to 20 digits or capital letters: " + taxId));
            }
        }
        String taxNo = tax;
        return act(orderNo, version, order -> {
            if (!List.of(OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.COMPLETED).contains(order.status())) {
                throw new RuleViolationException("invoice-needs-payment", Text.of(
                        "订单 " + orderNo + " 当前状态为" + order.status().label().zh() + ",只有已付款的订单可以申请发票",
                        "Order " + orderNo + " is " + order.status() + "; an invoice is requested for a paid order only"));
            }
            if (!order.keptAmount().isPositive()) {
                throw new RuleViolationException("invoice-nothing-kept", Text.of(
                        "订单 " + orderNo + " 的付款已全部退还,无可开票金额",
                        "Everything paid for order " + orderNo + " was refunded; there is nothing to invoice"));
            }
            desk.invoiceRequestedAt(order.id()).ifPresent(at -> {
                throw new RuleViolationException("invoice-already-requested", Text.of(
                        "订单 " + orderNo + " 已申请过发票", "An invoice was already requested for order " + orderNo));
            });
            desk.recordInvoice(order.id(), invoiceTitle, taxNo, clock.instant());
            audit.record("order.invoice-requested", "order", orderNo, null,
                    taxNo == null ? Map.of("title", invoiceTitle) : Map.of("title", invoiceTitle, "taxId", taxNo));
        });
    }

    @Override
    public SearchPage<OrderRow> toUrge(int page, int size) {
        return desk.toUrge(urgeableBefore(), page, size);
    }

    @Override
    public OrderView urge(String orderNo) {
        return act(orderNo, null, order -> {
            if (order.status() != OrderStatus.WAITING_PAYMENT) {
                throw new RuleViolationException("urge-not-unpaid", Text.of(
                        "订单 " + orderNo + " 当前状态为" + order.status().label().zh() + ",只催付待付款的订单",
                        "Order " + orderNo + " is " + order.status() + "; only unpaid orders are urged"));
            }
            if (order.createdAt().isAfter(urgeableBefore())) {
                int minutes = settings.get(OrderDeskSettings.URGE_AFTER_MINUTES);
                throw new RuleViolationException("urge-too-early", Text.of(
                        "订单下单未满 " + minutes + " 分钟,请稍后再催付",
                        "The order is less than " + minutes + " minutes old; urge it later"));
            }
            Instant now = clock.instant();
            if (!desk.markUrged(order.id(), now, actor.username())) {
                OrderDeskQueries.Urged urged = desk.urged(order.id()).orElseThrow();
                throw new RuleViolationException("already-urged", Text.of(
                        "订单 " + orderNo + " 已由 " + urged.by() + " 催付过,每个订单只催付一次(多次催付违反平台规则)",
                        "Order " + orderNo + " was already urged by " + urged.by()
                                + "; each order is urged once only (more is harassment under the platform rules)"));
            }
            audit.record("order.urged", "order", orderNo, null, Map.of("urgedAt", now.toString()));
        });
    }

    @Override
    public List<WarehouseTask> warehouseTasks(boolean openOnly, int limit) {
        return desk.tasks(openOnly, limit);
    }

    @Override
    public WarehouseTask confirmTask(long taskId) {
        return Objects.requireNonNull(tx.execute(s -> {
            WarehouseTask task = desk.task(taskId)
                    .orElseThrow(() -> new NotFoundException("Warehouse task", "仓库任务", String.valueOf(taskId)));
            if (!desk.confirmTask(taskId, clock.instant(), actor.username())) {
                throw new RuleViolationException("task-confirmed", Text.of(
                        "该仓库任务已由 " + task.confirmedBy() + " 确认", "The task was already confirmed by " + task.confirmedBy()));
            }
            WarehouseTask done = desk.task(taskId).orElseThrow();
            audit.record("order.warehouse-task-confirmed", "order", task.orderNo(), Map.of("task", taskId),
                    Map.of("task", taskId, "kind", task.kind(), "confirmedBy", actor.username()));
            return done;
        }));
    }

    @Override
    public List<PaymentToRefund> paymentsToRefund(int limit) {
        return desk.paymentsToRefund(limit);
    }

    @Override
    public PaymentToRefund markPaymentRefunded(String paymentId, String reference) {
        String ref = required(reference, "reference", "退款凭证号", "The refund's reference");
        return Objects.requireNonNull(tx.execute(s -> {
            PaymentToRefund payment = desk.payment(paymentId.strip())
                    .orElseThrow(() -> new NotFoundException("Payment", "付款", paymentId));
            if (payment.outcome() == PaymentOutcome.ACCEPTED) {
                throw new RuleViolationException("payment-kept", Text.of(
                        "付款 " + paymentId + " 是订单的有效付款,退款请走售后", "Payment " + paymentId
                                + " paid its order; refunds of an order go through after-sales"));
            }
            if (!desk.markRefunded(payment.paymentId(), clock.instant())) {
                throw new RuleViolationException("payment-already-refunded", Text.of(
                        "付款 " + paymentId + " 已于 " + payment.refundedAt() + " 退还", "Payment " + paymentId
                                + " was given back at " + payment.refundedAt()));
            }
            audit.record("order.payment-refunded", "order", payment.orderNo(), null, Map.of("paymentId",
                    payment.paymentId(), "amount", payment.amount().amount(), "reference", ref));
            return desk.payment(payment.paymentId()).orElseThrow();
        }));
    }

    /** Runs one action on the locked order and answers with the order as it now is. */
    private OrderView act(String orderNo, @Nullable Long version, Consumer<OrderEntity> change) {
        return Objects.requireNonNull(tx.execute(s -> {
            OrderEntity order = orders.lockByOrderNo(orderNo)
                    .orElseThrow(() -> new NotFoundException("Order", "订单", orderNo));
            order.requireVersion(version);
            change.accept(order);
            orders.saveAndFlush(order);
            // lines, notes and tasks change beside the order row: its version must still move
            desk.bumpVersion(order.id());
            return queries.view(orderNo);
        }));
    }

    /** Prices an unpaid order again with the member's current spend, its remaining lines and this address. */
    private void reprice(OrderEntity order, Receiver address) {
        MemberSpend member = members.spend(order.memberId());
        List<PricingLine> lines = order.lines().stream().filter(l -> !l.cancelled())
                .map(l -> new PricingLine(l.sku(), l.productName(), l.quantity(), Money.of(l.unitPrice()),
                        l.unitWeightKg(), l.specialPrice(), ProductKind.IN_STOCK.name().equals(l.kind())))
                .toList();
        String addressLine = address.oneLine();
        boolean lifetime = address.isAt(member.lifetimeFreeShippingAddress());
        List<AccumulationCandidate> accumulation = desk.accumulationCandidates(order.memberId(), order.id(),
                order.orderNo(), addressLine, order.createdAt().minus(OrderService.ACCUMULATION_WINDOW),
                order.createdAt());
        PriceQuote quote = PricingEngine.quote(new PricingRequest(member.cumulativeSpend(), lifetime,
                Province.parse(address.province()), Carrier.valueOf(order.carrier()), order.overseasForwarding(),
                order.inStockFirst(), lines, accumulation), rates.current());
        order.price(quote);
        desk.releaseShipTogether(order.orderNo());
        if (!quote.shipTogetherWith().isEmpty()) {
            queries.shipTogether(order.orderNo(),
                    quote.shipTogetherWith().stream().map(ShipTogether::orderNo).toList(),
                    quote.shipTogetherWith().stream().filter(t -> t.shippingDeducted().isPositive())
                            .map(ShipTogether::orderNo).toList());
        }
    }

    private Instant urgeableBefore() {
        return clock.instant().minus(Duration.ofMinutes(settings.get(OrderDeskSettings.URGE_AFTER_MINUTES)));
    }

    private static Map<String, Object> money(OrderEntity order) {
        PriceQuote q = Objects.requireNonNull(order.quote());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("goodsTotal", q.goodsTotal());
        m.put("memberDiscount", q.memberDiscount());
        m.put("shippingFee", q.shipping().fee());
        m.put("shippingDeduction", q.shippingDeduction());
        m.put("payable", q.payable());
        m.put("cumulativeSpendBefore", q.cumulativeSpendBefore());
        return m;
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(map);
        m.put(key, value);
        return m;
    }

    private static String describe(Receiver r) {
        return r.name() + " " + r.phone() + " " + r.oneLine();
    }

    private static String required(@Nullable String value, String field, String zh, String en) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > MAX_TEXT) {
            throw new InvalidInputException("missing-" + field, field, Text.of(
                    zh + "必填,最多 " + MAX_TEXT + " 个字", en + " is required, at most " + MAX_TEXT + " characters"));
        }
        return v;
    }

    private static String phone(@Nullable String phone) {
        String p = phone == null ? "" : phone.strip();
        if (!PHONE.matcher(p).matches()) {
            throw new InvalidInputException("invalid-phone", "phone", Text.of("手机号无效:" + p, "Invalid phone number: " + p));
        }
        return p;
    }
}
