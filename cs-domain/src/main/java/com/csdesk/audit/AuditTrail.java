package com.csdesk.audit;

import com.csdesk.shared.CurrentActor;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes and reads the audit log. Entries are written in the caller's transaction, so a change
 * and its audit entry commit or roll back together.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final CurrentActor actor;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, ObjectMapper json, CurrentActor actor, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Records a change by the current actor. {@code before} and {@code after} are any objects
     * Jackson can write (records, maps); null where there was nothing before or after.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, String entityId, @Nullable Object before,
            @Nullable Object after) {
        jdbc.sql("""
                insert into platform.audit_log (at, actor, action, entity_type, entity_id, before, after)
                values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(Timestamp.from(clock.instant()), actor.username(), action, entityType, entityId,
                        toJson(before), toJson(after))
                .update();
    }

    /** The newest entries about one thing (a member, an order, a ticket), newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String entityType, String entityId, int limit) {
        return jdbc.sql("""
                select id, at, actor, action, entity_type, entity_id, before::text, after::text
                from platform.audit_log where entity_type = ? and entity_id = ?
                order by at desc, id desc limit ?""")
                .params(entityType, entityId, limit)
                .query(AuditTrail::entry)
                .list();
    }

    /** The newest entries by anybody, optionally only one actor's, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(@Nullable String actorName, int limit) {
        return jdbc.sql("""
                select id, at, actor, action, entity_type, entity_id, before::text, after::text
                from platform.audit_log where (cast(? as text) is null or actor = ?)
                order by at desc, id desc limit ?""")
                .params(actorName, actorName, limit)
                .query(AuditTrail::entry)
                .list();
    }

    private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    private @Nullable String toJson(@Nullable Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
