package com.csdesk.orders.internal;

import com.csdesk.jobs.JobRun;
import com.csdesk.jobs.JobRuns;
import com.csdesk.members.Address;
import com.csdesk.members.MemberManagement;
import com.csdesk.members.MemberView;
import com.csdesk.members.Note;
import com.csdesk.orders.OrderJobs;
import com.csdesk.products.ProductManagement;
import com.csdesk.products.StockLine;
import com.csdesk.settings.Settings;
import com.csdesk.shared.CurrentActor;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The orders jobs, set-based: each works through its orders in batches of {@link #BATCH} rows per
 * statement and transaction (closing 100,000 expired orders is a few dozen statements, never an
 * entity load per order), skipping rows another transaction holds (a payment arriving right now).
 * Schedules are properties with defaults (Beijing time); ShedLock runs each on one instance.
 */
@Service
class OrderJobService implements OrderJobs {

    static final int BATCH = 10_000;
    static final String CLOSE_UNPAID = "orders.close-unpaid";
    static final String COMPLETE_SHIPPED = "orders.complete-shipped";
    static final String REFUND_PURCHASE_AGENT_SHIPPING = "orders.refund-purchase-agent-shipping";
    static final String FLAG_LATE_SHIPMENTS = "orders.flag-late-shipments";
    static final String LIFETIME_FREE_SHIPPING = "orders.lifetime-free-shipping";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JobRuns runs;
    private final Settings settings;
    private final ProductManagement products;
    private final MemberManagement members;
    private final Clock clock;

    OrderJobService(JdbcClient jdbc, TransactionTemplate tx, JobRuns runs, Settings settings,
            ProductManagement products, MemberManagement members, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.runs = runs;
        this.settings = settings;
        this.products = products;
        this.members = members;
        this.clock = clock;
    }

    @Scheduled(cron = "${orders.jobs.close-unpaid.cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = CLOSE_UNPAID, lockAtMostFor = "PT30M")
    void scheduledCloseUnpaid() {
        closeUnpaid();
    }

    @Scheduled(cron = "${orders.jobs.complete-shipped.cron:0 15 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = COMPLETE_SHIPPED, lockAtMostFor = "PT30M")
    void scheduledCompleteShipped() {
        completeShipped();
    }

    @Scheduled(cron = "${orders.jobs.refund-purchase-agent-shipping.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = REFUND_PURCHASE_AGENT_SHIPPING, lockAtMostFor = "PT30M")
    void scheduledRefundLatePurchaseAgentShipping() {
        refundLatePurchaseAgentShipping();
    }

    @Scheduled(cron = "${orders.jobs.flag-late-shipments.cron:0 */30 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = FLAG_LATE_SHIPMENTS, lockAtMostFor = "PT30M")
    void scheduledFlagLateShipments() {
        flagLateShipments();
    }

    /** Just after midnight on New Year's Day (shop time): the year that just ended. */
    @Scheduled(cron = "${orders.jobs.lifetime-free-shipping.cron:0 5 0 1 1 *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = LIFETIME_FREE_SHIPPING, lockAtMostFor = "PT30M")
    void scheduledLifetimeFreeShipping() {
        grantLifetimeFreeShipping(Year.now(clock.withZone(Note.SHOP_ZONE)).minusYears(1));
    }

    @Override
    public JobRun closeUnpaid() {
        return runs.run(CLOSE_UNPAID, () -> {
            Instant now = clock.instant();
            Instant cutoff = now.minus(Duration.ofHours(settings.get(OrderJobSettings.UNPAID_CLOSE_HOURS)));
            String reason = "unpaid for " + settings.get(OrderJobSettings.UNPAID_CLOSE_HOURS) + " hours";
            return batches(() -> {
                // close a batch, write its history, and sum the in-stock quantities it had reserved per SKU
                List<Object[]> rows = jdbc.sql("""
                        with due as (
                            select id from orders.sales_order
                            where status = 'WAITING_PAYMENT' and created_at <= :cutoff
                            order by created_at limit :batch for update skip locked),
                        closed as (
                            update orders.sales_order o
                            set status = 'CLOSED', closed_at = :now, close_reason = :reason, version = o.version + 1
                            from due where o.id = due.id
                            returning o.id),
                        history as (
                            insert into orders.status_change (order_id, from_status, to_status, at, actor, reason)
                            select id, 'WAITING_PAYMENT', 'CLOSED', :now, :actor, :reason from closed
                            returning order_id)
                        select l.sku, sum(l.quantity - l.shipped_quantity)::int, (select count(*) from history)
                        from closed c
                        left join orders.order_line l on l.order_id = c.id and l.kind = 'IN_STOCK'
                             and not l.cancelled and l.quantity > l.shipped_quantity
                        group by l.sku""")
                        .param("cutoff", Timestamp.from(cutoff)).param("batch", BATCH)
                        .param("now", Timestamp.from(now)).param("reason", reason).param("actor", CurrentActor.SYSTEM)
                        .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3)})
                        .list();
                List<StockLine> release = new ArrayList<>();
                for (Object[] row : rows) {
                    if (row[0] != null) {
                        release.add(new StockLine((String) row[0], (Integer) row[1]));
                    }
                }
                products.release(release);
                return rows.isEmpty() ? 0 : (Long) rows.getFirst()[2];
            });
        });
    }

    @Override
    public JobRun completeShipped() {
        return runs.run(COMPLETE_SHIPPED, () -> {
            Instant now = clock.instant();
            int days = settings.get(OrderJobSettings.AUTO_COMPLETE_DAYS);
            Instant cutoff = now.minus(Duration.ofDays(days));
            String reason = "completed " + days + " days after shipment";
            return batches(() -> jdbc.sql("""
                    with due as (
                        select id from orders.sales_order
                        where status = 'SHIPPED' and shipped_at <= :cutoff and open_after_sales = 0
                        order by shipped_at limit :batch for update skip locked),
                    completed as (
                        update orders.sales_order o set status = 'COMPLETED', completed_at = :now, version = o.version + 1
                        from due where o.id = due.id
                        returning o.id)
                    insert into orders.status_change (order_id, from_status, to_status, at, actor, reason)
                    select id, 'SHIPPED', 'COMPLETED', :now, :actor, :reason from completed""")
                    .param("cutoff", Timestamp.from(cutoff)).param("batch", BATCH)
                    .param("now", Timestamp.from(now)).param("reason", reason).param("actor", CurrentActor.SYSTEM)
                    .update());
        });
    }

    @Override
    public JobRun refundLatePurchaseAgentShipping() {
        return runs.run(REFUND_PURCHASE_AGENT_SHIPPING, () -> {
            Instant now = clock.instant();
            int days = settings.get(OrderJobSettings.PURCHASE_AGENT_SHIPPING_REFUND_DAYS);
            Instant cutoff = now.minus(Duration.ofDays(days));
            String reason = "purchase-agent goods unshipped " + days + " days after payment: the shop bears the shipping";
            // the shipping this order paid: its fee less what was deducted, never more than is left to refund
            return batches(() -> jdbc.sql("""
                    with due as (
                        select o.id,
                               least(greatest(o.shipping_fee - o.shipping_deduction, 0), o.paid_amount - o.refunded_amount) as amount
                        from orders.sales_order o
                        where o.status = 'PAID' and o.paid_at <= :cutoff and o.shipping_refunded_at is null
                          and o.shipping_fee > o.shipping_deduction and o.paid_amount > o.refunded_amount
                          and exists (select 1 from orders.order_line l where l.order_id = o.id and l.kind = 'PURCHASE_AGENT'
                                      and not l.cancelled and l.quantity > l.shipped_quantity)
                        order by o.paid_at limit :batch for update of o skip locked),
                    refunded as (
                        update orders.sales_order o
                        set refunded_amount = o.refunded_amount + due.amount, shipping_refunded_at = :now,
                            version = o.version + 1
                        from due where o.id = due.id
                        returning o.id, due.amount)
                    insert into orders.refund (order_id, amount, goods_amount, reason, reference, at, actor)
                    select id, amount, 0, :reason, 'shipping', :now, :actor from refunded""")
                    .param("cutoff", Timestamp.from(cutoff)).param("batch", BATCH)
                    .param("now", Timestamp.from(now)).param("reason", reason).param("actor", CurrentActor.SYSTEM)
                    .update());
        });
    }

    @Override
    public JobRun flagLateShipments() {
        return runs.run(FLAG_LATE_SHIPMENTS, () -> {
            Instant cutoff = clock.instant().minus(Duration.ofHours(settings.get(OrderJobSettings.IN_STOCK_SHIP_HOURS)));
            return batches(() -> jdbc.sql("""
                    with due as (
                        select o.id from orders.sales_order o
                        where o.status = 'PAID' and o.paid_at <= :cutoff and not o.late_shipment
                          and exists (select 1 from orders.order_line l where l.order_id = o.id and l.kind = 'IN_STOCK'
                                      and not l.cancelled and l.quantity > l.shipped_quantity)
                        order by o.paid_at limit :batch for update of o skip locked)
                    update orders.sales_order o set late_shipment = true, flag = 'RED', version = o.version + 1
                    from due where o.id = due.id""")
                    .param("cutoff", Timestamp.from(cutoff)).param("batch", BATCH)
                    .update());
        });
    }

    @Override
    public JobRun grantLifetimeFreeShipping(Year year) {
        return runs.run(LIFETIME_FREE_SHIPPING, () -> {
            Instant from = year.atDay(1).atStartOfDay(Note.SHOP_ZONE).toInstant();
            Instant to = year.plusYears(1).atDay(1).atStartOfDay(Note.SHOP_ZONE).toInstant();
            List<String> winners = jdbc.sql("""
                    select o.member_nickname from orders.sales_order o
                    where o.paid_at >= ? and o.paid_at < ? and o.status <> 'CLOSED'
                    group by o.member_id, o.member_nickname
                    having sum(o.goods_total - o.refunded_goods_amount) > 0
                    order by sum(o.goods_total - o.refunded_goods_amount) desc, o.member_id
                    limit ?""")
                    .params(Timestamp.from(from), Timestamp.from(to),
                            settings.get(OrderJobSettings.LIFETIME_FREE_SHIPPING_WINNERS))
                    .query(String.class).list();
            long granted = 0;
            for (String nickname : winners) {
                granted += Objects.requireNonNull(tx.execute(s -> {
                    MemberView member = members.get(nickname);
                    Address address = member.addresses().stream().filter(Address::isDefault).findFirst()
                            .orElse(member.addresses().isEmpty() ? null : member.addresses().getFirst());
                    if (member.lifetimeFreeShipping() || address == null) {
                        return 0;
                    }
                    members.grantLifetimeFreeShipping(nickname, address.oneLine());
                    return 1;
                }));
            }
            return granted;
        });
    }

    /** Repeats one batch statement (its own transaction) until a batch changes fewer rows than {@link #BATCH}. */
    private long batches(BatchStatement batch) {
        long total = 0;
        long changed;
        do {
            changed = Objects.requireNonNull(tx.execute(s -> batch.run()));
            total += changed;
        } while (changed >= BATCH);
        return total;
    }

    @FunctionalInterface
    private interface BatchStatement {
        long run();
    }
}
