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
 * the groups of {@code ntile(5)} ordered by the metric and the member id, fixed thresholds a {@code case} on the
 * same boundaries, and both segment maps a {@code case} built from the maps' lookup tables.
 *
 * <p>One statement reads the purchases once (a parallel aggregate over the orders module's
 * {@code orders.purchase} view), scores and segments the members who purchased, and writes a row
 * for every member, {@code NO_PURCHASE} for those who did not, into the run's own table. Quintile
 * scores come from cut points found by sorting the values alone, not whole rows three times, and
 * are the groups {@code ntile(5)} would give.
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
        StringBuilder boundaries = new StringBuilder();
        StringBuilder joins = new StringBuilder();
        for (Metric metric : Metric.values()) {
            if (scoring.scorer(metric) instanceof QuintileScorer) {
                boundaries.append(boundaries(column(metric)));
                joins.append(" cross join q_").append(column(metric));
            }
        }
        return """
                create table %s as
                with agg as materialized (
                  select p.member_id,
                         date '%s' - cast(max(p.paid_at) at time zone 'Asia/Shanghai' as date) as recency_days,
                         count(*) as frequency,
                         sum(p.goods_amount - p.refunded_goods_amount) as monetary
                  from orders.purchase p
                  where not p.closed
                    and not (p.refunded_goods_amount > 0 and p.refunded_goods_amount = p.goods_amount)
                    and p.paid_at >= timestamptz '%s' and p.paid_at < timestamptz '%s'
                  group by p.member_id
                ), pos as (
                  -- the 0-based position of the first row of groups 2 to 5, as ntile(5) cuts: the first n %% 5 groups
                  -- hold one row more; a position at or past n is a group left empty
                  select k, case when k <= n %% 5 then k * (n / 5 + 1) else (n %% 5) * (n / 5 + 1) + (k - n %% 5) * (n / 5) end as p
                  from (select count(*) as n from agg) c, generate_series(1, 4) k
                )%s, scored as materialized (
                  select a.member_id, a.recency_days, a.frequency, a.monetary,
                         %s as r,
                         %s as f,
                         %s as m
                  from agg a%s
                ), means as (
                  select avg(r) as r, avg(f) as f, avg(m) as m from scored
                ), judged as (
                  select s.*, (s.f + s.m + 1) / 2 as fm, s.r >= x.r as rh, s.f >= x.f as fh, s.m >= x.m as mh
                  from scored s cross join means x
                )
                select cast(%d as bigint) as run_id, d.member_id,
                       cast(j.recency_days as integer) as recency_days, cast(j.frequency as integer) as frequency,
                       cast(j.monetary as numeric(14, 2)) as monetary,
                       cast(j.r as smallint) as r, cast(j.f as smallint) as f, cast(j.m as smallint) as m,
                       coalesce(%s, 'NO_PURCHASE') as value_segment,
                       coalesce(%s, 'NO_PURCHASE') as grid_segment
                from members.member_directory d left join judged j on j.member_id = d.member_id
                """.formatted(partition(runId), window.asOf(), from, until, boundaries,
                score(scoring.recency(), "a.recency_days"), score(scoring.frequency(), "a.frequency"),
                score(scoring.monetary(), "a.monetary"), joins, runId, valueCase(), gridCase());
    }

    static String column(Metric metric) {
        return switch (metric) {
            case RECENCY -> "recency_days";
            case FREQUENCY -> "frequency";
            case MONETARY -> "monetary";
        };
    }

    /**
     * The four cut points of a metric scored by quintiles, as the (value, member id) pairs where groups 2 to 5
     * of {@code ntile(5) over (order by value, member_id)} begin, found without sorting whole rows: the value
     * at each position from one sort of the values alone, then the member id from the ids holding that value
     * (the position less the rows of smaller values). A row's group is then 1 + the number of cut points at
     * or below its (value, member id), which is exactly its ntile group.
     */
    static String boundaries(String c) {
        StringBuilder w = new StringBuilder();
        StringBuilder q = new StringBuilder();
        for (int k = 1; k <= 4; k++) {
            w.append(k == 1 ? "" : ", ").append("max(v) filter (where k = ").append(k).append(") as v").append(k)
                    .append(", max(p) filter (where k = ").append(k).append(") as p").append(k);
            // the cut point's value and position as constants (init plans), so the ids need no grouping sort
            String v = "(select v" + k + " from w_" + c + ")";
            String pk = "(select p" + k + " from w_" + c + ")";
            q.append(", ").append(v).append(" as v").append(k)
                    .append(", (array_agg(a.member_id order by a.member_id) filter (where a.").append(c).append(" = ")
                    .append(v).append("))[").append(pk).append(" - count(*) filter (where a.").append(c).append(" < ")
                    .append(v).append(") + 1] as i").append(k);
        }
        return """
                , v_%1$s as (
                  select pos.k, pos.p, s.sorted[pos.p + 1] as v
                  from pos, (select array_agg(%1$s order by %1$s) as sorted from agg) s
                ), w_%1$s as (
                  select %2$s from v_%1$s
                ), q_%1$s as (
                  select %3$s
                  from agg a
                )""".formatted(c, w, q.substring(2));
    }

    /**
     * A metric's score: for quintiles the group of {@link QuintileScorer} (ntile(5) ordered by the value and
     * the member id, reversed for R) from the cut points of {@link #boundaries}; for fixed thresholds their
     * {@code case}. {@code column} is the row's value, e.g. {@code a.monetary}.
     */
    static String score(MetricScorer scorer, String column) {
        Metric metric = scorer.metric();
        return switch (scorer) {
            case QuintileScorer q -> {
                String c = column.substring(column.indexOf('.') + 1);
                StringBuilder group = new StringBuilder("(1");
                for (int k = 1; k <= 4; k++) {
                    group.append(" + coalesce(cast((").append(column).append(", a.member_id) >= (q_").append(c)
                            .append(".v").append(k).append(", q_").append(c).append(".i").append(k)
                            .append(") as integer), 0)");
                }
                group.append(")");
                yield metric.higherIsBetter() ? group.toString() : "6 - " + group;
            }
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
