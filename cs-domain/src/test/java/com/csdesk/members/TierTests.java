package com.csdesk.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierTests {

    @ParameterizedTest
    @CsvSource({"0, REGULAR", "999.99, REGULAR", "1000, JUNIOR", "9999.99, JUNIOR", "10000, MIDDLE",
            "19999.99, MIDDLE", "20000, SENIOR", "1000000, SENIOR"})
    void tierFollowsCumulativeSpend(String spend, Tier tier) {
        assertThat(Tier.of(Money.of(spend))).isEqualTo(tier);
    }
}
