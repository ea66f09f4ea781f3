package com.csdesk.members.internal;

import com.csdesk.members.MemberSpend;
import com.csdesk.members.MemberSummary;
import com.csdesk.members.PhoneSearch;
import com.csdesk.members.Tier;
import com.csdesk.shared.Money;
import com.csdesk.shared.SearchPage;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Set-based reads and writes of members that do not need the aggregate loaded. */
@Repository
class MemberQueries {

    /** Below this length a contains-search cannot use the trigram indexes, so it searches prefixes. */
    private static final int TRIGRAM_MIN = 3;

    private final JdbcClient jdbc;

    MemberQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    long ensure(String nickname, Instant now) {
        return jdbc.sql("""
                with ins as (
                  insert into members.member (nickname, registered_at, cumulative_spend, version)
                  values (?, ?, 0, 0) on conflict (nickname) do nothing returning id)
                select id from ins union all select id from members.member where nickname = ? limit 1""")
                .params(nickname, Timestamp.from(now), nickname)
                .query(Long.class).single();
    }

    Optional<MemberSpend> spend(String nickname) {
        return jdbc.sql("select id, nickname, cumulative_spend, lifetime_free_shipping_address from members.member where nickname = ?")
                .param(nickname).query(MemberQueries::spendRow).optional();
    }

    Optional<MemberSpend> spend(long memberId) {
        return jdbc.sql("select id, nickname, cumulative_spend, lifetime_free_shipping_address from members.member where id = ?")
                .param(memberId).query(MemberQueries::spendRow).optional();
    }

    boolean exists(String nickname) {
        return jdbc.sql("select exists (select 1 from members.member where nickname = ?)")
                .param(nickname).query(Boolean.class).single();
    }

    SearchPage<MemberSummary> search(String q, PhoneSearch phones, int page, int size) {
        String pattern = escapeLike(q);
        boolean contains = q.codePointCount(0, q.length()) >= TRIGRAM_MIN;
        // exact matches first, then prefixes, then the rest; contains-matching is used only where the
        // trigram indexes can serve it, shorter queries match prefixes (and whole phone numbers). Parts
        // of a phone number match only for roles that see phones: the others could read them back.
        String phone = contains && phones == PhoneSearch.PARTIAL ? "phone like :contains" : "phone = :q";
        String where = contains
                ? "nickname ilike :contains or real_name ilike :contains or " + phone
                : "nickname like :prefix or real_name like :prefix or " + phone;
        var rows = jdbc.sql("""
                select id, nickname, real_name, phone, province, cumulative_spend, registered_at
                from members.member
                where %s
                order by (nickname = :q or real_name = :q or phone = :q) desc, (nickname like :prefix) desc,
                         length(nickname), nickname
                limit :limit offset :offset""".formatted(where))
                .param("q", q)
                .param("prefix", pattern + "%")
                .param("contains", "%" + pattern + "%")
                .param("limit", size + 1)
                .param("offset", page * size)
                .query(MemberQueries::summaryRow).list();
        return SearchPage.of(rows, page, size);
    }

    int tagAll(Collection<Long> memberIds, String tag) {
        Long[] ids = memberIds.toArray(Long[]::new);
        return jdbc.sql("""
                insert into members.member_tag (member_id, tag)
                select m.id, ? from members.member m where m.id = any(?) on conflict do nothing""")
                .params(tag, ids).update();
    }

    Optional<SpendChange> addSpend(long memberId, Money delta) {
        return jdbc.sql("""
                with old as (select id, cumulative_spend from members.member where id = ? for update)
                update members.member m set cumulative_spend = greatest(0, m.cumulative_spend + ?)
                from old where m.id = old.id
                returning m.nickname, old.cumulative_spend, m.cumulative_spend""")
                .params(memberId, delta.amount())
                .query((rs, n) -> new SpendChange(rs.getString(1), Money.of(rs.getBigDecimal(2)),
                        Money.of(rs.getBigDecimal(3))))
                .optional();
    }

    record SpendChange(String nickname, Money before, Money after) {
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static MemberSpend spendRow(ResultSet rs, int n) throws SQLException {
        Money spend = Money.of(rs.getBigDecimal(3));
        return new MemberSpend(rs.getLong(1), rs.getString(2), spend, Tier.of(spend), rs.getString(4));
    }

    private static MemberSummary summaryRow(ResultSet rs, int n) throws SQLException {
        BigDecimal spend = rs.getBigDecimal(6);
        return new MemberSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Money.of(spend), Tier.of(Money.of(spend)), rs.getTimestamp(7).toInstant());
    }
}
