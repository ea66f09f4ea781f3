package com.csdesk.rfm.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The scores (评分) of one metric for every scored member, with the cut points that produced them. */
public record MetricScores(Metric metric, Map<Long, Score> scores, CutPoints cutPoints) {

    public MetricScores {
        if (cutPoints.metric() != metric) {
            throw new IllegalArgumentException("cut points of " + cutPoints.metric() + " for " + metric);
        }
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    public Score scoreOf(long memberId) {
        Score score = scores.get(memberId);
        if (score == null) {
            throw new IllegalArgumentException("member " + memberId + " was not scored for " + metric);
        }
        return score;
    }
}
