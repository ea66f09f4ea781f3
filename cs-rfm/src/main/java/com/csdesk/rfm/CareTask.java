package com.csdesk.rfm;

import java.time.Instant;

/** A care task (客户关怀) for agents: a follow-up with a member of a segment, with the reason given. */
public record CareTask(long id, long memberId, long runId, String segment, String reason, String status,
        Instant createdAt, String createdBy) {
}
