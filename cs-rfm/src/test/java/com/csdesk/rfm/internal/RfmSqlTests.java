package com.csdesk.rfm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.rfm.scoring.FixedThresholds;
import com.csdesk.rfm.scoring.GridSegment;
import com.csdesk.rfm.scoring.Metric;
import com.csdesk.rfm.scoring.QuintileScorer;
import com.csdesk.rfm.scoring.RfmScores;
import com.csdesk.rfm.scoring.RfmScoring;
import com.csdesk.rfm.scoring.RfmWindow;
import com.csdesk.rfm.scoring.ScoreMeans;
import com.csdesk.rfm.scoring.ValueSegment;
import com.csdesk.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run's SQL follows the scoring classes; the integration test checks the results, this the text. */
class RfmSqlTests {

    @Test
    void quintilesAreTheNtileGroupFromTheCutPoints() {
        // spend in fen: 10.50, 99.00 (twice) and 1000.00 yuan
        List<RfmSql.Cut> cuts = List.of(new RfmSql.Cut(Metric.MONETARY, 1050, 7), new RfmSql.Cut(Metric.MONETARY, 9900, 3),
                new RfmSql.Cut(Metric.MONETARY, 9900, 12), new RfmSql.Cut(Metric.MONETARY, 100000, 1));
        assertThat(cuts.getFirst().value()).isEqualByComparingTo("10.50");
        assertThat(RfmSql.score(new QuintileScorer(Metric.MONETARY), cuts)).isEqualTo("(1"
                + " + cast((a.monetary_fen, a.member_id) >= (1050, 7) as integer)"
                + " + cast((a.monetary_fen, a.member_id) >= (9900, 3) as integer)"
                + " + cast((a.monetary_fen, a.member_id) >= (9900, 12) as integer)"
                + " + cast((a.monetary_fen, a.member_id) >= (100000, 1) as integer))");
        assertThat(RfmSql.score(new QuintileScorer(Metric.RECENCY), List.of(new RfmSql.Cut(Metric.RECENCY, 10, 4))))
                .isEqualTo("6 - (1 + cast((a.recency_days, a.member_id) >= (10, 4) as integer))");
        // a single member: every later group is empty, so there is nothing to compare with
        assertThat(RfmSql.score(new QuintileScorer(Metric.FREQUENCY), List.of())).isEqualTo("(1)");
    }

    @Test
    void cutPointsSortOneNumberPerMemberOrderedAsValueThenMemberId() {
        String sql = RfmSql.cutKeys("rfm.member_score_3", List.of(Metric.FREQUENCY, Metric.MONETARY));
        assertThat(sql).startsWith("select min(x.keys), percentile_disc(cast(? as float8[])) within group "
                        + "(order by cast(a.frequency as bigint) * x.keys + a.member_id), ")
                .contains("percentile_disc(cast(? as float8[])) within group (order by "
                        + "cast(a.monetary_fen as bigint) * x.keys + a.member_id)")
                .endsWith(" from rfm.member_score_3 a, (select max(member_id) + 1 as keys from members.member_directory) x");
        assertThat(sql.split("percentile_disc")).hasSize(3);
    }

