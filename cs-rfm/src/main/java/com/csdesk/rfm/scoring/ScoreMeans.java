package com.csdesk.rfm.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The mean score (平均分) of the scored members for each metric, the line between high (高) and
 * low (低) in the value segments. Kept as exact sums so that "score ≥ mean" is decided without
 * rounding: {@code score * members >= sum}. In SQL, {@code r_score >= avg(r_score) over ()} over
 * the scored members only decides the same, since PostgreSQL's numeric {@code avg} is exact when
 * the mean is whole and otherwise lies at least 1/members away from any whole score.
 */
public record ScoreMeans(long members, long recencySum, long frequencySum, long monetarySum) {

    public ScoreMeans {
        if (members < 1) {
            throw new IllegalArgumentException("a mean needs at least one scored member");
        }
        for (long sum : new long[] {recencySum, frequencySum, monetarySum}) {
            if (sum < members * Score.MIN || sum > members * Score.MAX) {
                throw new IllegalArgumentException("a sum of " + members + " scores cannot be " + sum);
            }
        }
    }

    /** The means of these members' scores; members without a purchase have no scores and are not counted. */
    public static ScoreMeans of(Collection<RfmScores> scores) {
        long r = 0;
        long f = 0;
        long m = 0;
        for (RfmScores s : scores) {
            r += s.recency().value();
            f += s.frequency().value();
            m += s.monetary().value();
        }
        return new ScoreMeans(scores.size(), r, f, m);
    }

    /** High (高) when the score is at least the mean: a score equal to the mean is high. */
    public boolean isHigh(Metric metric, Score score) {
        return score.value() * members >= sum(metric);
    }

    /** The mean for showing and storing, rounded half-up to four decimals; decisions use {@link #isHigh}. */
    public BigDecimal mean(Metric metric) {
        return BigDecimal.valueOf(sum(metric)).divide(BigDecimal.valueOf(members), 4, RoundingMode.HALF_UP);
    }

    private long sum(Metric metric) {
        return switch (metric) {
            case RECENCY -> recencySum;
            case FREQUENCY -> frequencySum;
            case MONETARY -> monetarySum;
        };
    }
}
