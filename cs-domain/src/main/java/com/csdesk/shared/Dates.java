package com.csdesk.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The dates the desk accepts from outside. ISO-8601 parses years up to ±999,999,999, which neither the
 * JDBC driver nor PostgreSQL can hold: such a date is refused as input (400) before it reaches them.
 * Filters take any date of the years 1900–9999; events that happened (a parcel scanned) are not in
 * the future beyond a little clock drift.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    /** A partner's clock may be a little ahead of ours. */
    public static final Duration CLOCK_SKEW = Duration.ofHours(1);

    private Dates() {
    }

    /** A date to filter by: any day of the years 1900 to 9999. */
    public static @Nullable LocalDate filter(String field, @Nullable LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw outOfRange(field, date.toString());
        }
        return date;
    }

    /** A time to filter by: within the years 1900 to 9999 (UTC). */
    public static @Nullable Instant filter(String field, @Nullable Instant time) {
        if (time != null && (time.isBefore(start(EARLIEST)) || !time.isBefore(start(LATEST.plusDays(1))))) {
            throw outOfRange(field, time.toString());
        }
        return time;
    }

    /** The time something happened: within the years 1900 to 9999 and not later than {@code now} plus the drift. */
    public static Instant happened(String field, Instant time, Instant now) {
        filter(field, time);
        if (time.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("time-in-future", field, Text.of(
                    field + " 在将来:" + time, field + " is in the future: " + time));
        }
        return time;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static InvalidInputException outOfRange(String field, String value) {
        return new InvalidInputException("date-out-of-range", field, Text.of(
                field + " 须在 1900 年至 9999 年之间:" + value, field + " must lie in the years 1900 to 9999: " + value));
    }
}
