package com.csdesk.rfm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueSegmentTests {

    @ParameterizedTest(name = "R {0} F {1} M {2} → {3}")
    @CsvSource({
            "true,  true,  true,  IMPORTANT_VALUE,       重要价值",
            "true,  false, true,  IMPORTANT_DEVELOPMENT, 重要发展",
            "false, true,  true,  IMPORTANT_RETENTION,   重要保持",
            "false, false, true,  IMPORTANT_WIN_BACK,    重要挽留",
            "true,  true,  false, GENERAL_VALUE,         一般价值",
            "true,  false, false, GENERAL_DEVELOPMENT,   一般发展",
            "false, true,  false, GENERAL_RETENTION,     一般保持",
            "false, false, false, GENERAL_WIN_BACK,      一般挽留"})
    void eachCombinationOfHighAndLowNamesOneSegment(boolean r, boolean f, boolean m, ValueSegment segment,
            String zh) {
        assertThat(ValueSegment.of(r, f, m)).isEqualTo(segment);
        assertThat(segment.zh()).isEqualTo(zh);
        assertThat(segment.isScored()).isTrue();
    }

    @Test
    void theLookupTableHasTheEightCombinationsEachWithItsOwnSegment() {
        List<ValueSegmentRow> table = ValueSegment.lookupTable();

        assertThat(table).hasSize(8);
        assertThat(table).extracting(ValueSegmentRow::segment).doesNotHaveDuplicates()
                .doesNotContain(ValueSegment.NO_PURCHASE);
        assertThat(table).extracting(row -> List.of(row.recencyHigh(), row.frequencyHigh(), row.monetaryHigh()))
                .doesNotHaveDuplicates();
        assertThat(table).allSatisfy(row -> assertThat(
                ValueSegment.of(row.recencyHigh(), row.frequencyHigh(), row.monetaryHigh())).isEqualTo(row.segment()));
    }

    @Test
    void noPurchaseIsASegmentOfItsOwnOutsideTheTable() {
        assertThat(ValueSegment.NO_PURCHASE.isScored()).isFalse();
        assertThat(ValueSegment.NO_PURCHASE.zh()).isEqualTo("无购买");
        assertThat(Arrays.stream(ValueSegment.values()).filter(ValueSegment::isScored)).hasSize(8);
    }

    @Test
    void meansAreTheAverageScoresOfTheScoredMembers() {
        ScoreMeans means = ScoreMeans.of(List.of(RfmScores.of(5, 1, 2), RfmScores.of(4, 2, 2),
                RfmScores.of(1, 3, 3)));

        assertThat(means.members()).isEqualTo(3);
        assertThat(means.mean(Metric.RECENCY)).isEqualByComparingTo("3.3333");
        assertThat(means.mean(Metric.FREQUENCY)).isEqualByComparingTo("2");
        assertThat(means.mean(Metric.MONETARY)).isEqualByComparingTo("2.3333");
    }

    @Test
    void aScoreExactlyEqualToTheMeanIsHigh() {
        ScoreMeans means = ScoreMeans.of(List.of(RfmScores.of(2, 1, 5), RfmScores.of(4, 5, 1)));

        // every mean is exactly 3
        for (Metric metric : Metric.values()) {
            assertThat(means.isHigh(metric, Score.of(3))).as("%s 3 vs mean 3", metric).isTrue();
            assertThat(means.isHigh(metric, Score.of(2))).as("%s 2 vs mean 3", metric).isFalse();
        }
    }

    @Test
    void aScoreJustBelowAFractionalMeanIsLowAndJustAboveIsHigh() {
        // R mean 10/3 ≈ 3.33: 3 is low, 4 is high; no rounding can make 3 reach it
        ScoreMeans means = ScoreMeans.of(List.of(RfmScores.of(5, 1, 1), RfmScores.of(4, 1, 1),
                RfmScores.of(1, 1, 1)));

        assertThat(means.isHigh(Metric.RECENCY, Score.of(3))).isFalse();
        assertThat(means.isHigh(Metric.RECENCY, Score.of(4))).isTrue();
        // everybody equal: everybody is at the mean, so high
        assertThat(means.isHigh(Metric.FREQUENCY, Score.of(1))).isTrue();
    }

    @Test
    void segmentsAMemberAgainstTheMeans() {
        // means: R 3, F 3, M 3
        ScoreMeans means = ScoreMeans.of(List.of(RfmScores.of(1, 1, 1), RfmScores.of(5, 5, 5)));

        assertThat(ValueSegment.of(RfmScores.of(3, 3, 3), means)).isEqualTo(ValueSegment.IMPORTANT_VALUE);
        assertThat(ValueSegment.of(RfmScores.of(5, 2, 4), means)).isEqualTo(ValueSegment.IMPORTANT_DEVELOPMENT);
        assertThat(ValueSegment.of(RfmScores.of(2, 5, 5), means)).isEqualTo(ValueSegment.IMPORTANT_RETENTION);
        assertThat(ValueSegment.of(RfmScores.of(1, 1, 3), means)).isEqualTo(ValueSegment.IMPORTANT_WIN_BACK);
        assertThat(ValueSegment.of(RfmScores.of(4, 4, 2), means)).isEqualTo(ValueSegment.GENERAL_VALUE);
        assertThat(ValueSegment.of(RfmScores.of(3, 2, 2), means)).isEqualTo(ValueSegment.GENERAL_DEVELOPMENT);
        assertThat(ValueSegment.of(RfmScores.of(2, 3, 1), means)).isEqualTo(ValueSegment.GENERAL_RETENTION);
        assertThat(ValueSegment.of(RfmScores.of(2, 2, 2), means)).isEqualTo(ValueSegment.GENERAL_WIN_BACK);
    }

    @Test
    void meansNeedAtLeastOneScoredMember() {
        assertThatThrownBy(() -> ScoreMeans.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void meansRefuseSumsNoScoresCouldGive() {
        assertThatThrownBy(() -> new ScoreMeans(2, 11, 2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoreMeans(2, 2, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
