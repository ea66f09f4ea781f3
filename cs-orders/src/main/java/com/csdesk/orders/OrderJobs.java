package com.csdesk.orders;

import com.csdesk.jobs.JobRun;
import java.time.Year;

/**
 * The orders module's scheduled jobs (定时任务). Each is set-based (a few statements for any number
 * of orders), runs on one instance at a time, reads the time from the injected clock and is
 * recorded as a {@link JobRun}. The schedules call these; so can tests and ops.
 */
public interface OrderJobs {

    /** WAITING_PAYMENT → CLOSED for orders unpaid for 72 hours (default); their reserved stock is released. */
    JobRun closeUnpaid();

    /** SHIPPED → COMPLETED 10 days (default) after shipment, unless an after-sales ticket on the order is open. */
    JobRun completeShipped();

    /**
     * Purchase-agent (代购) goods still unshipped 15 days (default) after payment: the shop bears the
     * shipping, so the shipping paid is refunded (once per order).
     */
    JobRun refundLatePurchaseAgentShipping();

    /** Paid orders with in-stock goods unshipped 48 hours (default) after payment are flagged late (延迟发货, red flag). */
    JobRun flagLateShipments();

    /**
     * Year end: the ten members with the highest spend in {@code year} get lifetime free shipping (终身包邮),
     * bound to their default address. Members who already have it keep theirs.
     */
    JobRun grantLifetimeFreeShipping(Year year);
}
