package com.csdesk.aftersales.policy;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When the order was paid and shipped, against the shop's shipping promise (发货时限): what a late
 * shipment (延迟发货) claim is judged on.
 *
 * @param flaggedLate the order module already flagged the order late
 * @param paidAt      when the order was paid; null while unpaid
 * @param shippedAt   when it was shipped; null while not shipped
 * @param promise     how soon after payment the goods are promised to ship (in-stock goods: 48 hours
 *                    by default); null when the goods have no fixed promise (代购, 定制 lead times),
 *                    so only the order's flag counts
 */
public record Dispatch(boolean flaggedLate, @Nullable Instant paidAt, @Nullable Instant shippedAt,
        @Nullable Duration promise) {

    public Dispatch {
        Inputs.require(promise == null || promise.isPositive(), "dispatch.promise",
                "发货时限须大于 0", "The shipping promise must be above zero");
    }

    /** Whether the goods were not shipped within the promise as of {@code now}. */
    public boolean isLate(Instant now) {
        if (flaggedLate) {
            return true;
        }
        if (paidAt == null || promise == null) {
            return false;
        }
        Instant due = paidAt.plus(promise);
        return shippedAt == null ? now.isAfter(due) : shippedAt.isAfter(due);
    }
}
