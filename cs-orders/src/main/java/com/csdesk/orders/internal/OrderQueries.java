package com.csdesk.orders.internal;

import com.csdesk.members.Note;
import com.csdesk.orders.Flag;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.PaymentMethod;
import com.csdesk.orders.PaymentOutcome;
import com.csdesk.orders.Receiver;
import com.csdesk.orders.TrackingEventKind;
import com.csdesk.orders.pricing.AccumulationCandidate;
import com.csdesk.orders.pricing.PriceQuote;
import com.csdesk.shared.Money;
import com.csdesk.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads orders as the desk and storefront see them, and writes the records that hang off an
 * order (payments, shipments, tracking, notes, history, refunds) without loading the aggregate.
 */
@Repository
class OrderQueries {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    OrderQueries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * What placing an order starts with, in one round trip: the next order number, and the order
     * already placed under the idempotency key if any (a repeat then leaves a gap in the numbers).
     */
    PlaceStart startPlacing(String datePrefix, @Nullable String idempotencyKey) {
        return jdbc.sql("""
                select nextval('orders.order_no_seq'), o.order_no, o.request_hash
                from (select 1) one left join orders.sales_order o on o.idempotency_key = ?""")
                .param(idempotencyKey)
                .query((rs, n) -> new PlaceStart(datePrefix + String.format("%08d", rs.getLong(1)),
                        rs.getString(2) == null ? null : new Keyed(rs.getString(2), rs.getString(3))))
                .single();
    }

    /** The order placed under an idempotency key. */
    Optional<Keyed> placedUnder(String idempotencyKey) {
        return jdbc.sql("select order_no, request_hash from orders.sales_order where idempotency_key = ?")
                .param(idempotencyKey)
                .query((rs, n) -> new Keyed(rs.getString(1), rs.getString(2)))
                .optional();
    }

    record PlaceStart(String orderNo, @Nullable Keyed existing) {
    }

    /** An order placed under an idempotency key, and the fingerprint of the request that placed it. */
    record Keyed(String orderNo, @Nullable String requestHash) {
    }

    /**
     * Writes an order just placed (a new {@link OrderEntity}, priced and not yet saved) with its lines and its
     * first status change, in one statement: placing is the storefront's busiest write, and persisting it
     * through JPA cost a quarter of the desk's CPU per order. Columns the entity leaves at their starting
     * values take the table's defaults; later changes load the order through JPA as usual.
     */
    void insertPlaced(OrderEntity o, String actor) {
        Receiver r = o.receiver();
        List<OrderLineEntity> lines = o.lines();
        jdbc.sql("""
                with placed as (
                    insert into orders.sales_order (order_no, member_id, member_nickname, status, receiver, receiver_phone,
                        province, region, city, district, address_detail, carrier, overseas_forwarding, in_stock_first,
                        buyer_message, goods_total, member_discount, goods_payable, shipping_fee, shipping_deduction,
                        payable, shipping_rule, quote, ship_together_with, idempotency_key, request_hash, created_at)
                    values (?, ?, ?, 'WAITING_PAYMENT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb),
                        ?, ?, ?, ?)
                    returning id),
                lines as (
                    insert into orders.order_line (order_id, line_no, sku, product_name, attributes, kind, special_price,
                        unit_price, unit_weight_kg, quantity)
                    select placed.id, l.* from placed, unnest(cast(? as int[]), cast(? as text[]), cast(? as text[]),
                        cast(? as text[]), cast(? as text[]), cast(? as boolean[]), cast(? as numeric[]),
                        cast(? as numeric[]), cast(? as int[])) as l)
                insert into orders.status_change (order_id, from_status, to_status, at, actor, reason)
                select id, null, 'WAITING_PAYMENT', ?, ?, null from placed""")
                .params(o.orderNo(), o.memberId(), o.memberNickname(), r.name(), r.phone(), r.province(), o.region(),
                        r.city(), r.district(), r.detail(), o.carrier(), o.overseasForwarding(), o.inStockFirst(),
                        o.buyerMessage(), o.goodsTotal().amount(), o.memberDiscount(), o.goodsPayable(), o.shippingFee(),
                        o.shippingDeduction(), o.payable().amount(), o.shippingRule(), json.writeValueAsString(o.quote()),
                        o.shipTogetherWith(), o.idempotencyKey(), o.requestHash(), Timestamp.from(o.createdAt()),
                        lines.stream().map(OrderLineEntity::lineNo).toArray(Integer[]::new),
                        lines.stream().map(OrderLineEntity::sku).toArray(String[]::new),
                        lines.stream().map(OrderLineEntity::productName).toArray(String[]::new),
                        lines.stream().map(OrderLineEntity::attributes).toArray(String[]::new),
                        lines.stream().map(OrderLineEntity::kind).toArray(String[]::new),
                        lines.stream().map(OrderLineEntity::specialPrice).toArray(Boolean[]::new),
                        lines.stream().map(OrderLineEntity::unitPrice).toArray(BigDecimal[]::new),
                        lines.stream().map(OrderLineEntity::unitWeightKg).toArray(BigDecimal[]::new),
                        lines.stream().map(OrderLineEntity::quantity).toArray(Integer[]::new),
                        Timestamp.from(o.createdAt()), actor)
                .update();
    }

