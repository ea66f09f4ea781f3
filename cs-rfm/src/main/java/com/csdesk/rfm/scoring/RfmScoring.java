package com.csdesk.rfm.scoring;

/**
 * How a run scores each metric (评分方式): quintiles by default, or an admin's fixed thresholds per
 * metric.
 */
public record RfmScoring(MetricScorer recency, MetricScorer frequency, MetricScorer monetary) {

    public RfmScoring {
        requireMetric(recency, Metric.RECENCY);
        requireMetric(frequency, Metric.FREQUENCY);
        requireMetric(monetary, Metric.MONETARY);
    }

    /** Quintiles for all three metrics, the rules' default. */
    public static RfmScoring quintiles() {
        return new RfmScoring(new QuintileScorer(Metric.RECENCY), new QuintileScorer(Metric.FREQUENCY),
                new QuintileScorer(Metric.MONETARY));
    }

    public MetricScorer scorer(Metric metric) {
        return switch (metric) {
            case RECENCY -> recency;
            case FREQUENCY -> frequency;
            case MONETARY -> monetary;
        };
    }

    private static void requireMetric(MetricScorer scorer, Metric metric) {
        if (scorer.metric() != metric) {
            throw new IllegalArgumentException("a scorer of " + scorer.metric() + " cannot score " + metric);
        }
    }
}
