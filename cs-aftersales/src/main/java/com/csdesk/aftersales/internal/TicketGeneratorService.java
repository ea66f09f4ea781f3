package com.csdesk.aftersales.internal;

import com.csdesk.aftersales.TicketGenerator;
import com.csdesk.members.MemberManagement;
import com.csdesk.members.MemberProfile;
import com.csdesk.orders.OrderLineRequest;
import com.csdesk.orders.OrderManagement;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.PaymentMethod;
import com.csdesk.orders.PaymentNotice;
import com.csdesk.orders.PlaceOrder;
import com.csdesk.orders.Receiver;
import com.csdesk.orders.ShipmentRequest;
import com.csdesk.products.ProductData;
import com.csdesk.products.ProductKind;
import com.csdesk.products.ProductManagement;
import com.csdesk.shared.BulkLoad;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.Text;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real orders through the orders module's API, then tickets by {@code insert … select} over
 * {@code generate_series}: kinds, reasons and statuses in realistic proportions (most tickets
 * closed, a tenth still open with their SLA deadlines), spread over the past year.
 */
@Service
class TicketGeneratorService implements TicketGenerator {

    static final int MAX_TICKETS = 5_000_000;
    static final int MAX_ORDERS = 20_000;
    private static final String[] STYLES = {"连衣裙", "风衣", "短靴", "托特包", "精华液", "卫衣"};

