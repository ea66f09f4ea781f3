package com.csdesk.rfm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.csdesk.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixedThresholdsTests {

    private static final FixedThresholds RECENCY = FixedThresholds.parse(Metric.RECENCY, "30,90,180,365");
    private static final FixedThresholds FREQUENCY = FixedThresholds.parse(Metric.FREQUENCY, "2,3,5,10");
    private static final FixedThresholds MONETARY = FixedThresholds.parse(Metric.MONETARY, "100,500,1000,5000");

    @ParameterizedTest(name = "R {0} days → {1}")
    @CsvSource({"0,5", "1,5", "30,5", "31,4", "90,4", "91,3", "180,3", "181,2", "365,2", "366,1", "10000,1"})
    void recencyScoresFewerDaysHigherEachBoundaryIncluded(String days, int score) {
        assertThat(RECENCY.score(new BigDecimal(days))).isEqualTo(Score.of(score));
    }

    @ParameterizedTest(name = "F {0} purchases → {1}")
    @CsvSource({"1,1", "2,2", "3,3", "4,3", "5,4", "9,4", "10,5", "250,5"})
    void frequencyScoresMorePurchasesHigherFromEachBoundaryOn(String purchases, int score) {
        assertThat(FREQUENCY.score(new BigDecimal(purchases))).isEqualTo(Score.of(score));
    }

    @ParameterizedTest(name = "M {0} → {1}")
    @CsvSource({"0.00,1", "99.99,1", "100.00,2", "499.99,2", "500.00,3", "999.99,3", "1000.00,4", "4999.99,4",
            "5000.00,5", "123456.78,5"})
    void monetaryScoresMoreSpendHigherFromEachBoundaryOn(String amount, int score) {
        assertThat(MONETARY.score(new BigDecimal(amount))).isEqualTo(Score.of(score));
    }

    @Test
    void recencyCutPointsAreInclusiveDayBandsBestFirst() {
        assertThat(RECENCY.cutPoints()).isEqualTo(new CutPoints(Metric.RECENCY, List.of(
                band(5, null, "30"), band(4, "31", "90"), band(3, "91", "180"), band(2, "181", "365"),
                band(1, "366", null))));
    }

    @Test
    void frequencyCutPointsAreInclusivePurchaseBandsBestFirst() {
        assertThat(FREQUENCY.cutPoints()).isEqualTo(new CutPoints(Metric.FREQUENCY, List.of(
                band(5, "10", null), band(4, "5", "9"), band(3, "3", "4"), band(2, "2", "2"), band(1, null, "1"))));
    }

    @Test
    void monetaryCutPointsAreInclusiveFenBandsBestFirst() {
        assertThat(MONETARY.cutPoints()).isEqualTo(new CutPoints(Metric.MONETARY, List.of(
                band(5, "5000", null), band(4, "1000", "4999.99"), band(3, "500", "999.99"), band(2, "100", "499.99"),
                band(1, null, "99.99"))));
    }

    @Test
    void everyBoundaryAndItsNeighbourLieInTheBandOfTheirScore() {
        for (FixedThresholds thresholds : List.of(RECENCY, FREQUENCY, MONETARY)) {
            for (BigDecimal b : thresholds.boundaries()) {
                BigDecimal unit = thresholds.metric().unit();
                for (BigDecimal value : List.of(b.subtract(unit), b, b.add(unit))) {
                    ScoreBand band = thresholds.cutPoints().band(thresholds.score(value)).orElseThrow();
                    assertThat(band.min() == null || value.compareTo(band.min()) >= 0)
                            .as("%s ≥ min of %s", value, band).isTrue();
                    assertThat(band.max() == null || value.compareTo(band.max()) <= 0)
                            .as("%s ≤ max of %s", value, band).isTrue();
                }
            }
        }
    }

    @Test
    void scoresMembersAndRecordsTheThresholdBandsAsCutPoints() {
        MetricScores scores = FREQUENCY.score(List.of(new MemberValue(1, BigDecimal.ONE),
                new MemberValue(2, BigDecimal.TEN), new MemberValue(3, new BigDecimal("4"))));

        assertThat(scores.scores()).containsExactlyInAnyOrderEntriesOf(
                Map.of(1L, Score.of(1), 2L, Score.of(5), 3L, Score.of(3)));
        assertThat(scores.cutPoints()).isEqualTo(FREQUENCY.cutPoints());
    }

    @Test
    void refusesAMemberGivenTwice() {
        assertThatThrownBy(() -> FREQUENCY.score(List.of(new MemberValue(1, BigDecimal.ONE),
                new MemberValue(1, BigDecimal.TEN)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesSpacesAndTrailingZerosAndFormatsTheCanonicalForm() {
        assertThat(FixedThresholds.parse(Metric.RECENCY, " 30, 90 ,180,  365 ").format()).isEqualTo("30,90,180,365");
        assertThat(FixedThresholds.parse(Metric.FREQUENCY, "2.0,3,5,10.00").format()).isEqualTo("2,3,5,10");
        assertThat(FixedThresholds.parse(Metric.MONETARY, "99.50,500.00,1000,5000").format())
                .isEqualTo("99.5,500,1000,5000");
        assertThat(FixedThresholds.parse(Metric.MONETARY, "100.00,500,1000,5000")).isEqualTo(MONETARY);
    }

    @Test
    void formatThenParseGivesTheSameThresholds() {
        for (FixedThresholds thresholds : List.of(RECENCY, FREQUENCY, MONETARY)) {
            assertThat(FixedThresholds.parse(thresholds.metric(), thresholds.format())).isEqualTo(thresholds);
        }
    }

    @Test
    void lowestBoundariesThatLeaveEveryScoreReachableAreAccepted() {
        assertThat(FixedThresholds.parse(Metric.RECENCY, "0,1,2,3").score(BigDecimal.ZERO)).isEqualTo(Score.of(5));
        assertThat(FixedThresholds.parse(Metric.FREQUENCY, "2,3,4,5").score(BigDecimal.ONE)).isEqualTo(Score.of(1));
        assertThat(FixedThresholds.parse(Metric.MONETARY, "0.01,0.02,0.03,0.04").score(BigDecimal.ZERO))
                .isEqualTo(Score.of(1));
    }

    @Test
    void theHighestBoundariesAreAcceptedAndNothingAbove() {
        assertThat(FixedThresholds.parse(Metric.RECENCY, "30,90,180,3660").format()).isEqualTo("30,90,180,3660");
        assertThat(FixedThresholds.parse(Metric.FREQUENCY, "2,3,5,1000000").format()).isEqualTo("2,3,5,1000000");
        assertThat(FixedThresholds.parse(Metric.MONETARY, "100,500,1000,9999999999.99").format())
                .isEqualTo("100,500,1000,9999999999.99");
        assertThatThrownBy(() -> new FixedThresholds(Metric.RECENCY, List.of(new BigDecimal("30"), new BigDecimal("90"),
                new BigDecimal("180"), new BigDecimal("1E+999999999"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a boundary cannot be above 3660");
    }

    @Test
    void anExponentIsRefusedAsNotAPlainNumber() {
        assertThatThrownBy(() -> FixedThresholds.parse(Metric.RECENCY, "1e9999,1e10000,1e10001,1e10002"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"1e9999\" is not a plain decimal number");
    }

    @ParameterizedTest(name = "{0} \"{1}\" is refused")
    @CsvSource(delimiter = ';', value = {
            "RECENCY; 30,90,180",
            "RECENCY; 30,90,180,365,730",
            "RECENCY; ''",
            "RECENCY; 30,,180,365",
            "RECENCY; 30,90,abc,365",
            "RECENCY; 30,90,90,365",
            "RECENCY; 365,180,90,30",
            "RECENCY; -1,90,180,365",
            "RECENCY; 30.5,90,180,365",
            "FREQUENCY; 1,3,5,10",
            "FREQUENCY; 0,3,5,10",
            "FREQUENCY; 2,3,4.5,10",
            "FREQUENCY; 2,3,5,5",
            "MONETARY; 0,500,1000,5000",
            "MONETARY; -100,500,1000,5000",
            "MONETARY; 100.001,500,1000,5000",
            "MONETARY; 100,500,1000,1000.00",
            "RECENCY; 1e9999,1e10000,1e10001,1e10002",
            "RECENCY; 30,90,180,1E3",
            "RECENCY; 30,90,180,3661",
            "FREQUENCY; 2,3,5,1e999999999",
            "FREQUENCY; 2,3,5,1000001",
            "MONETARY; 100,500,1000,10000000000",
            "MONETARY; 100,500,1000,+5000",
            "MONETARY; 100,500,1000,0x10"})
    void invalidThresholdsAreRefusedNamingTheMetric(Metric metric, String text) {
        assertThatThrownBy(() -> FixedThresholds.parse(metric, text))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("invalid-rfm-thresholds");
                    assertThat(e.field()).isEqualTo(metric.name().toLowerCase() + "Thresholds");
                    assertThat(e.text().en()).contains(metric.letter() + " (" + metric.en() + ")");
                    assertThat(e.text().zh()).contains(metric.letter() + "(" + metric.zh() + ")");
                });
    }

    @Test
    void theReasonIsGivenInBothLanguages() {
        assertThatThrownBy(() -> FixedThresholds.parse(Metric.RECENCY, "90,30,180,365"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid fixed thresholds for R (Recency): 90,30,180,365"
                        + " — boundaries must be strictly ascending")
                .extracting(e -> ((InvalidInputException) e).text().zh())
                .isEqualTo("R(最近消费)的固定阈值无效:90,30,180,365 — 界限必须严格递增");
    }

    private static ScoreBand band(int score, String min, String max) {
        return new ScoreBand(Score.of(score), min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max));
    }
}
