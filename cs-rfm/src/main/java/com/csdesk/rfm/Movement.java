package com.csdesk.rfm;

import java.util.List;

/**
 * The movement between two runs (分群迁移): for each segment of the earlier run, how many of its
 * members are in each segment of the later one, over the members registered when the earlier run started;
 * 无购买 (no purchase in the window) is a segment like the others.
 */
public record Movement(long fromRunId, long toRunId, SegmentMap map, List<SegmentMap.Segment> segments,
        List<Cell> cells) {

    public record Cell(String from, String to, long members) {
    }

    public long members(String from, String to) {
        return cells.stream().filter(c -> c.from().equals(from) && c.to().equals(to))
                .mapToLong(Cell::members).sum();
    }
}
