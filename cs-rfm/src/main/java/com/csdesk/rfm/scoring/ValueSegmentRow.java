package com.csdesk.rfm.scoring;

/**
 * One row of the value-segment lookup table (价值分群对照表) the run writes before scoring and
 * joins on (r_high, f_high, m_high).
 */
public record ValueSegmentRow(boolean recencyHigh, boolean frequencyHigh, boolean monetaryHigh,
        ValueSegment segment) {
}
