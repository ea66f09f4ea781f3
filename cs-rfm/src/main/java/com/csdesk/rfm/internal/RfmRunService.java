package com.csdesk.rfm.internal;

import com.csdesk.audit.AuditTrail;
import com.csdesk.jobs.JobRun;
import com.csdesk.jobs.JobRuns;
import com.csdesk.rfm.MemberScore;
import com.csdesk.rfm.RfmManagement;
import com.csdesk.rfm.RunStatus;
import com.csdesk.rfm.RunView;
import com.csdesk.rfm.SegmentMap;
import com.csdesk.rfm.scoring.CutPoints;
import com.csdesk.rfm.scoring.FixedThresholds;
import com.csdesk.rfm.scoring.Metric;
import com.csdesk.rfm.scoring.MetricScorer;
import com.csdesk.rfm.scoring.RfmScoring;
import com.csdesk.rfm.scoring.RfmWindow;
import com.csdesk.rfm.scoring.ScoreBand;
import com.csdesk.rfm.scoring.ScoreMeans;
import com.csdesk.settings.Settings;
import com.csdesk.shared.CurrentActor;
import com.csdesk.shared.NotFoundException;
import com.csdesk.shared.RuleViolationException;
import com.csdesk.shared.Text;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs RFM: opens the run record (one RUNNING at a time, enforced by a unique index), writes every
 * member's snapshot in one set-based statement into the run's own partition, records cut points,
 * means and counts per segment, and prunes runs beyond the retention setting. A run writes in one
 * transaction, so a failed run leaves no rows behind, only its record with the error.
 */
@Service
class RfmRunService extends RfmTargets implements RfmManagement {

    static final int DEFAULT_WINDOW_DAYS = 365;
    static final String JOB = "rfm-run";
    /** A RUNNING record older than this belongs to an instance that died mid-run. */
    private static final Duration STALE = Duration.ofHours(6);

    private static final Logger log = LoggerFactory.getLogger(RfmRunService.class);

