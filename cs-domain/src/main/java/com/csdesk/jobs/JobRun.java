package com.csdesk.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One run of a scheduled job: when it started and ended, how many rows it changed, or why it failed. */
public record JobRun(long id, String job, Instant startedAt, @Nullable Instant finishedAt, @Nullable Long rowsAffected,
        Status status, @Nullable String error) {

    public enum Status { RUNNING, SUCCEEDED, FAILED }
}
