package com.csdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.orders.OrderGenerator;
import com.csdesk.orders.OrderManagement;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.OrderView;
import com.csdesk.testsupport.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Demo orders at start (demo profile): realistic statuses and times, amounts that follow the
 * shop's rules and add up, members' cumulative spend and reserved stock consistent with them.
 * Its own database, since it fills the shop.
 */
@SpringBootTest(properties = {"demo.members=300", "demo.orders=3000"})
@ActiveProfiles("demo")
@Import(DemoOrdersTests.OwnDatabase.class)
class DemoOrdersTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class OwnDatabase {

        @Bean
        JdbcConnectionDetails ownDatabase() {
            return TestDatabase.connectionDetails("demo-orders");
        }
    }

    @Autowired
    OrderGenerator generator;

    @Autowired
    OrderManagement orders;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void ordersAreGeneratedOnceWithConsistentAmountsSpendAndStock() throws Exception {
        assertThat(generator.count()).isEqualTo(3000);
        loader.run(null);
        assertThat(generator.count()).isEqualTo(3000);
        List<String> statuses = jdbc.sql("select distinct status from orders.sales_order").query(String.class).list();
        assertThat(statuses).containsExactlyInAnyOrder("WAITING_PAYMENT", "PAID", "SHIPPED", "COMPLETED", "CLOSED");
        // amounts add up
        assertThat(count("""
                select count(*) from orders.sales_order o
                where o.goods_total <> (select sum(unit_price * quantity) from orders.order_line l where l.order_id = o.id)
                   or o.payable <> o.goods_payable + o.shipping_fee - o.shipping_deduction
                   or o.member_discount <> o.goods_total - o.goods_payable
                   or o.paid_amount <> case when o.paid_at is null then 0 else o.payable end
                   or (o.quote ->> 'payable')::numeric <> o.payable""")).isZero();
        // member discount brackets: the bracket charges plus the special-price goods are the goods payable
        assertThat(count("""
                select count(*) from orders.sales_order o
                where o.goods_payable <> (o.quote ->> 'specialPriceGoods')::numeric
                    + coalesce((select sum((b ->> 'payable')::numeric) from jsonb_array_elements(o.quote -> 'brackets') b), 0)""")).isZero();
        assertThat(count("select count(*) from orders.sales_order where member_discount > 0")).isPositive();
        // times follow the status
        assertThat(count("""
                select count(*) from orders.sales_order where
                   (status = 'WAITING_PAYMENT' and paid_at is not null)
                or (status in ('PAID', 'SHIPPED', 'COMPLETED') and (paid_at is null or paid_at < created_at))
                or (status in ('SHIPPED', 'COMPLETED') and (shipped_at is null or shipped_at < paid_at))
                or (status = 'COMPLETED' and (completed_at is null or completed_at < shipped_at))
                or (status = 'CLOSED' and closed_at is null)
                or created_at > now() + interval '1 minute'""")).isZero();
        // cumulative spend = goods of paid orders that are not closed
        assertThat(count("""
                select count(*) from members.member m
                where m.cumulative_spend <> coalesce((select sum(goods_amount - refunded_goods_amount) from orders.purchase p
                                                      where p.member_id = m.id and not p.closed), 0)""")).isZero();
        assertThat(count("select count(*) from members.member where cumulative_spend > 0")).isPositive();
        // unshipped in-stock goods of open orders are reserved
        assertThat(count("select coalesce(sum(reserved), 0) from catalog.product")).isEqualTo(count("""
                select coalesce(sum(l.quantity - l.shipped_quantity), 0) from orders.order_line l
                join orders.sales_order o on o.id = l.order_id
                where o.status in ('WAITING_PAYMENT', 'PAID') and l.kind = 'IN_STOCK'"""));
        // every order reads back whole, breakdown included
        for (OrderStatus status : OrderStatus.values()) {
            String no = jdbc.sql("select order_no from orders.sales_order where status = ? order by id limit 1")
                    .param(status.name()).query(String.class).single();
            OrderView order = orders.get(no);
            assertThat(order.status()).isEqualTo(status);
            assertThat(order.breakdown().payable()).isEqualTo(order.payable());
            assertThat(order.lines()).isNotEmpty();
            assertThat(order.history()).isNotEmpty();
            if (status == OrderStatus.COMPLETED) {
                assertThat(order.shipments()).singleElement().satisfies(s -> assertThat(s.events()).hasSize(2));
                assertThat(order.payments()).hasSize(1);
                assertThat(order.history()).hasSize(4);
            }
        }
    }
}