    /** The member's orders of the last 72 hours, unpaid or paid but unshipped, to the same address. */
    List<AccumulationCandidate> accumulationCandidates(long memberId, String addressLine, Instant since) {
        return jdbc.sql("""
                select order_no, goods_total,
                       case when status = 'PAID' and shipping_deducted_by is null then shipping_fee else 0 end
                from orders.sales_order
                where member_id = ? and created_at >= ? and status in ('WAITING_PAYMENT', 'PAID')
                  and concat(province, case when city is distinct from province then city end, district, address_detail) = ?
                order by created_at, id""")
                .params(memberId, Timestamp.from(since), addressLine)
                .query((rs, n) -> new AccumulationCandidate(rs.getString(1), Money.of(rs.getBigDecimal(2)),
                        Money.of(rs.getBigDecimal(3))))
                .list();
    }

    /** Marks earlier orders as shipping together with a new one, and whose shipping it deducted. */
    void shipTogether(String anchorOrderNo, List<String> orderNos, List<String> deducted) {
        jdbc.sql("update orders.sales_order set ship_together_with = ? where order_no = any(?)")
                .params(anchorOrderNo, orderNos.toArray(String[]::new)).update();
        jdbc.sql("update orders.sales_order set shipping_deducted_by = ? where order_no = any(?)")
                .params(anchorOrderNo, deducted.toArray(String[]::new)).update();
    }

    Optional<PaymentRow> payment(String paymentId) {
        return jdbc.sql("""
                select p.order_id, p.outcome, o.order_no, p.method, p.amount
                from orders.payment p join orders.sales_order o on o.id = p.order_id where p.payment_id = ?""")
                .param(paymentId)
                .query((rs, n) -> new PaymentRow(rs.getLong(1), PaymentOutcome.valueOf(rs.getString(2)), rs.getString(3),
                        PaymentMethod.valueOf(rs.getString(4)), Money.of(rs.getBigDecimal(5))))
                .optional();
    }

    record PaymentRow(long orderId, PaymentOutcome outcome, String orderNo, PaymentMethod method, Money amount) {
    }

    void insertPayment(long orderId, String paymentId, PaymentMethod method, Money amount, PaymentOutcome outcome,
            @Nullable String reason, Instant at) {
        jdbc.sql("""
                insert into orders.payment (order_id, payment_id, method, amount, outcome, reason, received_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (payment_id) do nothing""")
                .params(orderId, paymentId, method.name(), amount.amount(), outcome.name(), reason, Timestamp.from(at))
                .update();
    }

    void insertStatusChange(long orderId, @Nullable OrderStatus from, OrderStatus to, Instant at, String actor,
            @Nullable String reason) {
        jdbc.sql("insert into orders.status_change (order_id, from_status, to_status, at, actor, reason) values (?, ?, ?, ?, ?, ?)")
                .params(orderId, from == null ? null : from.name(), to.name(), Timestamp.from(at), actor, reason)
                .update();
    }

