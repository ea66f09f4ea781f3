package com.csdesk.rfm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RfmCalculatorTests {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final RfmWindow WINDOW = new RfmWindow(AS_OF, 365);

    @Test
    void theWindowIsTheWindowDaysEndingWithTheAsOfDate() {
        assertThat(WINDOW.firstDay()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(new RfmWindow(AS_OF, 1).firstDay()).isEqualTo(AS_OF);
    }

    @Test
    void aWindowOfLessThanOneDayIsRefused() {
        assertThatThrownBy(() -> new RfmWindow(AS_OF, 0))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("windowDays"));
    }

    @Test
    void aPurchaseOnTheAsOfDateHasRecencyZero() {
        RfmResult result = calculate(Set.of(1L), order(1, "2025-06-30T23:59", "10.00"));

        assertThat(result.member(1).metrics()).isEqualTo(new RfmMetrics(0, 1, Money.of("10.00")));
    }

    @Test
    void aPurchaseOnTheFirstDayOfTheWindowCountsWithTheLongestRecency() {
        RfmResult result = calculate(Set.of(1L), order(1, "2024-07-01T00:00", "10.00"));

        assertThat(result.member(1).metrics()).isEqualTo(new RfmMetrics(364, 1, Money.of("10.00")));
    }

    @Test
    void aPurchaseTheDayBeforeTheWindowDoesNotCount() {
        RfmResult result = calculate(Set.of(1L), order(1, "2024-06-30T23:59", "10.00"));

        assertThat(result.member(1)).isEqualTo(MemberRfm.noPurchase(1));
    }

    @Test
    void aPurchaseAfterTheAsOfDateDoesNotCount() {
        RfmResult result = calculate(Set.of(1L), order(1, "2025-07-01T00:00", "10.00"));

        assertThat(result.member(1).purchased()).isFalse();
    }

    @Test
    void datesAreTakenInShanghaiNotUtc() {
        // 23:59 in Shanghai on the as-of date is 15:59 UTC: inside
        PaidOrder lateOnAsOfDate = paidAt(1, Instant.parse("2025-06-30T15:59:00Z"));
        // 20:00 UTC on the as-of date is already 04:00 the next day in Shanghai: outside
        PaidOrder utcAsOfDateButShanghaiNextDay = paidAt(2, Instant.parse("2025-06-30T20:00:00Z"));
        // 20:00 UTC the day before the window is 04:00 on its first day in Shanghai: inside
        PaidOrder utcDayBeforeButShanghaiFirstDay = paidAt(3, Instant.parse("2024-06-30T20:00:00Z"));
        // 15:59 UTC the day before the window is 23:59 that same day in Shanghai: outside
        PaidOrder shanghaiDayBefore = paidAt(4, Instant.parse("2024-06-30T15:59:00Z"));

        RfmResult result = calculate(Set.of(1L, 2L, 3L, 4L), lateOnAsOfDate, utcAsOfDateButShanghaiNextDay,
                utcDayBeforeButShanghaiFirstDay, shanghaiDayBefore);

        assertThat(result.member(1).metrics()).extracting(RfmMetrics::recencyDays).isEqualTo(0);
        assertThat(result.member(2).purchased()).isFalse();
        assertThat(result.member(3).metrics()).extracting(RfmMetrics::recencyDays).isEqualTo(364);
        assertThat(result.member(4).purchased()).isFalse();
    }

    @Test
    void aOneDayWindowHoldsOnlyTheAsOfDate() {
        RfmWindow today = new RfmWindow(AS_OF, 1);

        RfmResult result = RfmCalculator.calculate(today, RfmScoring.quintiles(), Set.of(1L, 2L),
                List.of(order(1, "2025-06-30T00:00", "10.00"), order(2, "2025-06-29T23:59", "10.00")));

        assertThat(result.member(1).metrics()).isEqualTo(new RfmMetrics(0, 1, Money.of("10.00")));
        assertThat(result.member(2).purchased()).isFalse();
    }

    @Test
    void recencyIsCountedFromTheLastPurchaseAndFrequencyCountsEveryPurchase() {
        RfmResult result = calculate(Set.of(1L), order(1, "2025-03-01T10:00", "10.00"),
                order(1, "2025-06-20T10:00", "20.00"), order(1, "2025-06-20T22:00", "30.00"),
                order(1, "2024-12-01T10:00", "40.00"));

        assertThat(result.member(1).metrics()).isEqualTo(new RfmMetrics(10, 4, Money.of("100.00")));
    }

    @Test
    void monetaryIsGoodsMinusRefundedGoods() {
        RfmResult result = calculate(Set.of(1L), order(1, "2025-06-01T10:00", "300.00", "120.50"),
                order(1, "2025-06-02T10:00", "99.90"));

        assertThat(result.member(1).metrics()).isEqualTo(new RfmMetrics(28, 2, Money.of("279.40")));
    }

    @Test
    void aFullyRefundedOrderIsNotAPurchase() {
        // the later order was refunded in full but stayed COMPLETED: it sets neither R nor F
        RfmResult result = calculate(Set.of(1L, 2L), order(1, "2025-05-01T10:00", "80.00"),
                order(1, "2025-06-29T10:00", "200.00", "200.00"), order(2, "2025-06-29T10:00", "50.00", "50.00"));

        assertThat(result.member(1).metrics()).isEqualTo(new RfmMetrics(60, 1, Money.of("80.00")));
        assertThat(result.member(2)).isEqualTo(MemberRfm.noPurchase(2));
    }

    @Test
    void aClosedOrderIsNotAPurchase() {
        RfmResult result = calculate(Set.of(1L, 2L), order(1, "2025-05-01T10:00", "80.00"),
                closed(1, "2025-06-29T10:00", "200.00"), closed(2, "2025-06-29T10:00", "50.00"));

        assertThat(result.member(1).metrics()).isEqualTo(new RfmMetrics(60, 1, Money.of("80.00")));
        assertThat(result.member(2).purchased()).isFalse();
    }

    @Test
    void scoresAndSegmentsASmallShop() {
        RfmResult result = calculate(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), smallShop());

        assertThat(result.members()).extracting(MemberRfm::memberId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertMember(result.member(1), 0, 3, "1000.00", RfmScores.of(5, 4, 4), ValueSegment.IMPORTANT_VALUE,
                GridSegment.CHAMPIONS);
        assertMember(result.member(2), 29, 1, "100.00", RfmScores.of(4, 1, 1), ValueSegment.GENERAL_DEVELOPMENT,
                GridSegment.PROMISING);
        assertMember(result.member(3), 302, 2, "2600.00", RfmScores.of(1, 2, 5), ValueSegment.IMPORTANT_WIN_BACK,
                GridSegment.AT_RISK);
        assertMember(result.member(4), 107, 2, "110.00", RfmScores.of(3, 3, 1), ValueSegment.GENERAL_RETENTION,
                GridSegment.ABOUT_TO_SLEEP);
        assertMember(result.member(5), 181, 1, "800.00", RfmScores.of(2, 1, 3), ValueSegment.IMPORTANT_WIN_BACK,
                GridSegment.HIBERNATING);
        assertMember(result.member(6), 10, 4, "600.00", RfmScores.of(5, 5, 2), ValueSegment.GENERAL_VALUE,
                GridSegment.CHAMPIONS);
        assertThat(result.member(7)).isEqualTo(MemberRfm.noPurchase(7));
        // only the six who purchased count towards the means
        assertThat(result.means()).isEqualTo(new ScoreMeans(6, 20, 16, 16));
        assertThat(result.recencyCutPoints().bands()).containsExactly(
                band(5, "0", "10"), band(4, "29", "29"), band(3, "107", "107"), band(2, "181", "181"),
                band(1, "302", "302"));
        assertThat(result.frequencyCutPoints().bands()).containsExactly(
                band(5, "4", "4"), band(4, "3", "3"), band(3, "2", "2"), band(2, "2", "2"), band(1, "1", "1"));
        assertThat(result.monetaryCutPoints().bands()).containsExactly(
                band(5, "2600.00", "2600.00"), band(4, "1000.00", "1000.00"), band(3, "800.00", "800.00"),
                band(2, "600.00", "600.00"), band(1, "100.00", "110.00"));
    }

    @Test
    void theSameDataInAnyOrderGivesTheSameResult() {
        List<PaidOrder> orders = new ArrayList<>(smallShop());
        RfmResult first = calculate(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), orders);

        Random random = new Random(11);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(orders, random);
            assertThat(calculate(Set.of(7L, 6L, 5L, 4L, 3L, 2L, 1L), orders)).isEqualTo(first);
        }
    }

    @Test
    void fixedThresholdsReplaceQuintilesForTheirMetric() {
        RfmScoring scoring = new RfmScoring(FixedThresholds.parse(Metric.RECENCY, "30,90,180,365"),
                new QuintileScorer(Metric.FREQUENCY), new QuintileScorer(Metric.MONETARY));

        RfmResult result = RfmCalculator.calculate(WINDOW, scoring, Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), smallShop());

        assertThat(result.members()).filteredOn(MemberRfm::purchased)
                .extracting(m -> m.scores().recency().value())
                .containsExactly(5, 5, 2, 3, 2, 5);
        assertThat(result.recencyCutPoints())
                .isEqualTo(FixedThresholds.parse(Metric.RECENCY, "30,90,180,365").cutPoints());
        // F and M still by quintiles
        assertThat(result.member(1).scores()).isEqualTo(RfmScores.of(5, 4, 4));
    }

    @Test
    void nobodyPurchasingGivesOnlyNoPurchaseAndNoMeans() {
        RfmResult result = calculate(Set.of(1L, 2L), closed(1, "2025-06-01T10:00", "10.00"));

        assertThat(result.members()).containsExactly(MemberRfm.noPurchase(1), MemberRfm.noPurchase(2));
        assertThat(result.means()).isNull();
        assertThat(result.recencyCutPoints().bands()).isEmpty();
    }

    @Test
    void noMembersGiveAnEmptyResult() {
        RfmResult result = calculate(Set.of());

        assertThat(result.members()).isEmpty();
        assertThat(result.means()).isNull();
    }

    @Test
    void anOrderOfAMemberOutsideTheRunIsRefused() {
        assertThatThrownBy(() -> calculate(Set.of(1L), order(2, "2025-06-01T10:00", "10.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("member 2");
    }

    @Test
    void anOrderCannotRefundMoreThanItsGoods() {
        assertThatThrownBy(() -> order(1, "2025-06-01T10:00", "10.00", "10.01"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZeroGoodsOrderWithNothingRefundedIsStillAPurchase() {
        assertThat(order(1, "2025-06-01T10:00", "0.00").isPurchase()).isTrue();
        assertThat(order(1, "2025-06-01T10:00", "5.00", "5.00").isFullyRefunded()).isTrue();
        assertThat(order(1, "2025-06-01T10:00", "5.00", "4.99").isFullyRefunded()).isFalse();
    }

    @Test
    void recencyDaysOutsideTheWindowAreRefused() {
        assertThat(WINDOW.recencyDays(LocalDate.of(2024, 7, 1))).isEqualTo(364);
        assertThatThrownBy(() -> WINDOW.recencyDays(LocalDate.of(2024, 6, 30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WINDOW.recencyDays(LocalDate.of(2025, 7, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMemberResultIsEitherFullyScoredOrNoPurchase() {
        assertThatThrownBy(() -> new MemberRfm(1, new RfmMetrics(0, 1, Money.of(1)), null,
                ValueSegment.NO_PURCHASE, GridSegment.NO_PURCHASE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemberRfm(1, null, null, ValueSegment.GENERAL_WIN_BACK,
                GridSegment.NO_PURCHASE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoringPlacesEachScorerOnItsOwnMetric() {
        assertThat(RfmScoring.quintiles().scorer(Metric.MONETARY)).isEqualTo(new QuintileScorer(Metric.MONETARY));
        assertThatThrownBy(() -> new RfmScoring(new QuintileScorer(Metric.FREQUENCY),
                new QuintileScorer(Metric.FREQUENCY), new QuintileScorer(Metric.MONETARY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Six members who purchased and one whose only order is before the window. */
    private static List<PaidOrder> smallShop() {
        return List.of(
                order(1, "2025-06-30T09:00", "300.00"), order(1, "2025-05-01T09:00", "200.00"),
                order(1, "2025-01-10T09:00", "500.00"),
                order(2, "2025-06-01T09:00", "100.00"),
                order(3, "2024-08-01T09:00", "2000.00"), order(3, "2024-09-01T09:00", "1000.00", "400.00"),
                order(4, "2025-03-15T09:00", "50.00"), order(4, "2025-03-15T21:00", "60.00"),
                order(5, "2024-12-31T09:00", "800.00"), closed(5, "2025-06-29T09:00", "900.00"),
                order(5, "2025-06-28T09:00", "700.00", "700.00"),
                order(6, "2025-06-20T09:00", "150.00"), order(6, "2025-06-10T09:00", "150.00"),
                order(6, "2025-06-05T09:00", "150.00"), order(6, "2025-06-01T09:00", "150.00"),
                order(7, "2024-06-30T09:00", "5000.00"));
    }

    private static void assertMember(MemberRfm member, int recencyDays, int frequency, String monetary,
            RfmScores scores, ValueSegment valueSegment, GridSegment gridSegment) {
        assertThat(member.metrics()).isEqualTo(new RfmMetrics(recencyDays, frequency, Money.of(monetary)));
        assertThat(member.scores()).isEqualTo(scores);
        assertThat(member.valueSegment()).isEqualTo(valueSegment);
        assertThat(member.gridSegment()).isEqualTo(gridSegment);
    }

    private static RfmResult calculate(Set<Long> members, PaidOrder... orders) {
        return calculate(members, List.of(orders));
    }

    private static RfmResult calculate(Set<Long> members, List<PaidOrder> orders) {
        return RfmCalculator.calculate(WINDOW, RfmScoring.quintiles(), members, orders);
    }

    /** Paid at a Shanghai wall-clock time, nothing refunded, not closed. */
    private static PaidOrder order(long memberId, String shanghaiTime, String goods) {
        return order(memberId, shanghaiTime, goods, "0.00");
    }

    private static PaidOrder order(long memberId, String shanghaiTime, String goods, String refunded) {
        return new PaidOrder(memberId, shanghai(shanghaiTime), Money.of(goods), Money.of(refunded), false);
    }

    private static PaidOrder closed(long memberId, String shanghaiTime, String goods) {
        return new PaidOrder(memberId, shanghai(shanghaiTime), Money.of(goods), Money.ZERO, true);
    }

    private static PaidOrder paidAt(long memberId, Instant paidAt) {
        return new PaidOrder(memberId, paidAt, Money.of("10.00"), Money.ZERO, false);
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(RfmWindow.SHOP_ZONE).toInstant();
    }

    private static ScoreBand band(int score, String min, String max) {
        return new ScoreBand(Score.of(score), new BigDecimal(min), new BigDecimal(max));
    }
}
