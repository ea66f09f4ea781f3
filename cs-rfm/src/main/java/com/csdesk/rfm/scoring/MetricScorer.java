package com.csdesk.rfm.scoring;

import java.util.List;

/**
 * How one metric is scored (评分方式): by quintiles of the members who purchased, or by an admin's
 * fixed thresholds.
 */
public sealed interface MetricScorer permits QuintileScorer, FixedThresholds {

    Metric metric();

    /** Scores every given member; a member given twice is refused. */
    MetricScores score(List<MemberValue> values);
}
