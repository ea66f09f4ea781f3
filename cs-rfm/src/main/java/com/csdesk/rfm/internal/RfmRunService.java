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
import com.csdesk.rfm.scoring.GridSegment;
import com.csdesk.rfm.scoring.Metric;
import com.csdesk.rfm.scoring.MetricScorer;
import com.csdesk.rfm.scoring.QuintileScorer;
import com.csdesk.rfm.scoring.RfmScores;
import com.csdesk.rfm.scoring.RfmScoring;
import com.csdesk.rfm.scoring.RfmWindow;
import com.csdesk.rfm.scoring.ScoreBand;
import com.csdesk.rfm.scoring.ScoreMeans;
import com.csdesk.rfm.scoring.ValueSegment;
import com.csdesk.settings.Settings;
import com.csdesk.shared.CurrentActor;
import com.csdesk.shared.InvalidInputException;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs RFM: opens the run record (one RUNNING at a time, enforced by a unique index), writes the
 * values of every member who purchased in one set-based statement into the run's own table, finds
 * cut points, means and counts per segment, attaches the table as the run's partition with the view
 * that scores it, and prunes runs beyond the retention setting. A failed run leaves no rows behind,
 * only its record with the error.
 */
@Service
class RfmRunService extends RfmTargets implements RfmManagement {

