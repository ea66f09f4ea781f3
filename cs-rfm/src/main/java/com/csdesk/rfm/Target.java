package com.csdesk.rfm;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A target list (目标名单): the members of one segment in a run or, with {@code fromRunId} and
 * {@code fromSegment}, of one cell of the movement matrix (those in {@code fromSegment} in the
 * earlier run and in {@code segment} in this one, e.g. 重要价值 → 重要挽留).
 */
public record Target(long runId, SegmentMap map, String segment, @Nullable Long fromRunId,
        @Nullable String fromSegment) {

    /** A movement cell needs both the earlier run and the segment there; one without the other is refused. */
    public Target {
        if (fromSegment != null && fromSegment.isBlank()) {
            fromSegment = null;
        }
        if ((fromRunId == null) != (fromSegment == null)) {
            String missing = fromRunId == null ? "fromRun" : "fromSegment";
            throw new InvalidInputException("incomplete-movement-cell", missing, Text.of(
                    "迁移单元格须同时指定 fromRun(起始计算)和 fromSegment(起始分群),缺少 " + missing,
                    "A movement cell needs both fromRun and fromSegment; " + missing + " is missing"));
        }
    }

    public static Target segment(long runId, SegmentMap map, String segment) {
        return new Target(runId, map, segment, null, null);
    }

    public boolean isMovementCell() {
        return fromRunId != null;
    }
}
