package com.csdesk.orders.internal;

import com.csdesk.members.MemberGenerator;
import com.csdesk.orders.OrderGenerator;
import com.csdesk.products.ProductManagement;
import com.csdesk.products.StockLine;
import com.csdesk.shared.BulkLoad;
import com.csdesk.shared.Province;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo orders by SQL over {@code generate_series}: every "random" choice is a hash of the order's
 * number, so a run is repeatable and needs no round trip per row. Amounts follow the shop's rules:
 * the member discount brackets on the spend before each order (special-price goods undiscounted),
 * the shipping rate table and single-order free shipping; each order carries its breakdown.
 */
@Component
class OrderGeneratorSql implements OrderGenerator {

    static final List<String> TABLES = List.of("orders.sales_order", "orders.order_line", "orders.payment",
            "orders.shipment", "orders.shipment_line", "orders.tracking_event", "orders.status_change");
    private static final List<String> MESSAGES = List.of("尽快发货,谢谢", "请用顺丰", "周末不在家,工作日送",
            "送人的,不要放发票", "麻烦包装好一点", "颜色要和图片一样哦", "能不能送个小样");

    private final JdbcClient jdbc;
    private final MemberGenerator members;
    private final ProductManagement products;
    private final Clock clock;

    OrderGeneratorSql(JdbcClient jdbc, MemberGenerator members, ProductManagement products, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.products = products;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int generate(int count) {
        return BulkLoad.insert(jdbc, count, TABLES, true, this::insert);
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from orders.sales_order").query(Long.class).single();
    }

    private int insert(int count) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                create temporary table demo_member on commit drop as
                select row_number() over (order by m.id) as rn, m.id, m.nickname, m.registered_at,
                       coalesce(a.province, m.province, '上海') as province,
                       coalesce(a.receiver, m.real_name, m.nickname) as receiver,
                       coalesce(a.phone, m.phone, '13800000000') as phone, a.city, a.district,
                       coalesce(a.detail, '人民路1号') as detail
                from members.member m
                left join lateral (select * from members.member_address x where x.member_id = m.id
                                   order by x.is_default desc, x.id limit 1) a on true""").update();
        long memberCount = jdbc.sql("select count(*) from demo_member").query(Long.class).single();
        jdbc.sql("""
                create temporary table demo_product on commit drop as
                select row_number() over (order by id) as rn, sku, name, kind, special_price, list_price, weight_kg,
                       (select coalesce(string_agg(value, ' / '), '') from jsonb_each_text(attributes)) as attributes
                from catalog.product where list_price > 0""").update();
        long productCount = jdbc.sql("select count(*) from demo_product").query(Long.class).single();
        if (memberCount == 0 || productCount == 0) {
            return 0;
        }
        jdbc.sql("alter table demo_member add primary key (rn)").update();
        jdbc.sql("alter table demo_product add primary key (rn)").update();
        jdbc.sql("create temporary table demo_region (province text primary key, region text) on commit drop").update();
        for (Province p : Province.values()) {
            jdbc.sql("insert into demo_region values (?, ?) on conflict do nothing")
                    .params(p.shortName(), p.region().name()).update();
        }
        long firstOrderId = jdbc.sql("""
                select greatest((select coalesce(max(id), 0) from orders.sales_order),
                                (select last_value from orders.sales_order_seq)) + 1""").query(Long.class).single();
        long firstLineId = jdbc.sql("""
                select greatest((select coalesce(max(id), 0) from orders.order_line),
                                (select last_value from orders.order_line_seq)) + 1""").query(Long.class).single();
        long firstOrderNo = jdbc.sql("select nextval('orders.order_no_seq')").query(Long.class).single();

        // lines: one to three per order (60/30/10), mostly one of each, SKUs spread over the catalogue
        jdbc.sql("""
                create temporary table demo_line on commit drop as
                select g.i, k as line_no, p.sku, p.name, p.attributes, p.kind, p.special_price, p.list_price,
                       p.weight_kg, case when abs(hashint8(g.i * 31 + k)) % 10 = 0 then 2 else 1 end as quantity
                from generate_series(1, :count) as g(i)
                cross join generate_series(1, 3) as k
                join demo_product p on p.rn = 1 + abs(hashint8(g.i * 37 + k)) % :products
                where k <= case when abs(hashint8(g.i * 41)) % 10 < 6 then 1
                                when abs(hashint8(g.i * 41)) % 10 < 9 then 2 else 3 end""")
                .param("count", count).param("products", productCount).update();

        // orders: a member (some buy much more often), a time between registration and now (recent
        // ones more often), and the status its age makes likely
        jdbc.sql("""
                create temporary table demo_order_base on commit drop as
                with l as (
                    select i, sum(list_price * quantity) as goods_total,
                           sum(case when special_price then 0 else list_price * quantity end) as regular,
                           greatest(1, ceil(sum(weight_kg * quantity)))::int as weight_kg,
                           array_agg(sku order by line_no) as skus
                    from demo_line group by i)
                select l.*, m.id as member_id, m.nickname, m.province, coalesce(r.region, 'B') as region,
                       m.receiver, m.phone, m.city, m.district, m.detail, c.created_at,
                       extract(epoch from (cast(:now as timestamptz) - c.created_at)) as age_s,
                       abs(hashint8(l.i * 43)) % 100 as u
                from l
                join demo_member m on m.rn = 1 + least(:members - 1,
                        floor(:members * power((abs(hashint8(l.i * 7)) % 1000000) / 1000000.0, 1.6)))::bigint
                left join demo_region r on r.province = m.province
                cross join lateral (select cast(:now as timestamptz) - (cast(:now as timestamptz) - m.registered_at)
                        * power((abs(hashint8(l.i * 47)) % 1000000) / 1000000.0, 2) as created_at) c""")
                .param("now", now).param("members", memberCount).update();
        jdbc.sql("""
                create temporary table demo_order_status on commit drop as
                select b.*, s.status,
                       s.status in ('PAID', 'SHIPPED', 'COMPLETED') as counted
                from demo_order_base b
                cross join lateral (select case
                    when b.age_s < 72 * 3600 then
                        case when b.u < 30 then 'WAITING_PAYMENT' when b.u < 70 then 'PAID' else 'SHIPPED' end
                    when b.age_s < 12 * 86400 then
                        case when b.u < 8 then 'CLOSED' when b.u < 25 then 'PAID' when b.u < 85 then 'SHIPPED' else 'COMPLETED' end
                    else case when b.u < 8 then 'CLOSED' else 'COMPLETED' end
                    end as status) s""").update();

        // amounts: the spend before each order is the member's paid orders before it; brackets on top
        jdbc.sql("""
                create temporary table demo_order on commit drop as
                with spend as (
                    select o.*,
                           coalesce(sum(case when counted then goods_total end) over (partition by member_id
                               order by created_at, i rows between unbounded preceding and 1 preceding), 0)
                               + (select cumulative_spend from members.member where id = o.member_id) as spend_before
                    from demo_order_status o),
                priced as (
                    select s.*,
                           round(greatest(0, least(s.spend_before + s.regular, 1000) - least(s.spend_before, 1000)) * 1.00, 2)
                           + round(greatest(0, least(s.spend_before + s.regular, 10000) - greatest(s.spend_before, 1000)) * 0.95, 2)
                           + round(greatest(0, least(s.spend_before + s.regular, 20000) - greatest(s.spend_before, 10000)) * 0.94, 2)
                           + round(greatest(0, s.spend_before + s.regular - greatest(s.spend_before, 20000)) * 0.93, 2)
                           + (s.goods_total - s.regular) as goods_payable,
                           case when s.region = 'HK_MO_TW' then 'SF' else 'ZTO' end as carrier
                    from spend s),
                shipped as (
                    select p.*, coalesce(rate.first_kg_fee + rate.additional_kg_fee * (p.weight_kg - 1), 0) as base_fee,
                           case when p.region = 'HK_MO_TW' then 'NO_FREE_SHIPPING_REGION'
                                when p.region = 'A' and p.goods_total >= 500 then 'FREE_SINGLE_ORDER'
                                when p.region = 'B' and p.goods_total >= 1000 then 'FREE_SINGLE_ORDER'
                                when p.region = 'REMOTE' and p.goods_total >= 1000 then 'REMOTE_DISCOUNT'
                                else 'BELOW_THRESHOLD' end as rule
                    from priced p
                    left join orders.shipping_rate rate on rate.carrier = p.carrier and rate.region = p.region)
                select s.*, s.goods_total - s.goods_payable as member_discount,
                       case s.rule when 'FREE_SINGLE_ORDER' then 0 when 'REMOTE_DISCOUNT' then greatest(0, s.base_fee - 10)
                            else s.base_fee end as shipping_fee,
                       :firstOrderId + s.i - 1 as id,
                       to_char(s.created_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || lpad((:firstOrderNo + s.i - 1)::text, 8, '0') as order_no,
                       case when s.status <> 'WAITING_PAYMENT' and s.status <> 'CLOSED'
                            then s.created_at + make_interval(secs => least(s.age_s * 0.05, 60 + abs(hashint8(s.i * 53)) % 7200)) end as paid_at
                from shipped s""")
                .param("firstOrderId", firstOrderId).param("firstOrderNo", firstOrderNo).update();
        jdbc.sql("""
                alter table demo_order add column shipped_at timestamptz, add column completed_at timestamptz,
                    add column closed_at timestamptz""").update();
        jdbc.sql("""
                update demo_order set
                    shipped_at = case when status in ('SHIPPED', 'COMPLETED') then paid_at + make_interval(secs =>
                        least(extract(epoch from (cast(:now as timestamptz) - paid_at)) * 0.5, 14400 + abs(hashint8(i * 59)) % 158400)) end,
                    closed_at = case when status = 'CLOSED' then created_at + interval '72 hours' end""")
                .param("now", now).update();
        jdbc.sql("""
                update demo_order set completed_at = shipped_at + make_interval(secs =>
                    least(extract(epoch from (cast(:now as timestamptz) - shipped_at)) * 0.9, 259200 + abs(hashint8(i * 61)) % 604800))
                where status = 'COMPLETED'""")
                .param("now", now).update();

        int inserted = jdbc.sql("""
                insert into orders.sales_order (id, order_no, member_id, member_nickname, status, receiver, receiver_phone,
                    province, region, city, district, address_detail, carrier, buyer_message, goods_total,
                    member_discount, goods_payable, shipping_fee, payable, paid_amount, shipping_rule, quote, flag,
                    created_at, paid_at, shipped_at, completed_at, closed_at, close_reason)
                select o.id, o.order_no, o.member_id, o.nickname, o.status, o.receiver, o.phone, o.province, o.region,
                       o.city, o.district, o.detail, o.carrier,
                       case when abs(hashint8(o.i * 67)) % 5 = 0 then (:messages)[1 + abs(hashint8(o.i * 71)) % cardinality(:messages)] end,
                       o.goods_total, o.member_discount, o.goods_payable, o.shipping_fee, o.goods_payable + o.shipping_fee,
                       case when o.paid_at is not null then o.goods_payable + o.shipping_fee else 0 end, o.rule,
                       jsonb_build_object(
                           'goodsTotal', o.goods_total, 'regularGoods', o.regular,
                           'specialPriceGoods', o.goods_total - o.regular,
                           'brackets', (select coalesce(jsonb_agg(jsonb_build_object('from', v.f, 'to', v.t, 'goods', v.t - v.f,
                                                'rate', v.rate, 'payable', round((v.t - v.f) * v.rate, 2)) order by v.f), '[]')
                                        from (values (greatest(o.spend_before, 0), least(o.spend_before + o.regular, 1000), 1.00),
                                                     (greatest(o.spend_before, 1000), least(o.spend_before + o.regular, 10000), 0.95),
                                                     (greatest(o.spend_before, 10000), least(o.spend_before + o.regular, 20000), 0.94),
                                                     (greatest(o.spend_before, 20000), o.spend_before + o.regular, 0.93)) as v(f, t, rate)
                                        where v.t > v.f),
                           'memberDiscount', o.member_discount, 'goodsPayable', o.goods_payable,
                           'shipping', jsonb_build_object('carrier', o.carrier, 'region', o.region, 'overseasForwarding', false,
                               'shipments', jsonb_build_array(jsonb_build_object('skus', to_jsonb(o.skus),
                                   'weightKg', o.weight_kg, 'baseFee', o.base_fee, 'fee', o.shipping_fee)),
                               'baseFee', o.base_fee, 'fee', o.shipping_fee, 'rule', o.rule,
                               'explanation', case o.rule
                                   when 'FREE_SINGLE_ORDER' then jsonb_build_object(
                                       'zh', '单笔商品金额 ' || o.goods_total || ' 元已满包邮金额,包邮',
                                       'en', 'Goods of ' || o.goods_total || ' reach the free-shipping amount on their own: free shipping')
                                   when 'REMOTE_DISCOUNT' then jsonb_build_object(
                                       'zh', '偏远地区单笔满 1000 元,运费减 10 元', 'en', 'Remote region, order of 1,000 or more: 10 off the shipping fee')
                                   when 'NO_FREE_SHIPPING_REGION' then jsonb_build_object(
                                       'zh', '港澳台不包邮,顺丰运费 ' || o.base_fee || ' 元', 'en', 'No free shipping to Hong Kong, Macau and Taiwan: SF fee ' || o.base_fee)
                                   else jsonb_build_object(
                                       'zh', '商品金额 ' || o.goods_total || ' 元未满包邮金额,运费 ' || o.base_fee || ' 元',
                                       'en', 'Goods of ' || o.goods_total || ' are below the free-shipping amount: shipping ' || o.base_fee) end),
                           'shippingDeduction', 0, 'shipTogetherWith', '[]'::jsonb,
                           'payable', o.goods_payable + o.shipping_fee,
                           'cumulativeSpendBefore', o.spend_before, 'cumulativeSpendAfter', o.spend_before + o.goods_total),
                       case when o.status in ('SHIPPED', 'COMPLETED') then 'BLUE' else 'GREY' end,
                       o.created_at, o.paid_at, o.shipped_at, o.completed_at, o.closed_at,
                       case when o.status = 'CLOSED' then 'unpaid for 72 hours' end
                from demo_order o""")
                .param("messages", MESSAGES.toArray(String[]::new))
                .update();

        jdbc.sql("""
                insert into orders.order_line (id, order_id, line_no, sku, product_name, attributes, kind, special_price,
                    unit_price, unit_weight_kg, quantity, shipped_quantity)
                select :firstLineId + row_number() over (order by l.i, l.line_no) - 1, o.id, l.line_no, l.sku, l.name,
                       l.attributes, l.kind, l.special_price, l.list_price, l.weight_kg, l.quantity,
                       case when o.status in ('SHIPPED', 'COMPLETED') then l.quantity else 0 end
                from demo_line l join demo_order o on o.i = l.i""")
                .param("firstLineId", firstLineId).update();
        jdbc.sql("""
                insert into orders.payment (order_id, payment_id, method, amount, outcome, received_at)
                select id, 'DEMO-' || order_no,
                       (array['ALIPAY', 'ALIPAY', 'ALIPAY', 'WECHAT_PAY', 'WECHAT_PAY', 'UNIONPAY', 'ONLINE_BANKING', 'CREDIT_CARD'])
                           [1 + abs(hashint8(i * 73)) % 8],
                       goods_payable + shipping_fee, 'ACCEPTED', paid_at
                from demo_order where paid_at is not null""").update();
        jdbc.sql("""
                insert into orders.shipment (id, order_id, carrier, waybill_no, shipped_at, delivered_at)
                select id, id, carrier, case carrier when 'SF' then 'SF' else 'ZT' end || order_no, shipped_at,
                       case when status = 'COMPLETED' then completed_at - (completed_at - shipped_at) / 3 end
                from demo_order where shipped_at is not null""").update();
        jdbc.sql("""
                insert into orders.shipment_line (shipment_id, order_line_id, quantity)
                select l.order_id, l.id, l.quantity from orders.order_line l
                join demo_order o on o.id = l.order_id where o.shipped_at is not null""").update();
        jdbc.sql("""
                insert into orders.tracking_event (shipment_id, kind, at, location, received_at)
                select id, 'PICKED_UP', shipped_at + interval '1 hour', '仓库', shipped_at + interval '1 hour'
                from demo_order where shipped_at is not null
                union all
                select id, 'DELIVERED', completed_at - (completed_at - shipped_at) / 3, province,
                       completed_at - (completed_at - shipped_at) / 3
                from demo_order where status = 'COMPLETED'""").update();
        jdbc.sql("""
                insert into orders.status_change (order_id, from_status, to_status, at, actor, reason)
                select id, null, 'WAITING_PAYMENT', created_at, 'storefront:demo', null from demo_order
                union all
                select id, 'WAITING_PAYMENT', 'PAID', paid_at, 'storefront:demo', null from demo_order where paid_at is not null
                union all
                select id, 'PAID', 'SHIPPED', shipped_at, 'warehouse', null from demo_order where shipped_at is not null
                union all
                select id, 'SHIPPED', 'COMPLETED', completed_at, 'storefront:demo', 'buyer confirmed receipt'
                from demo_order where status = 'COMPLETED'
                union all
                select id, 'WAITING_PAYMENT', 'CLOSED', closed_at, 'system', 'unpaid for 72 hours'
                from demo_order where status = 'CLOSED'""").update();

        // keep the sequences ahead of the ids given here (Hibernate takes ids 50 at a time below the value)
        jdbc.sql("select setval('orders.sales_order_seq', (select max(id) from orders.sales_order) + 50)")
                .query(Long.class).single();
        jdbc.sql("select setval('orders.order_line_seq', (select max(id) from orders.order_line) + 50)")
                .query(Long.class).single();
        jdbc.sql("select setval('orders.order_no_seq', ?)").param(firstOrderNo + count - 1).query(Long.class).single();
        jdbc.sql("select setval(pg_get_serial_sequence('orders.shipment', 'id'), (select max(id) from orders.shipment))")
                .query(Long.class).single();

        // unshipped in-stock goods of open orders hold stock, as if placed through the storefront
        List<StockLine> reserved = jdbc.sql("""
                select l.sku, sum(l.quantity)::int from demo_line l join demo_order o on o.i = l.i
                where o.status in ('WAITING_PAYMENT', 'PAID') and l.kind = 'IN_STOCK' group by l.sku""")
                .query((rs, n) -> new StockLine(rs.getString(1), rs.getInt(2))).list();
        products.restock(reserved);
        products.reserve(reserved);

        // the members' cumulative spend: goods of their paid orders
        List<Long> ids = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        jdbc.sql("select member_id, sum(goods_total) from demo_order where counted group by member_id")
                .query((java.sql.ResultSet rs) -> {
                    ids.add(rs.getLong(1));
                    amounts.add(rs.getBigDecimal(2));
                });
        members.addGeneratedSpend(ids.toArray(Long[]::new), amounts.toArray(BigDecimal[]::new));
        return inserted;
    }
}
