package com.csdesk.rfm.scoring;

import com.csdesk.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The reference RFM run (RFM 计算) over a small in-memory set of orders: the definition the
 * set-based SQL run is compared with in an integration test, never used on all members.
 *
 * <p>Per member, over the purchases paid within the window (see {@link RfmWindow}; a purchase is
 * {@link PaidOrder#isPurchase()}, dated by its payment time in Asia/Shanghai):
 * R = recency days, the as-of date minus the date of the last purchase (≥ 0);
 * F = the number of purchases; M = the sum of their goods minus refunded goods.
 * Members with no purchase in the window are {@link MemberRfm#noPurchase} and take no part in
 * scoring or in the means. The others are scored per metric by the run's {@link RfmScoring} and
 * segmented in both maps, high and low taken against the means of the scored members.
 */
public final class RfmCalculator {

    private RfmCalculator() {
    }

    /**
     * Computes, scores and segments every member of the run.
     *
     * @param memberIds every member of the run, with or without orders
     * @param orders paid orders of those members, in any order and of any date
     */
    public static RfmResult calculate(RfmWindow window, RfmScoring scoring, Set<Long> memberIds,
            Collection<PaidOrder> orders) {
        Map<Long, Totals> totals = new TreeMap<>();
        for (PaidOrder order : orders) {
            if (!memberIds.contains(order.memberId())) {
                throw new IllegalArgumentException(
                        "an order of member " + order.memberId() + ", who is not in the run");
            }
            if (order.isPurchase() && window.contains(order.paidAt())) {
                totals.computeIfAbsent(order.memberId(), id -> new Totals()).add(order);
            }
        }

        Map<Long, RfmMetrics> metrics = new TreeMap<>();
        totals.forEach((id, t) ->
                metrics.put(id, new RfmMetrics(window.recencyDays(t.lastPurchase), t.purchases, t.spent)));

        MetricScores recency = score(scoring, Metric.RECENCY, metrics);
        MetricScores frequency = score(scoring, Metric.FREQUENCY, metrics);
        MetricScores monetary = score(scoring, Metric.MONETARY, metrics);
        Map<Long, RfmScores> scores = new TreeMap<>();
        for (long id : metrics.keySet()) {
            scores.put(id, new RfmScores(recency.scoreOf(id), frequency.scoreOf(id), monetary.scoreOf(id)));
        }
        ScoreMeans means = scores.isEmpty() ? null : ScoreMeans.of(scores.values());

        List<MemberRfm> members = new ArrayList<>();
        for (long id : new TreeSet<>(memberIds)) {
            RfmScores s = scores.get(id);
            members.add(s == null || means == null
                    ? MemberRfm.noPurchase(id)
                    : new MemberRfm(id, metrics.get(id), s, ValueSegment.of(s, means), GridSegment.of(s)));
        }
        return new RfmResult(window, members, recency.cutPoints(), frequency.cutPoints(), monetary.cutPoints(),
                means);
    }

    private static MetricScores score(RfmScoring scoring, Metric metric, Map<Long, RfmMetrics> metrics) {
        List<MemberValue> values = new ArrayList<>();
        metrics.forEach((id, m) -> values.add(new MemberValue(id, m.value(metric))));
        return scoring.scorer(metric).score(values);
    }

    /** Running totals of one member's purchases in the window. */
    private static final class Totals {
        private LocalDate lastPurchase = LocalDate.MIN;
        private int purchases;
        private Money spent = Money.ZERO;

        void add(PaidOrder order) {
            LocalDate date = RfmWindow.shopDate(order.paidAt());
            if (date.isAfter(lastPurchase)) {
                lastPurchase = date;
            }
            purchases++;
            spent = spent.plus(order.netGoodsAmount());
        }
    }
}
