package com.csdesk.orders.internal;

import com.csdesk.members.Note;
import com.csdesk.orders.Flag;
import com.csdesk.orders.OrderDesk;
import com.csdesk.orders.OrderDesk.Criteria;
import com.csdesk.orders.OrderDesk.OrderRow;
import com.csdesk.orders.OrderDesk.WarehouseTask;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.PaymentMethod;
import com.csdesk.orders.PaymentOutcome;
import com.csdesk.orders.pricing.AccumulationCandidate;
import com.csdesk.shared.Money;
import com.csdesk.shared.SearchPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The desk's reads and writes around orders: search, the urge list, warehouse tasks. */
@Repository
class OrderDeskQueries {

    /** Below this length a contains-search cannot use the bigram indexes; it matches prefixes. */
    private static final int BIGRAM_MIN = 2;

    private static final String COLUMNS = """
            select o.order_no, o.status, o.member_nickname, o.payable, o.flag, o.created_at, o.paid_at, o.urged_at,
                   (select string_agg(l.product_name, '、' order by l.line_no) from orders.order_line l
                     where l.order_id = o.id and not l.cancelled),
                   (select count(*) from orders.order_line l where l.order_id = o.id and not l.cancelled),
                   (select count(*) from orders.warehouse_task t where t.order_id = o.id and t.confirmed_at is null)
            """;
    private static final String ROW = COLUMNS + " from orders.sales_order o";

    private final JdbcClient jdbc;

    OrderDeskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Searches in one of two ways, both newest first. A frequent term (口红, a date's order numbers)
     * matches many orders: walking the newest orders and testing each finds a page at once. A rare
     * term (a nickname) is found through the indexes. The walk goes first over a bounded number of
     * the newest orders; when that does not fill the page, the index way answers.
     */
    SearchPage<OrderRow> search(Criteria c, int page, int size) {
        List<String> filters = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (c.status() != null) {
            filters.add("o.status = :status");
            params.put("status", c.status().name());
        }
        if (c.flag() != null) {
            filters.add("o.flag = :flag");
            params.put("flag", c.flag().name());
        }
        if (c.from() != null) {
            filters.add("o.created_at >= :from");
            params.put("from", Timestamp.from(c.from().atStartOfDay(Note.SHOP_ZONE).toInstant()));
        }
        if (c.to() != null) {
            filters.add("o.created_at < :to");
            params.put("to", Timestamp.from(c.to().plusDays(1).atStartOfDay(Note.SHOP_ZONE).toInstant()));
        }
        params.put("limit", size + 1);
        params.put("offset", page * size);
        String q = c.q() == null ? "" : c.q().strip();
        if (q.isEmpty()) {
            return SearchPage.of(jdbc.sql(COLUMNS + " from (select o.* from orders.sales_order o" + where(filters)
                    + NEWEST + " limit :limit offset :offset) o" + NEWEST).params(params).query(OrderDeskQueries::row).list(),
                    page, size);
        }
        Match match = Match.of(q, params);
        params.put("window", WALK);
        // the walk: the newest orders that pass the filters, tested one by one
        List<OrderRow> walked = new ArrayList<>();
        long[] scanned = {0};
        jdbc.sql("with w as (select o.id, o.order_no, o.status, o.member_nickname, o.payable, o.flag, o.created_at,"
                        + " o.paid_at, o.urged_at from orders.sales_order o" + where(filters) + NEWEST + " limit :window) "
                        + COLUMNS + ", s.scanned from (select count(*) as scanned from w) s left join lateral"
                        + " (select * from w o where " + match.test() + NEWEST + " limit :limit offset :offset) o on true"
                        + NEWEST)
                .params(params)
                .query((ResultSet rs) -> {
                    scanned[0] = rs.getLong(12);
                    if (rs.getString(1) != null) {
                        walked.add(row(rs, 0));
                    }
                });
        if (walked.size() > size || scanned[0] < WALK) {
            return SearchPage.of(walked, page, size);
        }
        // the index way: each way of matching collects its orders through its own index, the filters
        // applied alongside so that the planner may start from them when they are the narrower side;
        // the orders are then read by id (a hash join over all orders would read the whole table)
        return SearchPage.of(jdbc.sql("with hits as (" + match.hits(filters) + ") " + COLUMNS
                        + " from (select o.* from orders.sales_order o where o.id = any (array(select id from hits))"
                        + NEWEST + " limit :limit offset :offset) o" + NEWEST)
                .params(params).query(OrderDeskQueries::row).list(), page, size);
    }

    /** How many of the newest orders the walk tests before the indexes take over. */
    static final int WALK = 2000;
    private static final String NEWEST = " order by o.created_at desc, o.id desc";

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * What a search text matches: an order number by prefix; a nickname by prefix and, from two
     * characters, by contains; a product name by contains. A long run of digits is an order number.
     */
    private record Match(String test, List<String> ways) {

        static Match of(String q, Map<String, Object> params) {
            String pattern = escapeLike(q);
            params.put("q", q);
            params.put("prefix", pattern + "%");
            params.put("contains", "%" + pattern + "%");
            if (q.matches("[0-9]{6,}")) {
                return new Match("(o.order_no like :prefix or o.member_nickname = :q)",
                        List.of("o.order_no like :prefix", "o.member_nickname = :q"));
            }
            String test = "o.order_no like :prefix or o.member_nickname like :prefix";
            List<String> ways = new ArrayList<>(List.of("o.order_no like :prefix", "o.member_nickname like :prefix"));
            if (q.codePointCount(0, q.length()) >= BIGRAM_MIN) {
                test += " or o.member_nickname ilike :contains or exists (select 1 from orders.order_line l"
                        + " where l.order_id = o.id and l.product_name ilike :contains)";
                ways.add("orders.bigrams(o.member_nickname) @> orders.bigrams(:q) and o.member_nickname ilike :contains");
            }
            return new Match("(" + test + ")", ways);
        }

        boolean products() {
            return test.contains("order_line");
        }

        /** The orders each way matches, as a union of index scans, each with the filters. */
        String hits(List<String> filters) {
            String and = filters.isEmpty() ? "" : " and " + String.join(" and ", filters);
            List<String> selects = new ArrayList<>(ways.stream()
                    .map(w -> "select o.id from orders.sales_order o where " + w + and).toList());
            if (products()) {
                String lines = "orders.bigrams(l.product_name) @> orders.bigrams(:q) and l.product_name ilike :contains";
                selects.add(filters.isEmpty() ? "select l.order_id from orders.order_line l where " + lines
                        : "select l.order_id from orders.order_line l join orders.sales_order o on o.id = l.order_id where "
                                + lines + and);
            }
            return String.join(" union ", selects);
        }
    }

    List<OrderRow> recentOf(String nickname, int limit) {
        return jdbc.sql(ROW + " where o.member_nickname = ? order by o.created_at desc, o.id desc limit ?")
                .params(nickname, limit).query(OrderDeskQueries::row).list();
    }

    SearchPage<OrderRow> toUrge(Instant createdBefore, int page, int size) {
        List<OrderRow> rows = jdbc.sql(ROW + " " + """
                 where o.status = 'WAITING_PAYMENT' and o.urged_at is null and o.created_at <= ?
                 order by o.created_at, o.id limit ? offset ?""")
                .params(Timestamp.from(createdBefore), size + 1, page * size)
                .query(OrderDeskQueries::row).list();
        return SearchPage.of(rows, page, size);
    }

    /** Marks the order urged unless it already was; returns whether this call did it. */
    boolean markUrged(long orderId, Instant at, String by) {
        return jdbc.sql("update orders.sales_order set urged_at = ?, urged_by = ? where id = ? and urged_at is null")
                .params(Timestamp.from(at), by, orderId).update() == 1;
    }

    Optional<Urged> urged(long orderId) {
        return jdbc.sql("select urged_at, urged_by from orders.sales_order where id = ? and urged_at is not null")
                .param(orderId)
                .query((rs, n) -> new Urged(rs.getTimestamp(1).toInstant(), rs.getString(2))).optional();
    }

    record Urged(Instant at, String by) {
    }

    Optional<Instant> invoiceRequestedAt(long orderId) {
        return jdbc.sql("select invoice_requested_at from orders.sales_order where id = ? and invoice_requested_at is not null")
                .param(orderId).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    void recordInvoice(long orderId, String title, @Nullable String taxId, Instant at) {
        jdbc.sql("update orders.sales_order set invoice_title = ?, invoice_tax_id = ?, invoice_requested_at = ? where id = ?")
                .params(title, taxId, Timestamp.from(at), orderId).update();
    }

    void recordCloseConsent(long orderId, String consent) {
        jdbc.sql("update orders.sales_order set close_consent = ? where id = ?").params(consent, orderId).update();
    }

    @Nullable String closeConsent(String orderNo) {
        return jdbc.sql("select close_consent from orders.sales_order where order_no = ?").param(orderNo)
                .query((rs, n) -> rs.getString(1)).optional().orElse(null);
    }

    /** A change the order's version must show although only rows around it changed. */
    void bumpVersion(long orderId) {
        jdbc.sql("update orders.sales_order set version = version + 1 where id = ?").param(orderId).update();
    }

    /**
     * The member's orders that may join an unpaid order's 3-day accumulation when it is priced again:
     * as when it was placed (created in the 72 hours before it, same address), counting the shipping
     * this order itself deducted.
     */
    List<AccumulationCandidate> accumulationCandidates(long memberId, long orderId, String orderNo, String addressLine,
            Instant since, Instant until) {
        return jdbc.sql("""
                select order_no, goods_total,
                       case when status = 'PAID' and (shipping_deducted_by is null or shipping_deducted_by = ?)
                            then shipping_fee else 0 end
                from orders.sales_order
                where member_id = ? and id <> ? and created_at >= ? and created_at < ?
                  and status in ('WAITING_PAYMENT', 'PAID')
                  and concat(province, case when city is distinct from province then city end, district, address_detail) = ?
                order by created_at, id""")
                .params(orderNo, memberId, orderId, Timestamp.from(since), Timestamp.from(until), addressLine)
                .query((rs, n) -> new AccumulationCandidate(rs.getString(1), Money.of(rs.getBigDecimal(2)),
                        Money.of(rs.getBigDecimal(3))))
                .list();
    }

    /** Forgets which orders shipped together with this one (before it is priced again). */
    void releaseShipTogether(String orderNo) {
        jdbc.sql("update orders.sales_order set ship_together_with = null where ship_together_with = ?").param(orderNo).update();
        jdbc.sql("update orders.sales_order set shipping_deducted_by = null where shipping_deducted_by = ?").param(orderNo).update();
    }

    long insertTask(long orderId, WarehouseTask.Kind kind, @Nullable Integer lineNo, @Nullable String sku,
            @Nullable Integer quantity, String before, String after, String note, Instant at, String by) {
        return jdbc.sql("""
                insert into orders.warehouse_task (order_id, kind, line_no, sku, quantity, before, after, note, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(orderId, kind.name(), lineNo, sku, quantity, before, after, note, Timestamp.from(at), by)
                .query(Long.class).single();
    }

    private static final String TASK = """
            select t.id, o.order_no, t.kind, t.line_no, t.sku, t.quantity, t.before, t.after, t.note, t.created_at,
                   t.created_by, t.confirmed_at, t.confirmed_by
            from orders.warehouse_task t join orders.sales_order o on o.id = t.order_id""";

    List<WarehouseTask> tasksOf(String orderNo) {
        return jdbc.sql(TASK + " where o.order_no = ? order by t.created_at desc, t.id desc")
                .param(orderNo).query(OrderDeskQueries::task).list();
    }

    List<WarehouseTask> tasks(boolean openOnly, int limit) {
        return jdbc.sql(TASK + (openOnly ? " where t.confirmed_at is null order by t.created_at, t.id"
                        : " order by t.confirmed_at is null desc, t.created_at desc, t.id desc") + " limit ?")
                .param(limit).query(OrderDeskQueries::task).list();
    }

    Optional<WarehouseTask> task(long id) {
        return jdbc.sql(TASK + " where t.id = ?").param(id).query(OrderDeskQueries::task).optional();
    }

    /** Confirms an open task; returns whether this call did it. */
    private static final String PAYMENT = """
            select p.payment_id, o.order_no, p.method, p.amount, p.outcome, p.reason, p.received_at, p.refunded_at
            from orders.payment p join orders.sales_order o on o.id = p.order_id""";

    List<OrderDesk.PaymentToRefund> paymentsToRefund(int limit) {
        return jdbc.sql(PAYMENT + " where p.outcome <> 'ACCEPTED' and p.refunded_at is null order by p.received_at limit ?")
                .param(limit).query(OrderDeskQueries::payment).list();
    }

    Optional<OrderDesk.PaymentToRefund> payment(String paymentId) {
        return jdbc.sql(PAYMENT + " where p.payment_id = ?").param(paymentId).query(OrderDeskQueries::payment).optional();
    }

    /** Marks a payment the shop did not keep as given back, unless it was already. */
    boolean markRefunded(String paymentId, Instant at) {
        return jdbc.sql("update orders.payment set refunded_at = ? where payment_id = ? and outcome <> 'ACCEPTED' and refunded_at is null")
                .params(Timestamp.from(at), paymentId).update() == 1;
    }

    private static OrderDesk.PaymentToRefund payment(ResultSet rs, int n) throws SQLException {
        Timestamp refunded = rs.getTimestamp(8);
        return new OrderDesk.PaymentToRefund(rs.getString(1), rs.getString(2), PaymentMethod.valueOf(rs.getString(3)),
                Money.of(rs.getBigDecimal(4)), PaymentOutcome.valueOf(rs.getString(5)), rs.getString(6),
                rs.getTimestamp(7).toInstant(), refunded == null ? null : refunded.toInstant());
    }

    boolean confirmTask(long id, Instant at, String by) {
        return jdbc.sql("update orders.warehouse_task set confirmed_at = ?, confirmed_by = ? where id = ? and confirmed_at is null")
                .params(Timestamp.from(at), by, id).update() == 1;
    }

    private static WarehouseTask task(ResultSet rs, int n) throws SQLException {
        return new WarehouseTask(rs.getLong(1), rs.getString(2), WarehouseTask.Kind.valueOf(rs.getString(3)),
                (Integer) rs.getObject(4), rs.getString(5), (Integer) rs.getObject(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11), instant(rs, 12), rs.getString(13));
    }

    private static OrderRow row(ResultSet rs, int n) throws SQLException {
        String products = rs.getString(9);
        return new OrderRow(rs.getString(1), OrderStatus.valueOf(rs.getString(2)), rs.getString(3),
                products == null ? "" : products, rs.getInt(10), Money.of(rs.getBigDecimal(4)),
                Flag.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), instant(rs, 7), instant(rs, 8),
                rs.getInt(11));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
