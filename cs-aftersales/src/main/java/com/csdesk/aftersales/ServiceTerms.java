package com.csdesk.aftersales;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Text;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The service terms (服务条款) that set ticket timers, DOMAIN §4.4, as pure computation: online
 * hours (在线时间, every day of the week) and the reply-by rule for messages left outside them
 * (回复时间: answered by {@code replyBy} the next day). SLA targets count business time only, that
 * is time inside online hours.
 *
 * @param opens   start of online hours (default 9:00)
 * @param closes  end of online hours (default 23:00), after {@code opens}
 * @param replyBy a message left outside online hours is answered by this time of the next day
 *                (of the same day when left before opening); default 10:00
 * @param zone    the shop's time zone
 */
public record ServiceTerms(LocalTime opens, LocalTime closes, LocalTime replyBy, ZoneId zone) {

    /** The shortest online window the shop may publish; anything less leaves no time to answer in. */
    public static final Duration MIN_ONLINE = Duration.ofHours(1);

    public ServiceTerms {
        if (!closes.isAfter(opens)) {
            throw new InvalidInputException("invalid-service-terms", "closes", Text.of(
                    "在线时间的结束须晚于开始(" + opens + "–" + closes + ")",
                    "Online hours must close after they open (" + opens + "–" + closes + ")"));
        }
        if (Duration.between(opens, closes).compareTo(MIN_ONLINE) < 0) {
            throw new InvalidInputException("invalid-service-terms", "closes", Text.of(
                    "在线时间至少 1 小时(" + opens + "–" + closes + ")",
                    "Online hours must last at least an hour (" + opens + "–" + closes + ")"));
        }
    }

    /** 9:00–23:00, replies by 10:00, Beijing time. */
    public static ServiceTerms defaults() {
        return new ServiceTerms(LocalTime.of(9, 0), LocalTime.of(23, 0), LocalTime.of(10, 0), ZoneId.of("Asia/Shanghai"));
    }

    /** Inside online hours: from opening (inclusive) to closing (exclusive). */
    public boolean isOnline(Instant at) {
        LocalTime t = at.atZone(zone).toLocalTime();
        return !t.isBefore(opens) && t.isBefore(closes);
    }

    /**
     * The instant {@code businessTime} of online time after {@code start}. Time outside online hours
     * does not count, so a start outside them begins counting at the next opening; a result that
     * lands exactly on closing stays there rather than moving to the next morning.
     */
    public Instant addBusinessTime(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("negative business time");
        }
        ZonedDateTime at = start.atZone(zone);
        Duration left = businessTime;
        while (true) {
            LocalDate day = at.toLocalDate();
            ZonedDateTime open = day.atTime(opens).atZone(zone);
            ZonedDateTime close = day.atTime(closes).atZone(zone);
            if (at.isBefore(open)) {
                at = open;
            }
            if (!at.isBefore(close)) {
                at = day.plusDays(1).atTime(opens).atZone(zone);
                continue;
            }
            Duration today = Duration.between(at, close);
            if (left.compareTo(today) <= 0) {
                return at.plus(left).toInstant();
            }
            left = left.minus(today);
            at = day.plusDays(1).atTime(opens).atZone(zone);
        }
    }

    /** Online time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        ZonedDateTime at = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        while (at.isBefore(end)) {
            LocalDate day = at.toLocalDate();
            ZonedDateTime open = day.atTime(opens).atZone(zone);
            ZonedDateTime close = day.atTime(closes).atZone(zone);
            ZonedDateTime s = at.isBefore(open) ? open : at;
            ZonedDateTime e = end.isBefore(close) ? end : close;
            if (e.isAfter(s)) {
                total = total.plus(Duration.between(s, e));
            }
            at = day.plusDays(1).atStartOfDay(zone);
        }
        return total;
    }

    /**
     * When the first reply is due: {@code target} of online time after a message left inside online
     * hours; by the reply-by time for one left outside them (the next day after closing, the same
     * day before opening).
     */
    public Instant firstResponseDue(Instant created, Duration target) {
        if (isOnline(created)) {
            return addBusinessTime(created, target);
        }
        ZonedDateTime at = created.atZone(zone);
        LocalDate day = at.toLocalTime().isBefore(opens) ? at.toLocalDate() : at.toLocalDate().plusDays(1);
        return day.atTime(replyBy).atZone(zone).toInstant();
    }
}