    private final OrderManagement orders;
    private final MemberManagement members;
    private final ProductManagement products;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    TicketGeneratorService(OrderManagement orders, MemberManagement members, ProductManagement products, JdbcClient jdbc,
            TransactionTemplate tx, Clock clock) {
        this.orders = orders;
        this.members = members;
        this.products = products;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Generated generate(int tickets, int orderCount) {
        if (tickets < 1 || tickets > MAX_TICKETS || orderCount < 1 || orderCount > MAX_ORDERS) {
            throw new InvalidInputException("invalid-generator-size", "count", Text.of(
                    "工单数 1–" + MAX_TICKETS + ",订单数 1–" + MAX_ORDERS,
                    "Tickets 1 to " + MAX_TICKETS + ", orders 1 to " + MAX_ORDERS));
        }
        long start = System.nanoTime();
        List<OrderView> placed = placeOrders(orderCount);
        long ordersDone = System.nanoTime();
        long from = jdbc.sql("select coalesce(max(id), 0) from aftersales.ticket").query(Long.class).single();
        tx.executeWithoutResult(s -> {
            Runnable load = () -> insertTickets(placed, tickets, from);
            if (tickets >= BulkLoad.THRESHOLD) {
                BulkLoad.withoutSecondaryIndexes(jdbc, List.of("aftersales.ticket", "aftersales.ticket_line"), load);
            } else {
                load.run();
            }
        });
        long end = System.nanoTime();
        return new Generated(placed.size(), tickets, (ordersDone - start) / 1_000_000, (end - ordersDone) / 1_000_000);
    }

    private List<OrderView> placeOrders(int count) {
        String run = Long.toString(clock.millis(), 36);
        var skus = new ArrayList<String>();
        for (int i = 0; i < STYLES.length; i++) {
            String sku = "ASG-" + run + "-" + i;
            products.save(sku, new ProductData(STYLES[i], Money.of(99 + 100L * i), new BigDecimal("0.5"), 10_000_000,
                    false, ProductKind.values()[i % 3], Map.of("size", i % 2 == 0 ? "M" : "L"), "ASG-" + run + "-" + i,
                    null));
            skus.add(sku);
        }
        var to = new Receiver("王小明", "13800001111", "浙江省", "杭州市", "西湖区", "文三路 100 号");
        var placed = new ArrayList<OrderView>();
        for (int i = 0; i < count; i++) {
            String nickname = "售后压测" + run + "-" + (i % 500);
            if (i < 500) {
                members.saveFromStorefront(nickname, new MemberProfile(null, null, null, "浙江", "淘宝", List.of()));
            }
            String sku = skus.get(i % skus.size());
            var order = orders.place(new PlaceOrder(nickname, null, List.of(new OrderLineRequest(sku, 1 + i % 2)), to,
                    null, false, false), null).order();
            orders.pay(order.orderNo(), new PaymentNotice("asg-" + run + "-" + i, PaymentMethod.ALIPAY, order.payable()));
            orders.ship(order.orderNo(), new ShipmentRequest("ZTO", "ASG" + run + i, List.of()));
            placed.add(orders.confirmReceipt(order.orderNo()));
        }
        return placed;
    }

    private void insertTickets(List<OrderView> placed, int count, long from) {
        String[] orderNos = placed.stream().map(OrderView::orderNo).toArray(String[]::new);
        Long[] memberIds = placed.stream().map(OrderView::memberId).toArray(Long[]::new);
        String[] nicknames = placed.stream().map(OrderView::memberNickname).toArray(String[]::new);
        String[] skus = placed.stream().map(o -> o.lines().getFirst().sku()).toArray(String[]::new);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into aftersales.ticket (id, ticket_no, order_no, member_id, member_nickname, kind, reason, cause, status,
                  department, assignee, description, source, decision, shipping_paid_by, created_at, first_response_due,
                  resolution_due, first_response_at, resolved_at, closed_at, approved_at, sla_breached_at, escalated,
                  escalated_at, due_at)
                select :from + g, 'AG' || to_char(c, 'YYYYMMDD') || lpad((:from + g)::text, 8, '0'), o.order_no, o.member_id,
                  o.nickname, k.kind, k.reason, k.cause, s.status,
                  case when k.kind in ('COMPLAINT', 'NEGATIVE_REVIEW') then 'COMPLAINTS' else 'AFTERSALES' end,
                  case when (g / 10) % 5 = 0 then null else 'agent' || (g % 12) end, '压测数据 (load-test data)', 'GENERATED',
                  case when g % 23 = 0 then 'REJECTED' when g % 17 = 0 then 'NEEDS_APPROVAL' else 'ALLOWED' end,
                  case when k.reason in ('NO_REASON', 'SIZE', 'COLOUR', 'STYLE') then 'BUYER' else 'SHOP' end,
                  c, c + interval '30 minutes', c + interval '3 days',
                  case when s.open and g % 3 = 0 then null else c + interval '12 minutes' end,
                  case when s.open then null else c + interval '2 days' end,
                  case when s.status = 'CLOSED' then c + interval '3 days' end,
                  case when k.goods then c + interval '1 hour' end,
                  case when s.open and (g / 10) % 4 = 0 then c + interval '3 days' end,
                  s.open and (g / 10) % 4 = 0, case when s.open and (g / 10) % 4 = 0 then c + interval '3 days' end,
                  case when not s.open then null when g % 3 = 0 then c + interval '30 minutes' else c + interval '3 days' end
                from generate_series(1, :count) g
                cross join lateral (select cast(:now as timestamptz) - make_interval(secs => (g::bigint * 7919) % (365 * 86400)) as c) t
                cross join lateral (select (:orderNos)[1 + g % :n] as order_no, (:memberIds)[1 + g % :n] as member_id,
                                           (:nicknames)[1 + g % :n] as nickname) o
                cross join lateral (select case g % 10
                    when 0 then 'EXCHANGE' when 1 then 'EXCHANGE' when 2 then 'REFUND_ONLY' when 3 then 'REFUND_ONLY'
                    when 4 then 'COMPLAINT' when 5 then 'REPAIR' when 6 then 'NEGATIVE_REVIEW'
                    when 7 then 'LOGISTICS_EXCEPTION' else 'RETURN_REFUND' end as kind) k0
                cross join lateral (select k0.kind,
                    case k0.kind when 'EXCHANGE' then 'SIZE' when 'REFUND_ONLY' then 'LATE_SHIPMENT'
                      when 'REPAIR' then 'DEFECT' when 'LOGISTICS_EXCEPTION' then 'DAMAGED_IN_TRANSIT'
                      when 'NEGATIVE_REVIEW' then null when 'COMPLAINT' then 'NOT_AS_DESCRIBED' else 'NO_REASON' end as reason,
                    case k0.kind when 'EXCHANGE' then 'BUYER' when 'RETURN_REFUND' then 'BUYER'
                      when 'LOGISTICS_EXCEPTION' then 'THIRD_PARTY' when 'NEGATIVE_REVIEW' then null else 'SELLER' end as cause,
                    k0.kind in ('EXCHANGE', 'REFUND_ONLY', 'REPAIR', 'RETURN_REFUND') as goods) k
                cross join lateral (select case when g % 10 = 9 then
                      case when k.goods then (array['OPEN', 'APPROVED', 'AWAITING_RETURN', 'RECEIVED'])[1 + (g / 10) % 4]
                           else (array['OPEN', 'IN_PROGRESS'])[1 + (g / 10) % 2] end
                    when g % 23 = 0 then 'REJECTED' else 'CLOSED' end as status) s0
                cross join lateral (select s0.status, s0.status not in ('CLOSED', 'REJECTED') as open) s""")
                .param("from", from).param("count", count).param("now", now).param("n", orderNos.length)
                .param("orderNos", orderNos).param("memberIds", memberIds).param("nicknames", nicknames)
                .update();
        jdbc.sql("""
                insert into aftersales.ticket_line (ticket_id, line_no, sku, quantity, wanted_sku)
                select t.id, 1, (:skus)[1 + ((t.id - :from) % :n)::int], 1,
                  case when t.kind = 'EXCHANGE' then (:skus)[1 + ((t.id - :from + 1) % :n)::int] end
                from aftersales.ticket t where t.id > :from and t.kind <> 'NEGATIVE_REVIEW'""")
                .param("skus", skus).param("from", from).param("n", skus.length).update();
        jdbc.sql("select setval(pg_get_serial_sequence('aftersales.ticket', 'id'), (select max(id) from aftersales.ticket))").query(Long.class).single();
    }
}
