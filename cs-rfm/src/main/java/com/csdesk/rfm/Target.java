package com.csdesk.rfm;

import org.jspecify.annotations.Nullable;

/**
 * A target list (目标名单): the members of one segment in a run or, with {@code fromRunId} and
 * {@code fromSegment}, of one cell of the movement matrix (those in {@code fromSegment} in the
 * earlier run and in {@code segment} in this one, e.g. 重要价值 → 重要挽留).
 */
public record Target(long runId, SegmentMap map, String segment, @Nullable Long fromRunId,
        @Nullable String fromSegment) {

    public static Target segment(long runId, SegmentMap map, String segment) {
        return new Target(runId, map, segment, null, null);
    }

    public boolean isMovementCell() {
        return fromRunId != null;
    }
}
