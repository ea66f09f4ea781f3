package com.csdesk.rfm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreTests {

    @Test
    void aScoreIsFromOneToFive() {
        assertThat(Score.of(1).value()).isEqualTo(1);
        assertThat(Score.of(5).value()).isEqualTo(5);
        assertThatThrownBy(() -> Score.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.of(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresCompareByValue() {
        assertThat(Score.of(5)).isGreaterThan(Score.of(4));
        assertThat(Score.of(3)).isEqualByComparingTo(Score.of(3));
    }

    @Test
    void rfmScoresGiveTheScoreOfEachMetric() {
        RfmScores scores = RfmScores.of(5, 3, 1);

        assertThat(scores.score(Metric.RECENCY)).isEqualTo(Score.of(5));
        assertThat(scores.score(Metric.FREQUENCY)).isEqualTo(Score.of(3));
        assertThat(scores.score(Metric.MONETARY)).isEqualTo(Score.of(1));
    }

    @Test
    void onlyRecencyScoresFewerHigher() {
        assertThat(Metric.RECENCY.higherIsBetter()).isFalse();
        assertThat(Metric.FREQUENCY.higherIsBetter()).isTrue();
        assertThat(Metric.MONETARY.higherIsBetter()).isTrue();
    }
}