    /** An accepted payment and the status change it makes, in one statement. */
    void insertAcceptedPayment(long orderId, String paymentId, PaymentMethod method, Money amount, Instant at,
            OrderStatus from, OrderStatus to, String actor) {
        jdbc.sql("""
                with payment as (
                    insert into orders.payment (order_id, payment_id, method, amount, outcome, reason, received_at)
                    values (?, ?, ?, ?, ?, null, ?) on conflict (payment_id) do nothing)
                insert into orders.status_change (order_id, from_status, to_status, at, actor, reason)
                values (?, ?, ?, ?, ?, null)""")
                .params(orderId, paymentId, method.name(), amount.amount(), PaymentOutcome.ACCEPTED.name(),
                        Timestamp.from(at), orderId, from.name(), to.name(), Timestamp.from(at), actor)
                .update();
    }

    Optional<ShipmentRow> shipment(String waybillNo) {
        return jdbc.sql("""
                select s.id, s.order_id, o.order_no, o.member_id, s.carrier
                from orders.shipment s join orders.sales_order o on o.id = s.order_id where s.waybill_no = ?""")
                .param(waybillNo)
                .query((rs, n) -> new ShipmentRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5)))
                .optional();
    }

    record ShipmentRow(long id, long orderId, String orderNo, long memberId, String carrier) {
    }

    /** The quantities a shipment took, per SKU. */
    Map<String, Integer> shipmentQuantities(long shipmentId) {
        Map<String, Integer> quantities = new HashMap<>();
        jdbc.sql("""
                select l.sku, sum(sl.quantity) from orders.shipment_line sl join orders.order_line l on l.id = sl.order_line_id
                where sl.shipment_id = ? group by l.sku""")
                .param(shipmentId).query((rs, n) -> quantities.put(rs.getString(1), rs.getInt(2))).list();
        return quantities;
    }

    long insertShipment(long orderId, String carrier, String waybillNo, Instant at) {
        return jdbc.sql("insert into orders.shipment (order_id, carrier, waybill_no, shipped_at) values (?, ?, ?, ?) returning id")
                .params(orderId, carrier, waybillNo, Timestamp.from(at))
                .query(Long.class).single();
    }

    void insertShipmentLine(long shipmentId, long orderLineId, int quantity) {
        jdbc.sql("insert into orders.shipment_line (shipment_id, order_line_id, quantity) values (?, ?, ?)")
                .params(shipmentId, orderLineId, quantity).update();
    }

    /** Records a tracking event once (carriers resend); returns whether it was new. */
    boolean insertTrackingEvent(long shipmentId, TrackingEventKind kind, Instant at, @Nullable String location,
            @Nullable String description, Instant receivedAt) {
        int inserted = jdbc.sql("""
                insert into orders.tracking_event (shipment_id, kind, at, location, description, received_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(shipmentId, kind.name(), Timestamp.from(at), location, description, Timestamp.from(receivedAt))
                .update();
        if (inserted > 0 && kind == TrackingEventKind.DELIVERED) {
            jdbc.sql("update orders.shipment set delivered_at = least(coalesce(delivered_at, ?), ?) where id = ?")
                    .params(Timestamp.from(at), Timestamp.from(at), shipmentId).update();
        }
        return inserted > 0;
    }

    void insertNote(long orderId, String text, String author, Instant at, boolean reservedGoods) {
        jdbc.sql("insert into orders.order_note (order_id, text, author, at, reserved_goods) values (?, ?, ?, ?, ?)")
                .params(orderId, text, author, Timestamp.from(at), reservedGoods).update();
    }

    /** Reserved-goods notes (留货) no longer apply once the goods have shipped. */
    void clearReservedGoodsNotes(long orderId, Instant at) {
        jdbc.sql("update orders.order_note set cleared_at = ? where order_id = ? and reserved_goods and cleared_at is null")
                .params(Timestamp.from(at), orderId).update();
    }

    void insertRefund(long orderId, Money amount, Money goodsAmount, String reason, @Nullable String reference,
            Instant at, String actor) {
        jdbc.sql("insert into orders.refund (order_id, amount, goods_amount, reason, reference, at, actor) values (?, ?, ?, ?, ?, ?, ?)")
                .params(orderId, amount.amount(), goodsAmount.amount(), reason, reference, Timestamp.from(at), actor)
                .update();
    }

    OrderView view(String orderNo) {
        return find(orderNo).orElseThrow(() -> new NotFoundException("Order", "订单", orderNo));
    }

    /**
     * The order with everything hanging off it in one query and one round trip: the child records
     * come as JSON arrays of the view's own records (the storefront reads an order after every call).
     */
    Optional<OrderView> find(String orderNo) {
        return jdbc.sql(WHOLE + " where o.order_no = ?").param(orderNo).query(this::whole).optional();
    }

    private static final String UTC = " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";

    private static String instantJson(String column) {
        return "to_char(" + column + UTC;
    }

    /** The child records of an order as JSON arrays, after the head's columns. */
    private static final String CHILDREN = """
            , (select coalesce(json_agg(json_build_object('lineNo', l.line_no, 'sku', l.sku, 'productName', l.product_name,
                      'attributes', l.attributes, 'kind', l.kind, 'specialPrice', l.special_price, 'unitPrice', l.unit_price,
                      'quantity', l.quantity, 'shippedQuantity', l.shipped_quantity, 'cancelled', l.cancelled,
                      'cancelReason', l.cancel_reason) order by l.line_no), '[]')
               from orders.order_line l where l.order_id = o.id)::text
            , (select coalesce(json_agg(json_build_object('paymentId', p.payment_id, 'method', p.method, 'amount', p.amount,
                      'outcome', p.outcome, 'reason', p.reason, 'receivedAt', %s,
                      'refundedAt', %s) order by p.received_at, p.id), '[]')
               from orders.payment p where p.order_id = o.id)::text
            , (select coalesce(json_agg(json_build_object('carrier', s.carrier, 'waybillNo', s.waybill_no,
                      'shippedAt', %s, 'deliveredAt', %s,
                      'lines', (select coalesce(json_agg(json_build_object('sku', sl_line.sku, 'quantity', sl.quantity)
                                    order by sl_line.line_no), '[]')
                                from orders.shipment_line sl join orders.order_line sl_line on sl_line.id = sl.order_line_id
                                where sl.shipment_id = s.id),
                      'events', (select coalesce(json_agg(json_build_object('kind', e.kind, 'at', %s,
                                    'location', e.location, 'description', e.description) order by e.at, e.id), '[]')
                                 from orders.tracking_event e where e.shipment_id = s.id))
                      order by s.shipped_at, s.id), '[]')
               from orders.shipment s where s.order_id = o.id)::text
            , (select coalesce(json_agg(json_build_object('id', n.id, 'text', n.text, 'author', n.author, 'at', %s,
                      'reservedGoods', n.reserved_goods, 'clearedAt', %s) order by n.at desc, n.id desc), '[]')
               from orders.order_note n where n.order_id = o.id)::text
            , (select coalesce(json_agg(json_build_object('from', c.from_status, 'to', c.to_status, 'at', %s,
                      'actor', c.actor, 'reason', c.reason) order by c.at, c.id), '[]')
               from orders.status_change c where c.order_id = o.id)::text
            , (select coalesce(json_agg(json_build_object('amount', r.amount, 'goodsAmount', r.goods_amount,
                      'reason', r.reason, 'reference', r.reference, 'at', %s, 'actor', r.actor)
                      order by r.at, r.id), '[]')
               from orders.refund r where r.order_id = o.id)::text
            """.formatted(instantJson("p.received_at"), instantJson("p.refunded_at"), instantJson("s.shipped_at"),
            instantJson("s.delivered_at"), instantJson("e.at"), instantJson("n.at"), instantJson("n.cleared_at"),
            instantJson("c.at"), instantJson("r.at"));

    /** A note as stored; the view adds how agents read it. */
    private record NoteRow(long id, String text, String author, Instant at, boolean reservedGoods,
            @Nullable Instant clearedAt) {
        OrderView.Note toView() {
            return new OrderView.Note(id, text, author, at, reservedGoods, clearedAt, Note.format(text, author, at));
        }
    }

    private OrderView whole(ResultSet rs, int n) throws SQLException {
        int c = HEAD_COLUMNS;
        List<NoteRow> notes = list(rs.getString(c + 4), NoteRow.class);
        return head(rs, n).toView(list(rs.getString(c + 1), OrderView.Line.class),
                list(rs.getString(c + 2), OrderView.Payment.class), list(rs.getString(c + 3), OrderView.Shipment.class),
                notes.stream().map(NoteRow::toView).toList(), list(rs.getString(c + 5), OrderView.StatusChange.class),
                list(rs.getString(c + 6), OrderView.Refund.class));
    }

    private <T> List<T> list(String jsonArray, Class<T> type) {
        return List.copyOf(json.readValue(jsonArray, json.getTypeFactory().constructCollectionType(List.class, type)));
    }

    private static final String HEAD_SELECT = """
            select o.id, o.order_no, o.status, o.member_id, o.member_nickname, o.receiver, o.receiver_phone, o.province,
                   o.city, o.district, o.address_detail, o.carrier, o.overseas_forwarding, o.in_stock_first,
                   o.buyer_message, o.goods_total, o.member_discount, o.goods_payable, o.shipping_fee,
                   o.shipping_deduction, o.payable, o.paid_amount, o.refunded_amount, o.refunded_goods_amount,
                   o.shipping_rule, o.quote::text, o.ship_together_with, o.flag, o.late_shipment, o.open_after_sales,
                   o.urged_at, o.invoice_title, o.invoice_tax_id, o.invoice_requested_at, o.created_at, o.paid_at,
                   o.shipped_at, o.completed_at, o.closed_at, o.close_reason, o.shipping_refunded_at, o.version
            """;

    /** The head and the child arrays: a whole order in one row. */
    private static final String WHOLE = HEAD_SELECT + CHILDREN + "from orders.sales_order o";

    /** How many columns of {@link #HEAD_SELECT} describe the order itself; the child arrays follow. */
    private static final int HEAD_COLUMNS = 42;

    private record OrderHead(long id, OrderView partial) {
        OrderView toView(List<OrderView.Line> lines, List<OrderView.Payment> payments, List<OrderView.Shipment> shipments,
                List<OrderView.Note> notes, List<OrderView.StatusChange> history, List<OrderView.Refund> refunds) {
            OrderView p = partial;
            return new OrderView(p.orderNo(), p.status(), p.memberId(), p.memberNickname(), p.receiver(), p.carrier(),
                    p.overseasForwarding(), p.inStockFirst(), p.buyerMessage(), p.goodsTotal(), p.memberDiscount(),
                    p.goodsPayable(), p.shippingFee(), p.shippingDeduction(), p.payable(), p.paidAmount(),
                    p.refundedAmount(), p.refundedGoodsAmount(), p.shippingRule(), p.breakdown(), p.shipTogetherWith(),
                    p.flag(), p.lateShipment(), p.openAfterSales(), p.urgedAt(), p.invoice(), p.createdAt(), p.paidAt(),
                    p.shippedAt(), p.completedAt(), p.closedAt(), p.closeReason(), p.shippingRefundedAt(), lines,
                    payments, shipments, notes, history, refunds, p.version());
        }
    }

    private OrderHead head(ResultSet rs, int n) throws SQLException {
        Receiver receiver = new Receiver(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11));
        String invoiceTitle = rs.getString(32);
        OrderView.Invoice invoice = invoiceTitle == null ? null
                : new OrderView.Invoice(invoiceTitle, rs.getString(33), instant(rs, 34));
        OrderView partial = new OrderView(rs.getString(2), OrderStatus.valueOf(rs.getString(3)), rs.getLong(4),
                rs.getString(5), receiver, rs.getString(12), rs.getBoolean(13), rs.getBoolean(14), rs.getString(15),
                money(rs, 16), money(rs, 17), money(rs, 18), money(rs, 19), money(rs, 20), money(rs, 21), money(rs, 22),
                money(rs, 23), money(rs, 24), rs.getString(25), quote(rs.getString(26)),
                rs.getString(27), Flag.valueOf(rs.getString(28)), rs.getBoolean(29), rs.getInt(30),
                nullableInstant(rs, 31), invoice, instant(rs, 35), nullableInstant(rs, 36), nullableInstant(rs, 37),
                nullableInstant(rs, 38), nullableInstant(rs, 39), rs.getString(40), nullableInstant(rs, 41),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), rs.getLong(42));
        return new OrderHead(rs.getLong(1), partial);
    }

    private static Money money(ResultSet rs, int column) throws SQLException {
        return Money.of(rs.getBigDecimal(column));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** An imported order has no quote: SQL null, or JSON null as the import writes it. */
    private @Nullable PriceQuote quote(@Nullable String text) {
        return text == null ? null : json.readValue(text, PriceQuote.class);
    }
}
