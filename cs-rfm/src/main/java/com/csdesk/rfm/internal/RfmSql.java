package com.csdesk.rfm.internal;

import com.csdesk.rfm.scoring.FixedThresholds;
import com.csdesk.rfm.scoring.GridSegment;
import com.csdesk.rfm.scoring.GridSegmentRow;
import com.csdesk.rfm.scoring.Metric;
import com.csdesk.rfm.scoring.MetricScorer;
import com.csdesk.rfm.scoring.QuintileScorer;
import com.csdesk.rfm.scoring.RfmScoring;
import com.csdesk.rfm.scoring.RfmWindow;
import com.csdesk.rfm.scoring.ValueSegment;
import com.csdesk.rfm.scoring.ValueSegmentRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL of a run, written from the scoring classes so the two never disagree: quintiles become
 * {@code ntile(5)} ordered by the metric and the member id, fixed thresholds a {@code case} on the
 * same boundaries, and both segment maps a {@code case} built from the maps' lookup tables.
 *
 * <p>One statement reads the purchases once (a parallel aggregate over the orders module's
 * {@code orders.purchase} view), scores and segments the members who purchased, and writes a row
 * for every member, {@code NO_PURCHASE} for those who did not, into the run's own table.
 */
final class RfmSql {

    private RfmSql() {
    }

    /** The run's table, later attached to {@code rfm.member_score} as its partition. */
    static String partition(long runId) {
        return "rfm.member_score_" + runId;
    }

    /** Every value is a number or a date the run made itself, never text from a request. */
    static String createSnapshot(long runId, RfmWindow window, RfmScoring scoring) {
        String from = window.firstDay().atStartOfDay(RfmWindow.SHOP_ZONE).toOffsetDateTime().toString();
        String until = window.asOf().plusDays(1).atStartOfDay(RfmWindow.SHOP_ZONE).toOffsetDateTime().toString();
        return """
                create table %s as
                with agg as (
                  select p.member_id,
                         date '%s' - cast(max(p.paid_at) at time zone 'Asia/Shanghai' as date) as recency_days,
                         count(*) as frequency,
                         sum(p.goods_amount - p.refunded_goods_amount) as monetary
                  from orders.purchase p
                  where not p.closed
                    and not (p.refunded_goods_amount > 0 and p.refunded_goods_amount = p.goods_amount)
                    and p.paid_at >= timestamptz '%s' and p.paid_at < timestamptz '%s'
                  group by p.member_id
                ), scored as (
                  select member_id, recency_days, frequency, monetary,
                         %s as r,
                         %s as f,
                         %s as m
                  from agg
                ), judged as (
                  select s.*, (s.f + s.m + 1) / 2 as fm,
                         s.r >= avg(s.r) over () as rh, s.f >= avg(s.f) over () as fh, s.m >= avg(s.m) over () as mh
                  from scored s
                )
                select cast(%d as bigint) as run_id, d.member_id,
                       cast(j.recency_days as integer) as recency_days, cast(j.frequency as integer) as frequency,
                       cast(j.monetary as numeric(14, 2)) as monetary,
                       cast(j.r as smallint) as r, cast(j.f as smallint) as f, cast(j.m as smallint) as m,
                       coalesce(%s, 'NO_PURCHASE') as value_segment,
                       coalesce(%s, 'NO_PURCHASE') as grid_segment
                from members.member_directory d left join judged j on j.member_id = d.member_id
                """.formatted(partition(runId), window.asOf(), from, until,
                score(scoring.recency(), "recency_days"), score(scoring.frequency(), "frequency"),
                score(scoring.monetary(), "monetary"), runId, valueCase(), gridCase());
    }

    /** A metric's score: {@code ntile} as {@link QuintileScorer} defines it, or the thresholds' {@code case}. */
    static String score(MetricScorer scorer, String column) {
        Metric metric = scorer.metric();
        return switch (scorer) {
            case QuintileScorer q -> metric.higherIsBetter()
                    ? "ntile(5) over (order by " + column + ", member_id)"
                    : "6 - ntile(5) over (order by " + column + ", member_id)";
            case FixedThresholds t -> thresholdCase(t, column);
        };
    }

    private static String thresholdCase(FixedThresholds t, String column) {
        List<BigDecimal> b = t.boundaries();
        StringBuilder sql = new StringBuilder("case");
        if (t.metric().higherIsBetter()) {
            for (int i = 3; i >= 0; i--) {
                sql.append(" when ").append(column).append(" >= ").append(b.get(i).toPlainString())
                        .append(" then ").append(i + 2);
            }
        } else {
            for (int i = 0; i < 4; i++) {
                sql.append(" when ").append(column).append(" <= ").append(b.get(i).toPlainString())
                        .append(" then ").append(5 - i);
            }
        }
        return sql.append(" else 1 end").toString();
    }

    /** The value segment from high/low per metric, as {@link ValueSegment#lookupTable()} lists it. */
    static String valueCase() {
        StringBuilder sql = new StringBuilder("case");
        for (ValueSegmentRow row : ValueSegment.lookupTable()) {
            sql.append(" when ").append(row.recencyHigh() ? "" : "not ").append("j.rh and ")
                    .append(row.frequencyHigh() ? "" : "not ").append("j.fh and ")
                    .append(row.monetaryHigh() ? "" : "not ").append("j.mh then '")
                    .append(row.segment().name()).append("'");
        }
        return sql.append(" end").toString();
    }

    /** The grid segment of the cell (R, FM), from the 25 cells of {@link GridSegment#lookupTable()}. */
    static String gridCase() {
        Map<String, GridSegment> cells = new TreeMap<>();
        for (GridSegmentRow row : GridSegment.lookupTable()) {
            cells.put("j.r = " + row.recency() + " and j.fm = " + row.fm(), row.segment());
        }
        StringBuilder sql = new StringBuilder("case");
        cells.forEach((cell, segment) -> sql.append(" when ").append(cell).append(" then '")
                .append(segment.name()).append("'"));
        return sql.append(" end").toString();
    }
}
