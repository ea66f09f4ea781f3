package com.csdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Business time inside online hours 9:00–23:00 Beijing time, and the 10:00 reply-by rule. */
class ServiceTermsTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final ServiceTerms terms = ServiceTerms.defaults();

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @ParameterizedTest(name = "{0} + {1} min = {2}")
    @CsvSource({
            "2026-11-24T10:00, 30, 2026-11-24T10:30",
            "2026-11-24T22:50, 10, 2026-11-24T23:00",
            "2026-11-24T22:50, 11, 2026-11-25T09:01",
            "2026-11-24T23:00, 0, 2026-11-25T09:00",
            "2026-11-24T23:30, 30, 2026-11-25T09:30",
            "2026-11-24T03:00, 60, 2026-11-24T10:00",
            "2026-11-24T09:00, 840, 2026-11-24T23:00",
            "2026-11-24T09:00, 841, 2026-11-25T09:01",
            "2026-11-24T12:00, 1680, 2026-11-26T12:00",
            "2026-12-31T22:00, 120, 2027-01-01T10:00"})
    void addsOnlyOnlineTime(String start, long minutes, String due) {
        assertThat(terms.addBusinessTime(at(start), Duration.ofMinutes(minutes))).isEqualTo(at(due));
    }

    @Test
    void seventyTwoBusinessHoursAreFiveDaysAndTwoHoursOfOnlineTime() {
        // 14 online hours a day: 72 h = 5 × 14 h + 2 h
        assertThat(terms.addBusinessTime(at("2026-11-24T09:00"), Duration.ofHours(72))).isEqualTo(at("2026-11-29T11:00"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-11-24T08:59:59, false",
            "2026-11-24T09:00, true",
            "2026-11-24T22:59:59, true",
            "2026-11-24T23:00, false"})
    void onlineFromOpeningUntilClosing(String time, boolean online) {
        assertThat(terms.isOnline(at(time))).isEqualTo(online);
    }

    @ParameterizedTest(name = "message at {0} answered by {1}")
    @CsvSource({
            "2026-11-24T10:00, 2026-11-24T10:30",
            "2026-11-24T22:45, 2026-11-25T09:15",
            "2026-11-24T23:00, 2026-11-25T10:00",
            "2026-11-24T23:59, 2026-11-25T10:00",
            "2026-11-25T00:10, 2026-11-25T10:00",
            "2026-11-25T08:59, 2026-11-25T10:00"})
    void firstResponseDueByTheReplyRule(String created, String due) {
        assertThat(terms.firstResponseDue(at(created), Duration.ofMinutes(30))).isEqualTo(at(due));
    }

    @Test
    void businessTimeBetweenCountsOnlyOnlineHours() {
        assertThat(terms.businessTimeBetween(at("2026-11-24T22:00"), at("2026-11-25T10:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(terms.businessTimeBetween(at("2026-11-24T10:00"), at("2026-11-24T09:00"))).isZero();
        assertThat(terms.businessTimeBetween(at("2026-11-24T00:00"), at("2026-11-26T00:00"))).isEqualTo(Duration.ofHours(28));
    }

    @Test
    void addingAndMeasuringAgree() {
        Instant start = at("2026-11-24T21:17");
        for (int minutes : new int[] {0, 1, 103, 839, 840, 841, 5000}) {
            Instant due = terms.addBusinessTime(start, Duration.ofMinutes(minutes));
            assertThat(terms.businessTimeBetween(start, due)).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void onlineHoursMustCloseAfterTheyOpen() {
        assertThatThrownBy(() -> new ServiceTerms(LocalTime.of(23, 0), LocalTime.of(9, 0), LocalTime.of(10, 0), SHANGHAI))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> terms.addBusinessTime(at("2026-11-24T10:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlineHoursLastAtLeastAnHour() {
        assertThatThrownBy(() -> new ServiceTerms(LocalTime.of(9, 0), LocalTime.of(9, 0, 1), LocalTime.of(10, 0), SHANGHAI))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least an hour");
        assertThatThrownBy(() -> new ServiceTerms(LocalTime.of(9, 0), LocalTime.of(9, 59), LocalTime.of(10, 0), SHANGHAI))
                .isInstanceOf(InvalidInputException.class);
        var hour = new ServiceTerms(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(10, 0), SHANGHAI);
        assertThat(hour.addBusinessTime(at("2026-11-24T09:30"), Duration.ofHours(2))).isEqualTo(at("2026-11-26T09:30"));
    }
}
