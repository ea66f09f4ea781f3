package com.csdesk.members.internal;

import com.csdesk.shared.Money;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Members written a batch at a time (order history import): one statement per batch instead of one
 * per member, in the caller's transaction.
 */
final class MemberBulk {

    private MemberBulk() {
    }

    static Map<String, Long> ensureAll(JdbcClient jdbc, Collection<String> nicknames, Instant now) {
        String[] names = nicknames.stream().map(String::strip).distinct().sorted().toArray(String[]::new);
        Map<String, Long> ids = new HashMap<>();
        if (names.length == 0) {
            return ids;
        }
        // sorted, so two imports running at once take the unique-index locks in the same order
        jdbc.sql("""
                insert into members.member (nickname, registered_at, cumulative_spend, version)
                select n, ?, 0, 0 from unnest(cast(? as text[])) n order by n
                on conflict (nickname) do nothing""")
                .params(Timestamp.from(now), names).update();
        jdbc.sql("select nickname, id from members.member where nickname = any(cast(? as text[]))")
                .param(names)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
                .list();
        return ids;
    }

    static void addSpendAll(JdbcClient jdbc, Map<Long, Money> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        Long[] ids = deltas.keySet().stream().sorted().toArray(Long[]::new);
        BigDecimal[] amounts = new BigDecimal[ids.length];
        for (int i = 0; i < ids.length; i++) {
            amounts[i] = deltas.get(ids[i]).amount();
        }
        jdbc.sql("""
                update members.member m set cumulative_spend = greatest(0, m.cumulative_spend + d.amount)
                from unnest(cast(? as bigint[]), cast(? as numeric[])) as d(id, amount)
                where m.id = d.id""")
                .params(ids, amounts).update();
    }
}
