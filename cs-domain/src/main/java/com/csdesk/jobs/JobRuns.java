package com.csdesk.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Runs a job's work and records the run. The record is written outside the work's transaction,
 * so a failed run is kept with its error.
 */
@Service
public class JobRuns {

    private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    JobRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs {@code work} (which returns the number of rows it changed) and records the run. */
    public JobRun run(String job, LongSupplier work) {
        long id = start(job);
        try {
            long rows = work.getAsLong();
            finish(id, JobRun.Status.SUCCEEDED, rows, null);
            log.info("job {} changed {} rows", job, rows);
        } catch (RuntimeException e) {
            finish(id, JobRun.Status.FAILED, null, String.valueOf(e.getMessage()));
            log.error("job {} failed", job, e);
            throw e;
        }
        return find(id);
    }

    /** Opens a run record for work that finishes later (an RFM run); close it with {@link #finish}. */
    public long start(String job) {
        return jdbc.sql("insert into platform.job_run (job, started_at, status) values (?, ?, 'RUNNING') returning id")
                .params(job, Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    public void finish(long runId, JobRun.Status status, @Nullable Long rows, @Nullable String error) {
        jdbc.sql("update platform.job_run set finished_at = ?, status = ?, rows_affected = ?, error = ? where id = ?")
                .params(Timestamp.from(clock.instant()), status.name(), rows, error, runId)
                .update();
    }

    public JobRun find(long runId) {
        return jdbc.sql(SELECT + " where id = ?").param(runId).query(JobRuns::row).single();
    }

    /** The newest runs, of one job or of all, newest first. */
    public List<JobRun> recent(@Nullable String job, int limit) {
        return jdbc.sql(SELECT + " where (cast(? as text) is null or job = ?) order by started_at desc, id desc limit ?")
                .params(job, job, limit)
                .query(JobRuns::row).list();
    }

    private static final String SELECT =
            "select id, job, started_at, finished_at, rows_affected, status, error from platform.job_run";

    private static JobRun row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp(4);
        long rows = rs.getLong(5);
        return new JobRun(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                finished == null ? null : finished.toInstant(), rs.wasNull() ? null : rows,
                JobRun.Status.valueOf(rs.getString(6)), rs.getString(7));
    }
}