    private final Settings settings;
    private final JobRuns jobs;
    private final ObjectMapper json;
    private final TransactionTemplate tx;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("rfm-run-", 0).factory());

    RfmRunService(JdbcClient jdbc, Settings settings, JobRuns jobs, ObjectMapper json, AuditTrail audit,
            CurrentActor actor, Clock clock, PlatformTransactionManager transactions,
            com.csdesk.members.MemberManagement members, javax.sql.DataSource dataSource) {
        super(jdbc, members, audit, actor, clock, new TransactionTemplate(transactions), dataSource);
        this.settings = settings;
        this.jobs = jobs;
        this.json = json;
        this.tx = new TransactionTemplate(transactions);
    }

    private record Opened(long runId, long jobRunId, RfmWindow window, RfmScoring scoring) {
    }

    @Override
    public long start(@Nullable LocalDate asOf, @Nullable Integer windowDays) {
        Opened run = open(asOf == null ? RfmWindow.shopDate(clock.instant()) : asOf,
                windowDays == null ? DEFAULT_WINDOW_DAYS : windowDays, "MANUAL");
        background.submit(() -> execute(run));
        return run.runId();
    }

    @Override
    public long runNow(LocalDate asOf, int windowDays, String trigger) {
        Opened run = open(asOf, windowDays, trigger);
        execute(run);
        return run.runId();
    }

    private Opened open(LocalDate asOf, int windowDays, String trigger) {
        RfmWindow window = new RfmWindow(asOf, windowDays);
        RfmScoring scoring = RfmSettings.scoring(settings);
        Map<String, String> thresholds = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            if (scoring.scorer(metric) instanceof FixedThresholds t) {
                thresholds.put(metric.letter(), t.format());
            }
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update rfm.run set status = 'FAILED', finished_at = ?, error = 'interrupted: the instance stopped during the run' "
                        + "where status = 'RUNNING' and started_at < ?")
                .params(now, Timestamp.from(clock.instant().minus(STALE))).update();
        long runId;
        try {
            runId = jdbc.sql("""
                    insert into rfm.run (as_of, window_days, status, trigger, requested_by, started_at, thresholds)
                    values (?, ?, 'RUNNING', ?, ?, ?, cast(? as jsonb)) returning id""")
                    .params(asOf, windowDays, trigger, actor.username(), now, json.writeValueAsString(thresholds))
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            long running = jdbc.sql("select id from rfm.run where status = 'RUNNING'").query(Long.class).optional().orElse(0L);
            throw new RuleViolationException("rfm-run-in-progress", Text.of(
                    "RFM 计算 #" + running + " 正在进行,请等它结束后再开始新的计算",
                    "RFM run #" + running + " is still running; start another when it has finished"));
        }
        long jobRunId = jobs.start(JOB);
        jdbc.sql("update rfm.run set job_run_id = ? where id = ?").params(jobRunId, runId).update();
        return new Opened(runId, jobRunId, window, scoring);
    }

    private void execute(Opened run) {
        long started = System.nanoTime();
        try {
            long members = tx.execute(status -> snapshot(run, started));
            jobs.finish(run.jobRunId(), JobRun.Status.SUCCEEDED, members, null);
            prune();
        } catch (RuntimeException e) {
            log.error("RFM run {} failed", run.runId(), e);
            String error = String.valueOf(e.getMessage());
            jdbc.sql("update rfm.run set status = 'FAILED', finished_at = ?, duration_ms = ?, error = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), (System.nanoTime() - started) / 1_000_000, error, run.runId())
                    .update();
            jobs.finish(run.jobRunId(), JobRun.Status.FAILED, null, error);
        }
    }

    /** The run's work, in one transaction: snapshot rows, partition, statistics, record. */
    private long snapshot(Opened run, long started) {
        long id = run.runId();
        String table = RfmSql.partition(id);
        // one session's sorts and hashes stay in memory; the aggregate may use parallel workers
        jdbc.sql("set local work_mem = '256MB'").update();
        jdbc.sql("set local synchronous_commit = off").update();
        // the estimate of members with a purchase is far too low for a merge join with all members to pay
        jdbc.sql("set local enable_mergejoin = off").update();
        // compiling the expressions costs more than it saves on a few million rows
        jdbc.sql("set local jit = off").update();
        // the primary key's index is sorted in memory
        jdbc.sql("set local maintenance_work_mem = '256MB'").update();
        jdbc.sql(RfmSql.createSnapshot(id, run.window(), run.scoring())).update();
        long snapshotted = System.nanoTime();
        jdbc.sql("alter table " + table + " alter column run_id set not null, alter column member_id set not null, "
                + "alter column value_segment set not null, alter column grid_segment set not null, "
                + "add constraint member_score_" + id + "_run_ck check (run_id = " + id + ")").update();
        jdbc.sql("alter table " + table + " add constraint member_score_" + id + "_pk primary key (member_id, run_id)")
                .update();
        jdbc.sql("alter table rfm.member_score attach partition " + table + " for values in (" + id + ")").update();

        long written = System.nanoTime();

        Statistics stats = statistics(table);
        long members = stats.valueCounts().values().stream().mapToLong(Long::longValue).sum();
        long scored = members - stats.valueCounts().get("NO_PURCHASE");
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        if (scored > 0) {
            long[] sums = new long[Metric.values().length];
            stats.bands().forEach((metric, bands) -> bands.forEach(b -> sums[metric.ordinal()] += (long) b.score() * b.members()));
            ScoreMeans m = new ScoreMeans(scored, sums[0], sums[1], sums[2]);
            for (Metric metric : Metric.values()) {
                means.put(metric.letter(), m.mean(metric));
            }
        }
        Map<String, List<RunView.Band>> cutPoints = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            MetricScorer scorer = run.scoring().scorer(metric);
            cutPoints.put(metric.letter(), scorer instanceof FixedThresholds t
                    ? bands(t.cutPoints())
                    : stats.bands().getOrDefault(metric, List.<Band>of()).stream()
                            .map(b -> new RunView.Band(b.score(), b.min(), b.max())).toList());
        }
        Map<String, Long> valueCounts = stats.valueCounts();
        Map<String, Long> gridCounts = stats.gridCounts();
        log.info("RFM run {}: snapshot of {} members written in {} ms (aggregate, scores, segments {} ms), statistics {} ms",
                id, members, (written - started) / 1_000_000, (snapshotted - started) / 1_000_000,
                (System.nanoTime() - written) / 1_000_000);
        jdbc.sql("""
                update rfm.run set status = 'SUCCEEDED', finished_at = ?, duration_ms = ?, cut_points = cast(? as jsonb),
                  means = cast(? as jsonb), members = ?, scored = ?, value_counts = cast(? as jsonb),
                  grid_counts = cast(? as jsonb)
                where id = ?""")
                .params(Timestamp.from(clock.instant()), (System.nanoTime() - started) / 1_000_000,
                        json.writeValueAsString(cutPoints), json.writeValueAsString(means), members, scored,
                        json.writeValueAsString(valueCounts), json.writeValueAsString(gridCounts), id)
                .update();
        return members;
    }

    /** One score's band as the run's rows show it: how many members, the smallest and the largest value. */
    private record Band(int score, long members, @Nullable BigDecimal min, @Nullable BigDecimal max) {
    }

    private record Statistics(Map<String, Long> valueCounts, Map<String, Long> gridCounts, Map<Metric, List<Band>> bands) {
    }

    /**
     * Members per segment of both maps, and per score of each metric with its smallest and largest value
     * (the quintile cut points; the means follow from the counts), in one pass over the run's rows: a plain
     * (parallel) aggregate into the few hundred cells of segments and scores, then the grouping sets over the cells.
     */
    private Statistics statistics(String table) {
        Map<String, Long> valueCounts = new LinkedHashMap<>();
        Map<String, Long> gridCounts = new LinkedHashMap<>();
        SegmentMap.VALUE.segments().forEach(s -> valueCounts.put(s.code(), 0L));
        SegmentMap.GRID.segments().forEach(s -> gridCounts.put(s.code(), 0L));
        Map<Metric, List<Band>> bands = new EnumMap<>(Metric.class);
        jdbc.sql("""
                with cells as (
                  select value_segment, grid_segment, r, f, m, count(*) as n,
                         min(recency_days) as r0, max(recency_days) as r1, min(frequency) as f0, max(frequency) as f1,
                         min(monetary) as m0, max(monetary) as m1
                  from %s group by value_segment, grid_segment, r, f, m
                )
                select grouping(value_segment, grid_segment, r, f, m), value_segment, grid_segment, r, f, m,
                       cast(sum(n) as bigint), min(r0)::numeric, max(r1)::numeric, min(f0)::numeric,
                       max(f1)::numeric, min(m0), max(m1)
                from cells group by grouping sets ((value_segment), (grid_segment), (r), (f), (m))
                order by 1, 4 desc, 5 desc, 6 desc""".formatted(table))
                .query((rs, n) -> {
                    // grouping(): a set bit is a column not grouped by in this row
                    switch (rs.getInt(1)) {
                        case 0b01111 -> valueCounts.put(rs.getString(2), rs.getLong(7));
                        case 0b10111 -> gridCounts.put(rs.getString(3), rs.getLong(7));
                        case 0b11011 -> band(bands, Metric.RECENCY, rs.getObject(4), rs.getLong(7), rs.getBigDecimal(8), rs.getBigDecimal(9));
                        case 0b11101 -> band(bands, Metric.FREQUENCY, rs.getObject(5), rs.getLong(7), rs.getBigDecimal(10), rs.getBigDecimal(11));
                        case 0b11110 -> band(bands, Metric.MONETARY, rs.getObject(6), rs.getLong(7), rs.getBigDecimal(12), rs.getBigDecimal(13));
                        default -> throw new IllegalStateException("unexpected grouping " + rs.getInt(1));
                    }
                    return null;
                }).list();
        return new Statistics(valueCounts, gridCounts, bands);
    }

    private static void band(Map<Metric, List<Band>> bands, Metric metric, @Nullable Object score, long members,
            @Nullable BigDecimal min, @Nullable BigDecimal max) {
        // the members without a purchase form a group without a score; they have no band
        if (score != null) {
            bands.computeIfAbsent(metric, k -> new ArrayList<>()).add(new Band(((Number) score).intValue(), members, min, max));
        }
    }

    private static List<RunView.Band> bands(CutPoints cutPoints) {
        return cutPoints.bands().stream().map((ScoreBand b) -> new RunView.Band(b.score().value(), b.min(), b.max()))
                .toList();
    }

    /** Keeps the newest runs the retention setting allows; older ones go with their snapshot partitions. */
    private void prune() {
        int keep = RfmSettings.retention(settings);
        List<Long> old = jdbc.sql("select id from rfm.run where status <> 'RUNNING' order by id desc offset ?")
                .param(keep).query(Long.class).list();
        for (long id : old) {
            tx.executeWithoutResult(s -> {
                jdbc.sql("drop table if exists " + RfmSql.partition(id)).update();
                jdbc.sql("delete from rfm.run where id = ?").param(id).update();
            });
            log.info("RFM run {} pruned", id);
        }
    }

    @Override
    public RunView run(long runId) {
        return jdbc.sql(RUN + " where id = ?").param(runId).query(this::runRow).optional()
                .orElseThrow(() -> new NotFoundException("RFM run", "RFM 计算", runId));
    }

    @Override
    public List<RunView> runs(int limit) {
        return jdbc.sql(RUN + " order by id desc limit ?").param(limit).query(this::runRow).list();
    }

    @Override
    public Optional<RunView> latest() {
        return jdbc.sql(RUN + " where status = 'SUCCEEDED' order by id desc limit 1").query(this::runRow).optional();
    }

    @Override
    RunView requireSucceeded(long runId) {
        RunView run = run(runId);
        if (run.status() != RunStatus.SUCCEEDED) {
            throw new RuleViolationException("rfm-run-not-succeeded", Text.of(
                    "RFM 计算 #" + runId + " 的状态为 " + run.status() + ",没有会员结果",
                    "RFM run #" + runId + " is " + run.status() + " and has no member results"));
        }
        return run;
    }

    private static final String RUN = """
            select id, as_of, window_days, status, trigger, requested_by, started_at, finished_at, duration_ms,
                   thresholds::text, cut_points::text, means::text, members, scored, value_counts::text,
                   grid_counts::text, error
            from rfm.run""";

    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, List<RunView.Band>>> BANDS = new TypeReference<>() { };
    private static final TypeReference<Map<String, BigDecimal>> DECIMALS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() { };

    private RunView runRow(ResultSet rs, int n) throws SQLException {
        LocalDate asOf = rs.getObject(2, LocalDate.class);
        int windowDays = rs.getInt(3);
        Timestamp finished = rs.getTimestamp(8);
        long duration = rs.getLong(9);
        boolean hasDuration = !rs.wasNull();
        long members = rs.getLong(13);
        boolean hasMembers = !rs.wasNull();
        long scored = rs.getLong(14);
        return new RunView(rs.getLong(1), asOf, windowDays, new RfmWindow(asOf, windowDays).firstDay(),
                RunStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                finished == null ? null : finished.toInstant(), hasDuration ? duration : null,
                read(rs.getString(10), STRINGS), read(rs.getString(11), BANDS), read(rs.getString(12), DECIMALS),
                hasMembers ? members : null, hasMembers ? scored : null,
                counts(SegmentMap.VALUE, read(rs.getString(15), COUNTS)),
                counts(SegmentMap.GRID, read(rs.getString(16), COUNTS)), rs.getString(17));
    }

    /** jsonb keeps its own key order; R, F, M (and segments) are put back in the order people read them. */
    private <T> Map<String, T> read(@Nullable String text, TypeReference<Map<String, T>> type) {
        if (text == null) {
            return Map.of();
        }
        Map<String, T> stored = json.readValue(text, type);
        Map<String, T> ordered = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            if (stored.containsKey(metric.letter())) {
                ordered.put(metric.letter(), stored.get(metric.letter()));
            }
        }
        stored.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static List<RunView.SegmentCount> counts(SegmentMap map, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<String, Long> byCode = new HashMap<>(counts);
        return map.segments().stream()
                .map(s -> new RunView.SegmentCount(s.code(), s.zh(), s.en(), byCode.getOrDefault(s.code(), 0L)))
                .toList();
    }
}
