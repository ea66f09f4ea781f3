package com.csdesk.rfm.internal;

import com.csdesk.audit.AuditTrail;
import com.csdesk.members.MemberManagement;
import com.csdesk.rfm.CareTask;
import com.csdesk.rfm.MemberScore;
import com.csdesk.rfm.Movement;
import com.csdesk.rfm.RunView;
import com.csdesk.rfm.SegmentMap;
import com.csdesk.rfm.Target;
import com.csdesk.rfm.scoring.ValueSegment;
import com.csdesk.shared.CurrentActor;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.NotFoundException;
import com.csdesk.shared.SearchPage;
import com.csdesk.shared.Text;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading a run's snapshot: a member's result and history, the movement matrix, and target lists
 * (a segment or a movement cell) exported, tagged or turned into care tasks, each set-based.
 */
abstract class RfmTargets {

    /** Members tagged per statement: bounded memory however large the segment. */
    static final int TAG_CHUNK = 10_000;
    static final int MAX_REASON = 200;

    final JdbcClient jdbc;
    final MemberManagement members;
    final AuditTrail audit;
    final CurrentActor actor;
    final Clock clock;
    private final TransactionTemplate tx;
    private final JdbcTemplate cursor;

    RfmTargets(JdbcClient jdbc, MemberManagement members, AuditTrail audit, CurrentActor actor, Clock clock,
            TransactionTemplate tx, DataSource dataSource) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(5_000);
        this.members = members;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.tx = tx;
    }

    /** The run, which must have succeeded to have member rows. */
    abstract RunView requireSucceeded(long runId);

    /**
     * A run's rows as readers see them (its view), as a derived table named {@code alias}. Only members who
     * purchased have a row; with {@code everyMember} every member the run covered (those who existed when it
     * started) is listed, those without a row as 无购买 (NO_PURCHASE) with no values. The run id is a number already
     * checked, never text from a request.
     */
    static String rows(long runId, boolean everyMember, String alias) {
        if (!everyMember) {
            return RfmSql.result(runId) + " " + alias;
        }
        return """
                (select cast(%1$d as bigint) as run_id, d.member_id, x.recency_days, x.frequency, x.monetary, x.r, x.f, x.m,
                        coalesce(x.value_segment, '%5$s') as value_segment,
                        coalesce(x.grid_segment, '%5$s') as grid_segment
                 from members.member_directory d left join %2$s x on x.member_id = d.member_id
                 where d.member_id <= coalesce((select last_member_id from rfm.run where id = %1$d), %4$d)) %3$s"""
                .formatted(runId, RfmSql.result(runId), alias, Long.MAX_VALUE, NO_PURCHASE);
    }

    /** The columns {@link #score} reads, from rows named {@code s} (and whatever they are joined with). */
    private static String scores(String from) {
        return "select s.run_id, r.as_of, s.member_id, d.nickname, s.recency_days, s.frequency, s.monetary, s.r, s.f, s.m, "
                + "s.value_segment, s.grid_segment from " + from + " join rfm.run r on r.id = s.run_id "
                + "join members.member_directory d on d.member_id = s.member_id";
    }

    public MemberScore member(long runId, String nickname) {
        requireSucceeded(runId);
        long memberId = members.get(nickname).id();
        return jdbc.sql(scores(rows(runId, true, "s")) + " where s.member_id = ?").param(memberId)
                .query(RfmTargets::score).optional()
                .orElseThrow(() -> new NotFoundException("Member in RFM run " + runId, "RFM 计算 #" + runId + " 中的会员",
                        nickname));
    }

    public List<MemberScore> history(String nickname, int limit) {
        long memberId = members.get(nickname).id();
        List<Long> runs = jdbc.sql("select id from rfm.run where status = 'SUCCEEDED' order by as_of desc, id desc limit ?")
                .param(limit).query(Long.class).list();
        if (runs.isEmpty()) {
            return List.of();
        }
        // one lookup by key in each run's rows
        String each = runs.stream().map(run -> "(" + scores(rows(run, true, "s")) + " where s.member_id = ?)")
                .collect(Collectors.joining(" union all "));
        return jdbc.sql("select * from (" + each + ") h order by 2 desc, 1 desc")
                .params(runs.stream().map(run -> (Object) memberId).toList())
                .query(RfmTargets::score).list();
    }

    /**
     * Members per (earlier segment, later segment), over the members both runs covered (those who existed when
     * the earlier started). A member without a row in a run had no purchase in its window (无购买).
     */
    public Movement movement(long fromRunId, long toRunId, SegmentMap map) {
        requireSucceeded(fromRunId);
        requireSucceeded(toRunId);
        String column = column(map);
        List<Movement.Cell> cells = Objects.requireNonNull(tx.execute(status -> {
            // two runs' rows joined with every member: hashed in memory, not in batches on disk
            jdbc.sql("set local work_mem = '128MB'").update();
            return jdbc.sql("""
                    select coalesce(a.%1$s, '%5$s'), coalesce(b.%1$s, '%5$s'), count(*)
                    from members.member_directory d
                      left join %2$s a on a.member_id = d.member_id
                      left join %3$s b on b.member_id = d.member_id
                    where d.member_id <= coalesce((select min(last_member_id) from rfm.run where id in (?, ?)), %4$d)
                    group by 1, 2""".formatted(column, RfmSql.result(fromRunId), RfmSql.result(toRunId), Long.MAX_VALUE,
                            NO_PURCHASE))
                    .params(fromRunId, toRunId)
                    .query((rs, n) -> new Movement.Cell(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
        }));
        return new Movement(fromRunId, toRunId, map, map.segments(), cells);
    }

    public SearchPage<MemberScore> members(Target target, int page, int size) {
        Selection s = select(target);
        List<Object> params = new ArrayList<>(s.params());
        params.add(size + 1);
        params.add((long) page * size);
        List<MemberScore> rows = jdbc.sql(scores(s.from()) + " where " + s.where() + " order by s.member_id limit ? offset ?")
                .params(params).query(RfmTargets::score).list();
        return SearchPage.of(rows, page, size);
    }

    public void exportCsv(Target target, OutputStream out) {
        exportCsv(target, out, null);
    }

    public void exportCsv(Target target, OutputStream out, @Nullable Locale locale) {
        Selection s = select(target);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        tx.executeWithoutResult(status -> {
            try {
                // the byte order mark tells Excel the file is UTF-8, so the Chinese reads right
                w.write('\uFEFF');
                w.write("会员昵称 nickname,最近消费天数 recency_days,消费次数 frequency,消费金额 monetary,R,F,M,"
                        + "价值分群 value_segment,R×FM 分群 grid_segment\r\n");
                // a cursor (fetch size inside a transaction), so a segment of a million members streams
                cursor.query(scores(s.from()) + " where " + s.where() + " order by s.member_id", rs -> {
                    MemberScore m = score(rs, 0).named(locale);
                    try {
                        w.write(csv(m.nickname()) + "," + text(m.recencyDays()) + "," + text(m.frequency()) + ","
                                + text(m.monetary()) + "," + text(m.r()) + "," + text(m.f()) + "," + text(m.m()) + ","
                                + csv(m.valueSegment()) + "," + csv(m.gridSegment()) + "\r\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, s.params().toArray());
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public int tag(Target target, String tag) {
        Selection s = select(target);
        String t = tag.strip();
        return tx.execute(status -> {
            int added = 0;
            long after = -1;
            while (true) {
                List<Object> params = new ArrayList<>(s.params());
                params.add(after);
                params.add(TAG_CHUNK);
                List<Long> ids = jdbc.sql("select s.member_id from " + s.from() + " where " + s.where()
                                + " and s.member_id > ? order by s.member_id limit ?")
                        .params(params).query(Long.class).list();
                if (ids.isEmpty()) {
                    return added;
                }
                added += members.tagAll(ids, t);
                after = ids.getLast();
            }
        });
    }

    public int createCareTasks(Target target, String reason) {
        String r = reason.strip();
        if (r.isEmpty() || r.length() > MAX_REASON) {
            throw new InvalidInputException("invalid-care-reason", "reason", Text.of(
                    "关怀原因须为 1–" + MAX_REASON + " 个字", "The reason has 1 to " + MAX_REASON + " characters"));
        }
        Selection s = select(target);
        String segment = label(target);
        List<Object> params = new ArrayList<>();
        params.add(segment);
        params.add(r);
        params.add(Timestamp.from(clock.instant()));
        params.add(actor.username());
        params.addAll(s.params());
        return tx.execute(status -> {
            int created = jdbc.sql("insert into rfm.care_task (member_id, run_id, segment, reason, created_at, created_by) "
                            + "select s.member_id, s.run_id, ?, ?, ?, ? from " + s.from()
                            + " where " + s.where() + " on conflict do nothing")
                    .params(params).update();
            audit.record("rfm.care-tasks-created", "rfm-run", String.valueOf(target.runId()), null,
                    Map.of("target", segment, "reason", r, "created", created));
            return created;
        });
    }

    public List<CareTask> careTasks(String nickname) {
        long memberId = members.get(nickname).id();
        return jdbc.sql("""
                select id, member_id, run_id, segment, reason, status, created_at, created_by from rfm.care_task
                where member_id = ? and status = 'OPEN' order by created_at desc, id desc limit 50""")
                .param(memberId)
                .query((rs, n) -> new CareTask(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8)))
                .list();
    }

    /** The rows of a target ({@code s}, joined with {@code p} for a movement cell), the conditions and their parameters. */
    private record Selection(String from, String where, List<Object> params) {
    }

    private Selection select(Target target) {
        requireSucceeded(target.runId());
        String column = column(target.map());
        String segment = target.map().segment(target.segment()).code();
        String rows = rows(target.runId(), segment.equals(NO_PURCHASE), "s");
        if (!target.isMovementCell()) {
            return new Selection(rows, "s." + column + " = ?", List.of(segment));
        }
        long from = target.fromRunId();
        requireSucceeded(from);
        if (target.fromSegment() == null) {
            throw new InvalidInputException("missing-from-segment", "fromSegment",
                    Text.of("迁移单元格须指定起始分群", "A movement cell needs the segment it moved from"));
        }
        String fromSegment = target.map().segment(target.fromSegment()).code();
        return new Selection(rows + " join " + rows(from, fromSegment.equals(NO_PURCHASE), "p") + " on p.member_id = s.member_id",
                "s." + column + " = ? and p." + column + " = ?", List.of(segment, fromSegment));
    }

    /** How a target reads on a care task: 重要价值, or 重要价值 → 重要挽留 for a movement cell. */
    static String label(Target target) {
        String to = target.map().segment(target.segment()).zh();
        return target.isMovementCell() && target.fromSegment() != null
                ? target.map().segment(target.fromSegment()).zh() + " → " + to
                : to;
    }

    /** The segment, in both maps, of a member who made no purchase in the window. */
    static final String NO_PURCHASE = ValueSegment.NO_PURCHASE.name();

    static String column(SegmentMap map) {
        return map == SegmentMap.VALUE ? "value_segment" : "grid_segment";
    }

    private static final Map<String, String> NAMES = names();

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (SegmentMap map : SegmentMap.values()) {
            map.segments().forEach(s -> names.put(map + ":" + s.code(), s.zh()));
        }
        return names;
    }

    static MemberScore score(ResultSet rs, int n) throws SQLException {
        String value = rs.getString(11);
        String grid = rs.getString(12);
        SegmentMap.Segment g = SegmentMap.GRID.segment(grid);
        return new MemberScore(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getString(4),
                integer(rs, 5), integer(rs, 6), rs.getBigDecimal(7), integer(rs, 8), integer(rs, 9), integer(rs, 10),
                NAMES.get("VALUE:" + value), value, g.en(), grid);
    }

    private static @Nullable Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value instanceof BigDecimal b ? b.toPlainString() : value.toString();
    }

    /**
     * A CSV field, quoted when it holds a comma, a quote or a line break. Text a buyer chose (a nickname such as
     * {@code =SUM(1+2)}) that a spreadsheet would run as a formula, starting with =, +, -, @, a tab or a carriage
     * return, is prefixed with a single quote so it opens as text.
     */
    static String csv(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
