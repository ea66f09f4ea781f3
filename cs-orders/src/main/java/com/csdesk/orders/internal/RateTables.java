package com.csdesk.orders.internal;

import com.csdesk.orders.pricing.Carrier;
import com.csdesk.orders.pricing.RateTable;
import com.csdesk.shared.Money;
import com.csdesk.shared.Region;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shipping rate table (运费表) as admins last saved it. Read for every quote, so it is cached
 * for a few seconds; the instance that saves a change drops its copy at once.
 */
@Component
class RateTables {

    private static final Duration CACHE_TIME = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final LoadingCache<Boolean, RateTable> cache;

    RateTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.cache = Caffeine.newBuilder().expireAfterWrite(CACHE_TIME).build(k -> load());
    }

    RateTable current() {
        return cache.get(Boolean.TRUE);
    }

    /** Replaces the whole table (validated by {@link RateTable} itself). */
    void replace(RateTable table) {
        jdbc.sql("delete from orders.shipping_rate").update();
        for (RateTable.Entry e : table.entries()) {
            jdbc.sql("insert into orders.shipping_rate (carrier, region, first_kg_fee, additional_kg_fee) values (?, ?, ?, ?)")
                    .params(e.carrier().name(), e.region().name(), e.firstKgFee().amount(), e.additionalKgFee().amount())
                    .update();
        }
        cache.invalidateAll();
    }

    private RateTable load() {
        return new RateTable(jdbc.sql("select carrier, region, first_kg_fee, additional_kg_fee from orders.shipping_rate")
                .query((rs, n) -> new RateTable.Entry(Carrier.valueOf(rs.getString(1)), Region.valueOf(rs.getString(2)),
                        Money.of(rs.getBigDecimal(3)), Money.of(rs.getBigDecimal(4))))
                .list());
    }
}
