package com.csdesk.rfm.scoring;

/**
 * One row of the grid lookup table (R × FM 分群对照表) the run writes before scoring and joins on
 * (r_score, f_score, m_score), so that FM and the grid are defined here only.
 */
public record GridSegmentRow(int recency, int frequency, int monetary, int fm, GridSegment segment) {
}
