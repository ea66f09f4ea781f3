package com.csdesk.orders.internal;

import com.csdesk.audit.AuditTrail;
import com.csdesk.members.MemberManagement;
import com.csdesk.orders.HistoricalOrder;
import com.csdesk.orders.OrderImport;
import com.csdesk.products.ProductManagement;
import com.csdesk.products.ProductView;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports order history a batch of lines at a time: each batch is checked line by line in Java, then
 * written by one set-based statement (orders and their lines together, skipping order numbers
 * already present), its members and products created as needed and its purchases added to the
 * members' cumulative spend, all in one transaction. Only the batch is ever held in memory.
 */
@Service
class OrderImportService implements OrderImport {

    static final int BATCH = 1_000;

    /** Orders and lines in one statement: an order number already there inserts nothing, not even lines. */
    private static final String INSERT = """
            with src as (
              select * from jsonb_to_recordset(cast(? as jsonb)) as s(
                order_no text, member_id bigint, member text, status text, province text, region text,
                created_at timestamptz, paid_at timestamptz, shipped_at timestamptz, completed_at timestamptz,
                closed_at timestamptz, goods_total numeric, shipping_fee numeric, paid_amount numeric,
                refunded numeric, refunded_goods numeric, lines jsonb)
            ), ins as (
              insert into orders.sales_order (order_no, member_id, member_nickname, status, receiver, receiver_phone,
                province, region, address_detail, carrier, goods_total, member_discount, goods_payable, shipping_fee,
                payable, paid_amount, refunded_amount, refunded_goods_amount, shipping_rule, quote,
                created_at, paid_at, shipped_at, completed_at, closed_at, close_reason)
              select order_no, member_id, member, status, member, '', province, region, '', 'ZTO', goods_total, 0,
                goods_total, shipping_fee, goods_total + shipping_fee, paid_amount, refunded, refunded_goods,
                'IMPORTED', 'null'::jsonb, created_at, paid_at, shipped_at, completed_at, closed_at,
                case when status = 'CLOSED' then '历史订单导入 imported' end
              from src
              on conflict (order_no) do nothing
              returning id, order_no, member_id, status, paid_at, goods_total, refunded_goods_amount
            ), lines as (
              insert into orders.order_line (order_id, line_no, sku, product_name, attributes, kind, special_price,
                unit_price, unit_weight_kg, quantity, shipped_quantity)
              select ins.id, l.n, l.e ->> 'sku', l.e ->> 'name', l.e ->> 'attributes', l.e ->> 'kind',
                cast(l.e ->> 'special' as boolean), cast(l.e ->> 'unitPrice' as numeric),
                cast(l.e ->> 'weight' as numeric), cast(l.e ->> 'quantity' as integer),
                case when ins.status in ('SHIPPED', 'COMPLETED') then cast(l.e ->> 'quantity' as integer) else 0 end
              from ins join src on src.order_no = ins.order_no
                cross join lateral jsonb_array_elements(src.lines) with ordinality as l(e, n)
            )
            select order_no, member_id,
                   paid_at is not null and status <> 'CLOSED' as purchase,
                   goods_total - refunded_goods_amount as spend
            from ins""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final MemberManagement members;
    private final ProductManagement products;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    OrderImportService(JdbcClient jdbc, ObjectMapper json, MemberManagement members, ProductManagement products,
            AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.members = members;
        this.products = products;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A line read: the order, or why it cannot be imported. */
    private record Pending(long line, @Nullable String orderNo, @Nullable HistoricalOrder order,
            @Nullable String code, @Nullable String reason) {
    }

    @Override
    public ImportSummary importOrders(InputStream ndjson, Consumer<LineResult> report) {
        long started = System.nanoTime();
        long[] counts = new long[Outcome.values().length];
        long lineNo = 0;
        List<Pending> batch = new ArrayList<>(BATCH);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                batch.add(read(lineNo, line));
                if (batch.size() == BATCH) {
                    flush(batch, report, counts);
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flush(batch, report, counts);
        return new ImportSummary(counts[0] + counts[1] + counts[2], counts[Outcome.IMPORTED.ordinal()],
                counts[Outcome.ALREADY_IMPORTED.ordinal()], counts[Outcome.REJECTED.ordinal()],
                (System.nanoTime() - started) / 1_000_000);
    }

    private Pending read(long lineNo, String line) {
        HistoricalOrder.Fields fields;
        try {
            fields = json.readValue(line, HistoricalOrder.Fields.class);
        } catch (JacksonException e) {
            return new Pending(lineNo, null, null, "invalid-json", "not a JSON object of an order: "
                    + e.getOriginalMessage());
        }
        try {
            HistoricalOrder order = HistoricalOrder.parse(fields, clock.instant());
            return new Pending(lineNo, order.orderNo(), order, null, null);
        } catch (InvalidInputException e) {
            return new Pending(lineNo, fields.orderNo(), null, e.code(), e.field() + ": " + e.text().en());
        }
    }

    private void flush(List<Pending> batch, Consumer<LineResult> report, long[] counts) {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        List<HistoricalOrder> orders = new ArrayList<>();
        for (Pending p : batch) {
            if (p.order() != null && seen.add(p.order().orderNo())) {
                orders.add(p.order());
            }
        }
        Map<String, String> refused = new HashMap<>();
        Set<String> imported = orders.isEmpty() ? Set.of() : writeOrIsolate(orders, refused);
        Set<String> reported = new HashSet<>();
        for (Pending p : batch) {
            LineResult result;
            if (p.order() == null) {
                result = new LineResult(p.line(), p.orderNo(), Outcome.REJECTED, p.code(), p.reason());
            } else if (refused.containsKey(p.orderNo())) {
                result = new LineResult(p.line(), p.orderNo(), Outcome.REJECTED, "refused-by-database",
                        refused.get(p.orderNo()));
            } else if (imported.contains(p.orderNo()) && reported.add(p.orderNo())) {
                result = new LineResult(p.line(), p.orderNo(), Outcome.IMPORTED, null, null);
            } else {
                result = new LineResult(p.line(), p.orderNo(), Outcome.ALREADY_IMPORTED, null, null);
            }
            counts[result.outcome().ordinal()]++;
            report.accept(result);
        }
    }

    /**
     * Writes the batch in one transaction; should the database refuse it (a value the checks let through), each
     * order is written on its own, so one bad line costs only itself. Refused orders go into {@code refused}
     * with the database's reason.
     */
    private Set<String> writeOrIsolate(List<HistoricalOrder> orders, Map<String, String> refused) {
        try {
            return Objects.requireNonNull(tx.execute(status -> write(orders)));
        } catch (DataIntegrityViolationException batchRefused) {
            Set<String> inserted = new HashSet<>();
            for (HistoricalOrder o : orders) {
                try {
                    inserted.addAll(Objects.requireNonNull(tx.execute(status -> write(List.of(o)))));
                } catch (DataIntegrityViolationException e) {
                    refused.put(o.orderNo(), String.valueOf(e.getMostSpecificCause().getMessage()).lines().findFirst().orElse(""));
                }
            }
            return inserted;
        }
    }

    /** Writes one batch; returns the order numbers it inserted (the others were there already). */
    private Set<String> write(List<HistoricalOrder> orders) {
        Map<String, Long> memberIds = members.ensureAll(orders.stream().map(HistoricalOrder::member).toList());
        Map<String, ProductView> catalogue = products(orders);
        List<Map<String, Object>> rows = new ArrayList<>(orders.size());
        for (HistoricalOrder o : orders) {
            rows.add(row(o, memberIds.get(o.member()), catalogue));
        }
        Set<String> inserted = new HashSet<>();
        Map<Long, Money> spend = new HashMap<>();
        jdbc.sql(INSERT).param(json.writeValueAsString(rows)).query((rs, n) -> {
            inserted.add(rs.getString(1));
            if (rs.getBoolean(3)) {
                spend.merge(rs.getLong(2), Money.of(rs.getBigDecimal(4)), Money::plus);
            }
            return null;
        }).list();
        members.addSpendAll(spend);
        if (!inserted.isEmpty()) {
            TreeSet<String> numbers = new TreeSet<>(inserted);
            audit.record("orders.imported", "order-import", numbers.first(), null,
                    Map.of("orders", inserted.size(), "first", numbers.first(), "last", numbers.last(),
                            "members", memberIds.size()));
        }
        return inserted;
    }

    /** The products of the batch's lines; an unknown SKU is created as a minimal record at the price it sold for. */
    private Map<String, ProductView> products(List<HistoricalOrder> orders) {
        Map<String, Money> prices = new LinkedHashMap<>();
        for (HistoricalOrder o : orders) {
            for (HistoricalOrder.Line l : o.lines()) {
                prices.putIfAbsent(l.sku(), l.unitPrice());
            }
        }
        Map<String, ProductView> found = products.findCached(prices.keySet());
        if (found.size() < prices.size()) {
            List<String> missing = prices.keySet().stream().filter(s -> !found.containsKey(s)).sorted().toList();
            for (String sku : missing) {
                products.ensure(sku, sku, prices.get(sku));
            }
            found.putAll(products.findCached(missing));
        }
        return found;
    }

    private static Map<String, Object> row(HistoricalOrder o, Long memberId, Map<String, ProductView> catalogue) {
        Map<String, Object> row = new HashMap<>();
        row.put("order_no", o.orderNo());
        row.put("member_id", memberId);
        row.put("member", o.member());
        row.put("status", o.status().name());
        row.put("province", o.province().shortName());
        row.put("region", o.province().region().name());
        row.put("created_at", o.createdAt().toString());
        row.put("paid_at", o.paidAt() == null ? null : o.paidAt().toString());
        row.put("shipped_at", o.shippedAt() == null ? null : o.shippedAt().toString());
        row.put("completed_at", o.completedAt() == null ? null : o.completedAt().toString());
        row.put("closed_at", o.closedAt() == null ? null : o.closedAt().toString());
        row.put("goods_total", o.goodsTotal().amount());
        row.put("shipping_fee", o.shippingFee().amount());
        row.put("paid_amount", o.paidAmount().amount());
        row.put("refunded", o.refundedAmount().amount());
        row.put("refunded_goods", o.refundedGoodsAmount().amount());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (HistoricalOrder.Line l : o.lines()) {
            ProductView p = catalogue.get(l.sku());
            Map<String, Object> line = new HashMap<>();
            line.put("sku", l.sku());
            line.put("name", p == null ? l.sku() : p.name());
            line.put("attributes", p == null ? "" : p.attributesText());
            line.put("kind", p == null ? "IN_STOCK" : p.kind().name());
            line.put("special", p != null && p.specialPrice());
            line.put("weight", p == null ? 0 : p.weightKg());
            line.put("unitPrice", l.unitPrice().amount());
            line.put("quantity", l.quantity());
            lines.add(line);
        }
        row.put("lines", lines);
        return row;
    }
}
