package com.csdesk.rfm.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * The 8 value segments (价值分群): each of R, F and M is high (高) when its score is at least the
 * mean score of the scored members, else low (低); the three highs and lows name the segment.
 * {@link #NO_PURCHASE} (无购买) holds the members without a purchase in the window, who have no
 * scores and are not forced into the lowest segment.
 */
public enum ValueSegment {
    /** R高 F高 M高. */
    IMPORTANT_VALUE("重要价值", "Important value", true, true, true),
    /** R高 F低 M高. */
    IMPORTANT_DEVELOPMENT("重要发展", "Important to develop", true, false, true),
    /** R低 F高 M高. */
    IMPORTANT_RETENTION("重要保持", "Important to keep", false, true, true),
    /** R低 F低 M高. */
    IMPORTANT_WIN_BACK("重要挽留", "Important to win back", false, false, true),
    /** R高 F高 M低. */
    GENERAL_VALUE("一般价值", "General value", true, true, false),
    /** R高 F低 M低. */
    GENERAL_DEVELOPMENT("一般发展", "General to develop", true, false, false),
    /** R低 F高 M低. */
    GENERAL_RETENTION("一般保持", "General to keep", false, true, false),
    /** R低 F低 M低. */
    GENERAL_WIN_BACK("一般挽留", "General to win back", false, false, false),
    /** No purchase in the window: no scores, so neither high nor low. */
    NO_PURCHASE("无购买", "No purchase in window");

    private final String zh;
    private final String en;
    private final boolean scored;
    private final boolean recencyHigh;
    private final boolean frequencyHigh;
    private final boolean monetaryHigh;

    ValueSegment(String zh, String en, boolean recencyHigh, boolean frequencyHigh, boolean monetaryHigh) {
        this.zh = zh;
        this.en = en;
        this.scored = true;
        this.recencyHigh = recencyHigh;
        this.frequencyHigh = frequencyHigh;
        this.monetaryHigh = monetaryHigh;
    }

    ValueSegment(String zh, String en) {
        this.zh = zh;
        this.en = en;
        this.scored = false;
        this.recencyHigh = false;
        this.frequencyHigh = false;
        this.monetaryHigh = false;
    }

    public static ValueSegment of(boolean recencyHigh, boolean frequencyHigh, boolean monetaryHigh) {
        return Arrays.stream(values())
                .filter(s -> s.scored && s.recencyHigh == recencyHigh && s.frequencyHigh == frequencyHigh
                        && s.monetaryHigh == monetaryHigh)
                .findFirst()
                .orElseThrow();
    }

    /** The segment of a scored member, each score compared with the mean of its metric. */
    public static ValueSegment of(RfmScores scores, ScoreMeans means) {
        return of(means.isHigh(Metric.RECENCY, scores.recency()),
                means.isHigh(Metric.FREQUENCY, scores.frequency()),
                means.isHigh(Metric.MONETARY, scores.monetary()));
    }

    /** The 8 rows (R, F, M high or low → segment) of the lookup table the run joins. */
    public static List<ValueSegmentRow> lookupTable() {
        return Arrays.stream(values())
                .filter(ValueSegment::isScored)
                .map(s -> new ValueSegmentRow(s.recencyHigh, s.frequencyHigh, s.monetaryHigh, s))
                .toList();
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** False only for {@link #NO_PURCHASE}. */
    public boolean isScored() {
        return scored;
    }
}
