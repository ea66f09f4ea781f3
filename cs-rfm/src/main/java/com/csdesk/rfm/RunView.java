package com.csdesk.rfm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One run (RFM 计算记录): its as-of date and window, the fixed thresholds it used (a metric absent
 * was scored by quintiles), the cut points per metric (R, F, M: the values behind each score, best
 * first), the mean scores that split high from low, the members per segment of both maps, how long
 * it took, and the error of a failed run.
 */
public record RunView(long id, LocalDate asOf, int windowDays, LocalDate firstDay, RunStatus status, String trigger,
        String requestedBy, Instant startedAt, @Nullable Instant finishedAt, @Nullable Long durationMs,
        Map<String, String> thresholds, Map<String, List<Band>> cutPoints, Map<String, BigDecimal> means,
        @Nullable Long members, @Nullable Long scored, List<SegmentCount> valueSegments,
        List<SegmentCount> gridSegments, @Nullable String error) {

    /** The values behind one score; a null bound is open (fixed thresholds' best and worst band). */
    public record Band(int score, @Nullable BigDecimal min, @Nullable BigDecimal max) {
    }

    /** How many members one segment holds. */
    public record SegmentCount(String segment, String zh, String en, long members) {
    }

    public long count(SegmentMap map, String segment) {
        return (map == SegmentMap.VALUE ? valueSegments : gridSegments).stream()
                .filter(c -> c.segment().equals(segment)).mapToLong(SegmentCount::members).sum();
    }
}
