package com.csdesk.demo;

import com.csdesk.members.MemberGenerator;
import com.csdesk.members.MemberManagement;
import com.csdesk.orders.OrderGenerator;
import com.csdesk.products.ProductGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty shop with demo data at start (demo profile). Generating only into an empty shop
 * makes a second start change nothing; an advisory lock keeps two instances from both generating.
 * {@code demo.members} sets the size (0: no data, only the demo accounts and key); {@code demo.orders}
 * the number of orders (default {@value #ORDERS_PER_MEMBER} per member), generated once into a shop
 * that has members but no orders yet.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final long LOCK_KEY = 0x43534445_4d4f4cL;
    static final int ORDERS_PER_MEMBER = 5;

    private final MemberManagement members;
    private final MemberGenerator memberGenerator;
    private final ProductGenerator productGenerator;
    private final OrderGenerator orderGenerator;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final int size;
    private final int orders;

    DemoDataLoader(MemberManagement members, MemberGenerator memberGenerator, ProductGenerator productGenerator,
            OrderGenerator orderGenerator, JdbcClient jdbc, TransactionTemplate tx,
            @Value("${demo.members:2000}") int size, @Value("${demo.orders:-1}") int orders) {
        this.members = members;
        this.memberGenerator = memberGenerator;
        this.productGenerator = productGenerator;
        this.orderGenerator = orderGenerator;
        this.jdbc = jdbc;
        this.tx = tx;
        this.size = size;
        this.orders = orders < 0 ? size * ORDERS_PER_MEMBER : orders;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (size <= 0) {
            return;
        }
        tx.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query(Object.class).single();
            long start = System.nanoTime();
            if (members.count() > 0) {
                log.info("demo data: the shop already has members, none generated");
            } else {
                int products = productGenerator.generate();
                int generated = memberGenerator.generate(size);
                log.info("demo data: {} products, {} members in {} ms", products, generated,
                        (System.nanoTime() - start) / 1_000_000);
            }
            if (orders > 0 && orderGenerator.count() == 0) {
                long ordersStart = System.nanoTime();
                int generated = orderGenerator.generate(orders);
                log.info("demo data: {} orders in {} ms", generated, (System.nanoTime() - ordersStart) / 1_000_000);
            }
        });
    }
}
