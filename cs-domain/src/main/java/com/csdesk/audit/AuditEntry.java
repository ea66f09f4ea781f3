package com.csdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change: who did what to which thing, with the state before and after (JSON). */
public record AuditEntry(long id, Instant at, String actor, String action, String entityType, String entityId,
        @Nullable String before, @Nullable String after) {
}
