package com.csdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTests {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void filterDatesLieInTheYears1900To9999() {
        assertThat(Dates.filter("from", LocalDate.of(1900, 1, 1))).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(Dates.filter("to", LocalDate.of(9999, 12, 31))).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(Dates.filter("from", (LocalDate) null)).isNull();
        assertRefused(() -> Dates.filter("from", LocalDate.of(1899, 12, 31)), "from");
        assertRefused(() -> Dates.filter("to", LocalDate.of(10000, 1, 1)), "to");
        assertRefused(() -> Dates.filter("to", LocalDate.parse("+999999999-01-01")), "to");
    }

    @Test
    void filterTimesLieInTheYears1900To9999() {
        assertThat(Dates.filter("dueBefore", Instant.parse("9999-12-31T23:59:59Z"))).isNotNull();
        assertThat(Dates.filter("dueBefore", (Instant) null)).isNull();
        assertRefused(() -> Dates.filter("dueBefore", Instant.parse("+10000-01-01T00:00:00Z")), "dueBefore");
        assertRefused(() -> Dates.filter("dueBefore", Instant.parse("-999999999-01-01T00:00:00Z")), "dueBefore");
        assertRefused(() -> Dates.filter("dueBefore", Instant.parse("1899-12-31T23:59:59Z")), "dueBefore");
    }

    @Test
    void somethingThatHappenedIsNotInTheFutureBeyondTheDrift() {
        assertThat(Dates.happened("at", NOW.plus(Dates.CLOCK_SKEW), NOW)).isEqualTo(NOW.plus(Dates.CLOCK_SKEW));
        assertThat(Dates.happened("at", Instant.parse("2001-01-01T00:00:00Z"), NOW)).isNotNull();
        assertThatThrownBy(() -> Dates.happened("at", NOW.plus(Dates.CLOCK_SKEW).plusSeconds(1), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("time-in-future"));
        assertRefused(() -> Dates.happened("at", Instant.parse("+999999999-12-31T23:59:59Z"), NOW), "at");
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo("date-out-of-range");
        });
    }
}
