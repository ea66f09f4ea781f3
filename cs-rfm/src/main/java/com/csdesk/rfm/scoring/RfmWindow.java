package com.csdesk.rfm.scoring;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The window of a run (统计窗口): the {@code windowDays} calendar days ending with the as-of date
 * (截止日期), both included, dates taken in the shop's time zone. 365 days as of 2025-06-30 run
 * from 2024-07-01 to 2025-06-30.
 */
public record RfmWindow(LocalDate asOf, int windowDays) {

    /** The shop's time zone: a purchase's date is its payment time's date here. */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    public RfmWindow {
        if (windowDays < 1) {
            throw new InvalidInputException("invalid-rfm-window", "windowDays", Text.of(
                    "统计窗口至少为 1 天,不能为 " + windowDays, "The window must be at least 1 day, not " + windowDays));
        }
    }

    public LocalDate firstDay() {
        return asOf.minusDays(windowDays - 1L);
    }

    /** The shop date of an instant, in Asia/Shanghai. */
    public static LocalDate shopDate(Instant instant) {
        return instant.atZone(SHOP_ZONE).toLocalDate();
    }

    public boolean contains(Instant paidAt) {
        LocalDate date = shopDate(paidAt);
        return !date.isBefore(firstDay()) && !date.isAfter(asOf);
    }

    /**
     * Recency days (R, 最近消费天数): the as-of date minus the date of the last purchase, in whole
     * days; 0 when the last purchase was on the as-of date, at most {@code windowDays - 1}.
     */
    public int recencyDays(LocalDate lastPurchase) {
        if (lastPurchase.isBefore(firstDay()) || lastPurchase.isAfter(asOf)) {
            throw new IllegalArgumentException(lastPurchase + " is outside the window " + firstDay() + ".." + asOf);
        }
        return (int) ChronoUnit.DAYS.between(lastPurchase, asOf);
    }
}