    @Test
    void theFractionPercentileDiscReadsIsTheRowAskedFor() {
        // percentile_disc reads row ceil(fraction × rows), in double arithmetic
        for (long rows : new long[] {1, 2, 3, 5, 7, 1_000, 714_199, 1_000_003, 9_999_999_967L}) {
            for (long row : new long[] {1, 2, rows / 5 + 1, rows / 2, rows - 1, rows}) {
                if (row >= 1 && row <= rows) {
                    assertThat((long) Math.ceil(RfmSql.fraction(row, rows) * rows)).as(row + " of " + rows).isEqualTo(row);
                }
            }
        }
        assertThatThrownBy(() -> RfmSql.fraction(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RfmSql.fraction(6, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fixedThresholdsAreACaseOnTheSameBoundaries() {
        assertThat(RfmSql.score(FixedThresholds.parse(Metric.RECENCY, "30,90,180,365"), List.of()))
                .isEqualTo("case when a.recency_days <= 30 then 5 when a.recency_days <= 90 then 4 "
                        + "when a.recency_days <= 180 then 3 when a.recency_days <= 365 then 2 else 1 end");
        assertThat(RfmSql.score(FixedThresholds.parse(Metric.MONETARY, "500,1000,3000,10000.50"), List.of()))
                .isEqualTo("case when a.monetary_fen >= 1000050 then 5 when a.monetary_fen >= 300000 then 4 "
                        + "when a.monetary_fen >= 100000 then 3 when a.monetary_fen >= 50000 then 2 else 1 end");
    }

    @Test
    void segmentsAreLookedUpByTheCellFromTheSegmentClasses() {
        ScoreMeans means = new ScoreMeans(5, 15, 15, 15);
        List<String> value = cells(RfmSql.valueSegments(means));
        List<String> grid = cells(RfmSql.gridSegments());
        assertThat(value).hasSize(125);
        assertThat(grid).hasSize(125);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    int index = (r - 1) * 25 + (f - 1) * 5 + m - 1;
                    assertThat(value.get(index)).isEqualTo(ValueSegment.of(RfmScores.of(r, f, m), means).name());
                    assertThat(grid.get(index)).isEqualTo(GridSegment.of(RfmScores.of(r, f, m)).name());
                }
            }
        }
        assertThat(value.get(124)).isEqualTo("IMPORTANT_VALUE");
        assertThat(value.getFirst()).isEqualTo("GENERAL_WIN_BACK");
        assertThat(grid.get((5 - 1) * 25 + (4 - 1) * 5 + 4 - 1)).isEqualTo("CHAMPIONS");
        assertThat(grid).doesNotContain("NO_PURCHASE");
    }

    private static List<String> cells(String array) {
        assertThat(array).startsWith("array['").endsWith("']");
        return List.of(array.substring("array['".length(), array.length() - 2).split("', '"));
    }

    @Test
    void theRunsViewScoresItsRowsWithTheRunsConstants() {
        String sql = RfmSql.resultView(7, RfmScoring.quintiles(), Map.of(Metric.FREQUENCY,
                List.of(new RfmSql.Cut(Metric.FREQUENCY, 2, 40))), new ScoreMeans(1, 5, 1, 1));
        assertThat(sql).startsWith("create view rfm.member_result_7 as")
                .contains("from (select a.run_id, a.member_id, a.recency_days, a.frequency, "
                        + "cast(a.monetary_fen * 0.01 as numeric(14, 2)) as monetary, 6 - (1) as r, "
                        + "(1 + cast((a.frequency, a.member_id) >= (2, 40) as integer)) as f, (1) as m "
                        + "from rfm.member_score_7 a) s")
                .doesNotContain("member_directory");
        assertThat(RfmSql.resultView(8, RfmScoring.quintiles(), Map.of(), null)).endsWith("from rfm.member_score_8 a where false");
    }

    @Test
    void theRunsRowsAreTheValuesOfTheShopsCalendarDays() {
        String sql = RfmSql.values(7, new RfmWindow(LocalDate.of(2025, 6, 30), 365));
        assertThat(sql).startsWith("create table rfm.member_score_7 as")
                .contains("p.paid_at >= timestamptz '2024-07-01T00:00+08:00' and p.paid_at < timestamptz '2025-07-01T00:00+08:00'")
                .contains("cast(date '2025-06-30' - cast(max(p.paid_at) at time zone 'Asia/Shanghai' as date) as integer)")
                .contains("cast(sum(cast((p.goods_amount - p.refunded_goods_amount) * 100 as bigint)) as bigint) as monetary_fen\n"
                        + "from orders.purchase p")
                .endsWith("group by p.member_id\norder by p.member_id");
    }

    @Test
    void settingsReadQuintilesOrThresholds() {
        assertThat(RfmSettings.scorer(Metric.FREQUENCY, " Quintiles ")).isEqualTo(new QuintileScorer(Metric.FREQUENCY));
        assertThat(RfmSettings.scorer(Metric.FREQUENCY, "2,3,5,10")).isInstanceOf(FixedThresholds.class);
        assertThatThrownBy(() -> RfmSettings.RECENCY.parse("30,20,10,5")).isInstanceOf(InvalidInputException.class);
        assertThat(RfmSettings.MONETARY.parse("500,1000,3000,10000")).isEqualTo("500,1000,3000,10000");
    }
}
