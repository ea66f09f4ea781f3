package com.csdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTests {

    @ParameterizedTest
    @CsvSource({"1.005, 1.01", "1.004, 1.00", "-1.005, -1.01", "2, 2.00", "0.1, 0.10"})
    void roundsHalfUpToTheFen(String raw, String expected) {
        assertThat(Money.of(raw).amount()).isEqualByComparingTo(expected);
        assertThat(Money.of(raw).amount().scale()).isEqualTo(2);
    }

    @Test
    void multipliesByARateAndRounds() {
        assertThat(Money.of(100).times(new BigDecimal("0.95"))).isEqualTo(Money.of("95.00"));
        assertThat(Money.of("33.33").times(new BigDecimal("0.93"))).isEqualTo(Money.of("31.00"));
        assertThat(Money.of("0.05").times(new BigDecimal("0.5"))).isEqualTo(Money.of("0.03"));
    }

    @Test
    void arithmeticAndComparison() {
        Money a = Money.of("10.50");
        Money b = Money.of("2.25");
        assertThat(a.plus(b)).isEqualTo(Money.of("12.75"));
        assertThat(a.minus(b)).isEqualTo(Money.of("8.25"));
        assertThat(b.times(3)).isEqualTo(Money.of("6.75"));
        assertThat(b.minus(a).isNegative()).isTrue();
        assertThat(a.max(b)).isEqualTo(a);
        assertThat(a.min(b)).isEqualTo(b);
        assertThat(a.isGreaterThan(b)).isTrue();
        assertThat(b.isLessThan(a)).isTrue();
        assertThat(a.isAtLeast(Money.of("10.5"))).isTrue();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(a.negate()).isEqualTo(Money.of("-10.50"));
    }

    @Test
    void equalRegardlessOfTrailingZeros() {
        assertThat(Money.of("5")).isEqualTo(Money.of("5.00")).hasSameHashCodeAs(Money.of("5.0"));
        assertThat(Money.of("5.10").toString()).isEqualTo("5.10");
    }

    @Test
    void anAmountBeyondAnyTheShopHoldsIsRefusedBeforeItIsRounded() {
        assertThat(Money.of("999999999999999.99").amount()).isEqualByComparingTo("999999999999999.99");
        for (String huge : new String[] {"1000000000000000", "1e15", "1e999999999", "-1e999999999", "1e-999999999",
                "0.000000000000000000001"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.of(huge))
                    .as(huge).isInstanceOf(InvalidInputException.class);
        }
        assertThat(Money.of("0.00000000000000000001").amount()).isEqualByComparingTo("0");
    }
}
