package com.csdesk.rfm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.rfm.scoring.FixedThresholds;
import com.csdesk.rfm.scoring.GridSegment;
import com.csdesk.rfm.scoring.Metric;
import com.csdesk.rfm.scoring.QuintileScorer;
import com.csdesk.rfm.scoring.RfmScoring;
import com.csdesk.rfm.scoring.RfmWindow;
import com.csdesk.rfm.scoring.ValueSegment;
import com.csdesk.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The run's SQL follows the scoring classes; the integration test checks the results, this the text. */
class RfmSqlTests {

    @Test
    void quintilesAreTheNtileGroupFromFourCutPoints() {
        String group = "(1 + coalesce(cast((a.monetary, a.member_id) >= (q_monetary.v1, q_monetary.i1) as integer), 0)"
                + " + coalesce(cast((a.monetary, a.member_id) >= (q_monetary.v2, q_monetary.i2) as integer), 0)"
                + " + coalesce(cast((a.monetary, a.member_id) >= (q_monetary.v3, q_monetary.i3) as integer), 0)"
                + " + coalesce(cast((a.monetary, a.member_id) >= (q_monetary.v4, q_monetary.i4) as integer), 0))";
        assertThat(RfmSql.score(new QuintileScorer(Metric.MONETARY), "a.monetary")).isEqualTo(group);
        assertThat(RfmSql.score(new QuintileScorer(Metric.RECENCY), "a.recency_days")).startsWith("6 - (1 + ");
        assertThat(RfmSql.boundaries("frequency"))
                .contains("array_agg(frequency order by frequency) as sorted from agg")
                .contains("[(select p1 from w_frequency) - count(*) filter (where a.frequency < (select v1 from w_frequency)) + 1] as i1");
    }

    @Test
    void onlyQuintileMetricsGetCutPoints() {
        String sql = RfmSql.createSnapshot(3, new RfmWindow(LocalDate.of(2025, 6, 30), 365), new RfmScoring(
                new QuintileScorer(Metric.RECENCY), FixedThresholds.parse(Metric.FREQUENCY, "2,3,5,10"),
                new QuintileScorer(Metric.MONETARY)));
        assertThat(sql).contains("q_recency_days as (").contains("q_monetary as (").doesNotContain("q_frequency")
                .contains("case when a.frequency >= 10 then 5");
    }

    @Test
    void fixedThresholdsAreACaseOnTheSameBoundaries() {
        assertThat(RfmSql.score(FixedThresholds.parse(Metric.RECENCY, "30,90,180,365"), "recency_days"))
                .isEqualTo("case when recency_days <= 30 then 5 when recency_days <= 90 then 4 "
                        + "when recency_days <= 180 then 3 when recency_days <= 365 then 2 else 1 end");
        assertThat(RfmSql.score(FixedThresholds.parse(Metric.MONETARY, "500,1000,3000,10000.50"), "monetary"))
                .isEqualTo("case when monetary >= 10000.5 then 5 when monetary >= 3000 then 4 "
                        + "when monetary >= 1000 then 3 when monetary >= 500 then 2 else 1 end");
    }

    @Test
    void segmentCasesCoverEveryCellAndCombination() {
        String grid = RfmSql.gridCase();
        assertThat(grid.split(" when ")).hasSize(26);
        assertThat(grid).contains("when j.r = 5 and j.fm = 4 then 'CHAMPIONS'")
                .contains("when j.r = 3 and j.fm = 3 then 'NEED_ATTENTION'");
        for (GridSegment s : GridSegment.values()) {
            assertThat(grid.contains("'" + s.name() + "'")).isEqualTo(s.isScored());
        }
        String value = RfmSql.valueCase();
        assertThat(value).contains("when j.rh and j.fh and j.mh then 'IMPORTANT_VALUE'")
                .contains("when not j.rh and not j.fh and not j.mh then 'GENERAL_WIN_BACK'");
        assertThat(value.split(" when ")).hasSize(ValueSegment.values().length);
    }

    @Test
    void theWindowIsTheShopsCalendarDays() {
        String sql = RfmSql.createSnapshot(7, new RfmWindow(LocalDate.of(2025, 6, 30), 365), RfmScoring.quintiles());
        assertThat(sql).startsWith("create table rfm.member_score_7 as")
                .contains("p.paid_at >= timestamptz '2024-07-01T00:00+08:00' and p.paid_at < timestamptz '2025-07-01T00:00+08:00'")
                .contains("date '2025-06-30' - cast(max(p.paid_at) at time zone 'Asia/Shanghai' as date)");
    }

    @Test
    void settingsReadQuintilesOrThresholds() {
        assertThat(RfmSettings.scorer(Metric.FREQUENCY, " Quintiles ")).isEqualTo(new QuintileScorer(Metric.FREQUENCY));
        assertThat(RfmSettings.scorer(Metric.FREQUENCY, "2,3,5,10")).isInstanceOf(FixedThresholds.class);
        assertThatThrownBy(() -> RfmSettings.RECENCY.parse("30,20,10,5")).isInstanceOf(InvalidInputException.class);
        assertThat(RfmSettings.MONETARY.parse("500,1000,3000,10000")).isEqualTo("500,1000,3000,10000");
    }
}