    static final int DEFAULT_WINDOW_DAYS = 365;
    /** The longest window a run started by hand may cover: ten years. */
    static final int MAX_WINDOW_DAYS = 3660;
    /** The earliest as-of date a run started by hand may take; the shop's history starts later. */
    static final LocalDate EARLIEST_AS_OF = LocalDate.of(2000, 1, 1);
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
    /** A run's second connection, for the key it builds at once with the first connection's reading. */
    private final ExecutorService helpers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("rfm-run-helper-", 0).factory());

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
        LocalDate today = RfmWindow.shopDate(clock.instant());
        if (asOf != null && (asOf.isBefore(EARLIEST_AS_OF) || asOf.isAfter(today.plusDays(1)))) {
            throw new InvalidInputException("invalid-rfm-as-of", "asOf", Text.of(
                    "截止日期须在 " + EARLIEST_AS_OF + " 至 " + today.plusDays(1) + " 之间:" + asOf,
                    "The as-of date must lie between " + EARLIEST_AS_OF + " and " + today.plusDays(1) + ": " + asOf));
        }
        if (windowDays != null && (windowDays < 1 || windowDays > MAX_WINDOW_DAYS)) {
            throw new InvalidInputException("invalid-rfm-window", "windowDays", Text.of(
                    "统计窗口须为 1 至 " + MAX_WINDOW_DAYS + " 天:" + windowDays,
                    "The window must be 1 to " + MAX_WINDOW_DAYS + " days: " + windowDays));
        }
        Opened run = open(asOf == null ? today : asOf, windowDays == null ? DEFAULT_WINDOW_DAYS : windowDays, "MANUAL");
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
                        + "where status = 'RUNNING' and started_at < ? returning id")
                .params(now, Timestamp.from(clock.instant().minus(STALE))).query(Long.class).list()
                .forEach(this::discard);
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
        long members;
        try {
            members = snapshot(run, started);
        } catch (RuntimeException e) {
            log.error("RFM run {} failed", run.runId(), e);
            discard(run.runId());
            String error = error(e);
            jdbc.sql("update rfm.run set status = 'FAILED', finished_at = ?, duration_ms = ?, error = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), (System.nanoTime() - started) / 1_000_000, error, run.runId())
                    .update();
            jobs.finish(run.jobRunId(), JobRun.Status.FAILED, null, error);
            return;
        }
        jobs.finish(run.jobRunId(), JobRun.Status.SUCCEEDED, members, null);
        prune();
    }

    /**
     * What a failed run records as its error, shown in the API and on the desk page: the database's own message
     * (the most specific cause, its first line), never the statement that failed.
     */
    static String error(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String first = message.strip().lines().findFirst().orElse("").strip();
        return first.isEmpty() ? cause.getClass().getSimpleName() : first;
    }

    /** Drops what a run that did not finish left behind: its view and its table, never attached. */
    private void discard(long runId) {
        jdbc.sql("drop view if exists " + RfmSql.result(runId)).update();
        jdbc.sql("drop table if exists " + RfmSql.partition(runId)).update();
    }

    /**
     * The run's work. (1) One pass over the purchases writes the values of every member who purchased into
     * the run's table, while a second connection counts the members the run covers. (2) Both connections at
     * once, one per core: each sorts some of the quintile metrics for their cut points and value ranges; then the
     * second builds the table's key while this one counts the members per score cell. (3) One
     * short transaction adds the constraints, attaches the table as the run's partition, creates the run's view
     * and completes the record, so readers see the run whole or not at all. A run that fails after (1) has its table dropped
     * ({@link #discard}); nothing reads a table that is not attached.
     */
    private long snapshot(Opened run, long started) {
        long id = run.runId();
        String table = RfmSql.partition(id);
        // the members the run covers, 无购买 included: all who exist as it starts, which later readers find by id;
        // counted on the second connection meanwhile, so the count is off the run's path
        record Covered(long members, long lastMemberId) {
        }
        CompletableFuture<Covered> covered = CompletableFuture.supplyAsync(() -> jdbc
                .sql("select count(*), coalesce(max(member_id), 0) from members.member_directory")
                .query((rs, n) -> new Covered(rs.getLong(1), rs.getLong(2))).single(), helpers);
        long scored = Objects.requireNonNull(tx.execute(status -> {
            // one session's sorts and hashes stay in memory; the aggregate uses parallel workers
            sessionForBulkWork();
            return (long) jdbc.sql(RfmSql.values(id, run.window())).update();
        }));
        long aggregated = System.nanoTime();

        // the quintile metrics' sorts, shared between the two connections: this one takes all but the last, the
        // key's connection the last before it builds the key, so each core sorts and neither waits long for the other
        List<Metric> sorted = Arrays.stream(Metric.values())
                .filter(m -> run.scoring().scorer(m) instanceof QuintileScorer).toList();
        List<Metric> here = sorted.size() > 1 ? sorted.subList(0, sorted.size() - 1) : sorted;
        List<Metric> there = sorted.subList(here.size(), sorted.size());
        CompletableFuture<Map<Metric, Quintiles>> sortedThere = new CompletableFuture<>();
        CompletableFuture<Void> key = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            sessionForBulkWork();
            sortedThere.complete(quintiles(table, there, scored));
            // an index, not yet the constraint, so the other connection can read the table meanwhile
            jdbc.sql("create unique index member_score_" + id + "_pk on " + table + " (member_id, run_id)").update();
        }), helpers);
        // a failure there before its sorts are done must not leave this connection waiting for them
        key.whenComplete((done, e) -> {
            if (e != null) {
                sortedThere.completeExceptionally(e);
            }
        });
        Map<Metric, Quintiles> quintiles = new EnumMap<>(Metric.class);
        Statistics stats;
        try {
            stats = Objects.requireNonNull(tx.execute(status -> {
                sessionForBulkWork();
                quintiles.putAll(quintiles(table, here, scored));
                quintiles.putAll(sortedThere.join());
                return statistics(RfmSql.cells(table, run.scoring(), cuts(quintiles)), scored);
            }));
        } finally {
            // the key's connection must be done with the table before anything else touches it
            key.exceptionally(e -> null).join();
        }
        key.join();
        Covered coverage = covered.join();
        long read = System.nanoTime();
        long members = coverage.members();
        Map<Metric, List<RfmSql.Cut>> cuts = cuts(quintiles);

        Map<String, BigDecimal> means = new LinkedHashMap<>();
        if (stats.means() != null) {
            for (Metric metric : Metric.values()) {
                means.put(metric.letter(), stats.means().mean(metric));
            }
        }
        Map<String, List<RunView.Band>> cutPoints = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            MetricScorer scorer = run.scoring().scorer(metric);
            cutPoints.put(metric.letter(), scorer instanceof FixedThresholds t
                    ? bands(t.cutPoints())
                    : quintiles.containsKey(metric) ? quintiles.get(metric).bands() : List.of());
        }
        Map<String, Long> valueCounts = stats.valueCounts();
        Map<String, Long> gridCounts = stats.gridCounts();
        valueCounts.put(ValueSegment.NO_PURCHASE.name(), members - scored);
        gridCounts.put(GridSegment.NO_PURCHASE.name(), members - scored);
        tx.executeWithoutResult(status -> {
            jdbc.sql("alter table " + table + " alter column run_id set not null, alter column member_id set not null, "
                    + "add constraint member_score_" + id + "_run_ck check (run_id = " + id + ")").update();
            jdbc.sql("alter table " + table + " add constraint member_score_" + id + "_pk primary key using index member_score_"
                    + id + "_pk").update();
            jdbc.sql("alter table rfm.member_score attach partition " + table + " for values in (" + id + ")").update();
            jdbc.sql(RfmSql.resultView(id, run.scoring(), cuts, stats.means())).update();
            jdbc.sql("""
                    update rfm.run set status = 'SUCCEEDED', finished_at = ?, duration_ms = ?, cut_points = cast(? as jsonb),
                      means = cast(? as jsonb), members = ?, last_member_id = ?, scored = ?, value_counts = cast(? as jsonb),
                      grid_counts = cast(? as jsonb)
                    where id = ?""")
                    .params(Timestamp.from(clock.instant()), (System.nanoTime() - started) / 1_000_000,
                            json.writeValueAsString(cutPoints), json.writeValueAsString(means), members,
                            coverage.lastMemberId(), scored, json.writeValueAsString(valueCounts),
                            json.writeValueAsString(gridCounts), id)
                    .update();
        });
        log.info("RFM run {}: {} members, {} with a purchase; values written in {} ms, key with cut points and cells {} ms, "
                        + "attached in {} ms", id, members, scored, (aggregated - started) / 1_000_000,
                (read - aggregated) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return members;
    }

    /** Settings for the run's own statements: sorts, hashes and the key in memory, no JIT, no waiting on the disk. */
    private void sessionForBulkWork() {
        jdbc.sql("set local work_mem = '256MB'").update();
        jdbc.sql("set local maintenance_work_mem = '256MB'").update();
        // compiling the expressions costs more than it saves on a few million rows
        jdbc.sql("set local jit = off").update();
        // the run's record says when it is done; its rows need not wait for the disk one by one
        jdbc.sql("set local synchronous_commit = off").update();
    }

    /** What the sorted rows of a quintile metric give: where groups 2 to 5 begin, and each score's value range. */
    private record Quintiles(List<RfmSql.Cut> cuts, List<RunView.Band> bands) {
    }

    private static Map<Metric, List<RfmSql.Cut>> cuts(Map<Metric, Quintiles> quintiles) {
        Map<Metric, List<RfmSql.Cut>> cuts = new EnumMap<>(Metric.class);
        quintiles.forEach((metric, q) -> cuts.put(metric, q.cuts()));
        return cuts;
    }

    /**
     * For each metric, the rows where each non-empty quintile group begins and ends, read from one pass sorting one
     * number per member and metric (see {@link RfmSql#cutKeys}): the first rows of groups 2 to 5 are the cut points
     * the scores compare with, and the first and last row of a group are its score's smallest and largest value.
     */
    private Map<Metric, Quintiles> quintiles(String table, List<Metric> metrics, long scored) {
        Map<Metric, Quintiles> found = new EnumMap<>(Metric.class);
        if (metrics.isEmpty() || scored == 0) {
            return found;
        }
        // the first and the last row of each group that has any; empty groups are the last ones
        List<Double> fractions = new ArrayList<>();
        int groups = 0;
        for (int group = 1; group <= QuintileScorer.GROUPS; group++) {
            long first = group == 1 ? 0 : QuintileScorer.firstRowOfGroup(group, scored);
            if (first >= scored) {
                break;
            }
            long next = group == QuintileScorer.GROUPS ? scored : QuintileScorer.firstRowOfGroup(group + 1, scored);
            fractions.add(RfmSql.fraction(first + 1, scored));
            fractions.add(RfmSql.fraction(next, scored));
            groups++;
        }
        Double[] atRows = fractions.toArray(Double[]::new);
        int nonEmpty = groups;
        jdbc.sql(RfmSql.cutKeys(table, metrics)).params(metrics.stream().map(m -> (Object) atRows).toList()).query(rs -> {
            long keys = rs.getLong(1);
            for (int i = 0; i < metrics.size(); i++) {
                Metric metric = metrics.get(i);
                Object[] rows = (Object[]) rs.getArray(i + 2).getArray();
                List<RfmSql.Cut> cuts = new ArrayList<>();
                List<RunView.Band> bands = new ArrayList<>();
                for (int group = 1; group <= nonEmpty; group++) {
                    RfmSql.Cut first = RfmSql.Cut.of(metric, ((Number) rows[2 * group - 2]).longValue(), keys);
                    RfmSql.Cut last = RfmSql.Cut.of(metric, ((Number) rows[2 * group - 1]).longValue(), keys);
                    if (group > 1) {
                        cuts.add(first);
                    }
                    int score = metric.higherIsBetter() ? group : QuintileScorer.GROUPS + 1 - group;
                    bands.add(new RunView.Band(score, first.value(), last.value()));
                }
                bands.sort(Comparator.comparingInt(RunView.Band::score).reversed());
                found.put(metric, new Quintiles(List.copyOf(cuts), List.copyOf(bands)));
            }
        });
        return found;
    }

    /** The run's figures; no means when nobody purchased in the window. */
    private record Statistics(@Nullable ScoreMeans means, Map<String, Long> valueCounts, Map<String, Long> gridCounts) {
    }

    /**
     * Members per segment of both maps and the means, from the at most 125 score cells; segments of a cell come
     * from the segment classes, as in the run's rows.
     */
    private Statistics statistics(String cellsSql, long scored) {
        Map<String, Long> valueCounts = new LinkedHashMap<>();
        Map<String, Long> gridCounts = new LinkedHashMap<>();
        SegmentMap.VALUE.segments().forEach(s -> valueCounts.put(s.code(), 0L));
        SegmentMap.GRID.segments().forEach(s -> gridCounts.put(s.code(), 0L));
        if (scored == 0) {
            return new Statistics(null, valueCounts, gridCounts);
        }
        record Cell(RfmScores scores, long members) {
        }
        List<Cell> cells = jdbc.sql(cellsSql).query((rs, n) -> new Cell(
                RfmScores.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)), rs.getLong(4))).list();
        long[] sums = new long[Metric.values().length];
        for (Cell cell : cells) {
            for (Metric metric : Metric.values()) {
                sums[metric.ordinal()] += cell.scores().score(metric).value() * cell.members();
            }
        }
        ScoreMeans means = new ScoreMeans(scored, sums[0], sums[1], sums[2]);
        for (Cell cell : cells) {
            valueCounts.merge(ValueSegment.of(cell.scores(), means).name(), cell.members(), Long::sum);
            gridCounts.merge(GridSegment.of(cell.scores()).name(), cell.members(), Long::sum);
        }
        return new Statistics(means, valueCounts, gridCounts);
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
                jdbc.sql("drop view if exists " + RfmSql.result(id)).update();
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

    /**
     * jsonb keeps its own key order; R, F, M (and segments) are put back in the order people read them. A value
     * stored before the thresholds were bounded that cannot be read back (a number of thousands of digits) is
     * shown as empty rather than failing every list of runs.
     */
    private <T> Map<String, T> read(@Nullable String text, TypeReference<Map<String, T>> type) {
        if (text == null) {
            return Map.of();
        }
        Map<String, T> stored;
        try {
            stored = json.readValue(text, type);
        } catch (JacksonException e) {
            log.warn("An RFM run's stored figures cannot be read, shown as empty: {}", e.getOriginalMessage());
            return Map.of();
        }
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
