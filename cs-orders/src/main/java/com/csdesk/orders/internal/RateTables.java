package com.csdesk.orders.internal;

import com.csdesk.audit.AuditTrail;
import com.csdesk.orders.ShippingRates;
import com.csdesk.orders.pricing.Carrier;
import com.csdesk.orders.pricing.RateTable;
import com.csdesk.shared.Money;
import com.csdesk.shared.Region;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The shipping rate table (运费表) as admins last saved it. Read for every quote, so it is cached
 * for a few seconds; the instance that saves a change drops its copy at once.
 */
@Component
class RateTables implements ShippingRates {

    private static final Duration CACHE_TIME = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final LoadingCache<Boolean, RateTable> cache;

    RateTables(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.cache = Caffeine.newBuilder().expireAfterWrite(CACHE_TIME).build(k -> load());
    }

    @Override
    public RateTable current() {
        return cache.get(Boolean.TRUE);
    }

    /** Replaces the whole table (validated by {@link RateTable} itself); audited. */
    @Override
    @Transactional
    public RateTable replace(RateTable table) {
        table.entries().forEach(RateTable.Entry::requireMeaningful);
        RateTable before = load();
        jdbc.sql("delete from orders.shipping_rate").update();
        for (RateTable.Entry e : table.entries()) {
            jdbc.sql("insert into orders.shipping_rate (carrier, region, first_kg_fee, additional_kg_fee) values (?, ?, ?, ?)")
                    .params(e.carrier().name(), e.region().name(), e.firstKgFee().amount(), e.additionalKgFee().amount())
                    .update();
        }
        cache.invalidateAll();
        // a quote running meanwhile may have cached the old table: drop it again once committed
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.invalidateAll();
            }
        });
        RateTable after = load();
        audit.record("shipping-rates.changed", "shipping-rate-table", "current", before.entries(), after.entries());
        return after;
    }

    private RateTable load() {
        return new RateTable(jdbc.sql("select carrier, region, first_kg_fee, additional_kg_fee from orders.shipping_rate order by carrier, region")
                .query((rs, n) -> new RateTable.Entry(Carrier.valueOf(rs.getString(1)), Region.valueOf(rs.getString(2)),
                        Money.of(rs.getBigDecimal(3)), Money.of(rs.getBigDecimal(4))))
                .list());
    }
}
