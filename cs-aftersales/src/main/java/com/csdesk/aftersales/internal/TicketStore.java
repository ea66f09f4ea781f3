package com.csdesk.aftersales.internal;

import com.csdesk.aftersales.Department;
import com.csdesk.aftersales.HandlingStep;
import com.csdesk.aftersales.PriceDifferencePayment;
import com.csdesk.aftersales.ReviewOutcome;
import com.csdesk.aftersales.TicketKind;
import com.csdesk.aftersales.TicketQuery;
import com.csdesk.aftersales.TicketStatus;
import com.csdesk.aftersales.TicketSummary;
import com.csdesk.aftersales.TicketView;
import com.csdesk.aftersales.policy.Outcome;
import com.csdesk.aftersales.policy.PolicyRule;
import com.csdesk.aftersales.policy.Reason;
import com.csdesk.aftersales.policy.ShippingPayer;
import com.csdesk.shared.Money;
import com.csdesk.shared.NotFoundException;
import com.csdesk.shared.Text;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes tickets with plain SQL; every write of a ticket checks and bumps its version. */
@Repository
class TicketStore {

    private static final String COLUMNS = """
            id, ticket_no, order_no, member_id, member_nickname, kind, reason, status, department, assignee,
            description, source, decision, shipping_paid_by, max_refund, refunded_amount, price_difference,
            price_difference_paid_at, price_difference_payment, exception_granted, approved_at, escalated, escalated_at,
            reject_reason, return_address, return_carrier, return_waybill, return_shipped_at, received_at, resalable,
            reship_waybill, reshipped_at, reserved, waybill_no, review_rating, review_content, review_outcome,
            review_evidence, satisfaction_score, satisfaction_comment, rated_at, created_at, first_response_due,
            resolution_due, first_response_at, resolved_at, closed_at, sla_breached_at, version""";

    private final JdbcClient jdbc;

    TicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextNumber() {
        return jdbc.sql("select nextval('aftersales.ticket_no_seq')").query(Long.class).single();
    }

    long insert(Ticket t) {
        t.id = jdbc.sql("""
                insert into aftersales.ticket (ticket_no, order_no, member_id, member_nickname, kind, reason, cause,
                  status, department, description, source, decision, shipping_paid_by, max_refund, price_difference,
                  waybill_no, review_rating, review_content, created_at, first_response_due, resolution_due, due_at,
                  resolved_at)
                values (:ticketNo, :orderNo, :memberId, :nickname, :kind, :reason, :cause, :status, :department,
                  :description, :source, :decision, :shipping, :maxRefund, :priceDifference, :waybill, :rating,
                  :content, :createdAt, :firstDue, :resolutionDue, :dueAt, :resolvedAt)
                returning id""")
                .param("ticketNo", t.ticketNo).param("orderNo", t.orderNo).param("memberId", t.memberId)
                .param("nickname", t.memberNickname).param("kind", t.kind.name())
                .param("reason", t.reason == null ? null : t.reason.name())
                .param("cause", t.reason == null ? null : t.reason.cause().name())
                .param("status", t.status.name()).param("department", t.department.name())
                .param("description", t.description).param("source", t.source).param("decision", t.decision.name())
                .param("shipping", t.shippingPaidBy.name()).param("maxRefund", t.maxRefund.amount())
                .param("priceDifference", t.priceDifference.amount()).param("waybill", t.waybillNo)
                .param("rating", t.reviewRating).param("content", t.reviewContent)
                .param("createdAt", ts(t.createdAt)).param("firstDue", ts(t.firstResponseDue))
                .param("resolutionDue", ts(t.resolutionDue)).param("dueAt", ts(t.dueAt()))
                .param("resolvedAt", ts(t.resolvedAt))
                .query(Long.class).single();
        return t.id;
    }

    /** Writes the ticket's changing columns if nobody changed it since it was read. */
    void save(Ticket t) {
        int rows = jdbc.sql("""
                update aftersales.ticket set status = :status, assignee = :assignee, decision = :decision,
                  shipping_paid_by = :shipping, max_refund = :maxRefund, refunded_amount = :refunded,
                  price_difference_paid_at = :pdPaidAt, price_difference_payment = :pdPayment,
                  exception_granted = :exceptionGranted, approved_at = :approvedAt, escalated = :escalated,
                  escalated_at = :escalatedAt, reject_reason = :rejectReason, return_address = :returnAddress,
                  return_carrier = :returnCarrier, return_waybill = :returnWaybill, return_shipped_at = :returnShippedAt,
                  received_at = :receivedAt, resalable = :resalable, reship_waybill = :reshipWaybill,
                  reshipped_at = :reshippedAt, reserved = :reserved, review_outcome = :reviewOutcome,
                  review_evidence = :reviewEvidence, satisfaction_score = :score, satisfaction_comment = :comment,
                  rated_at = :ratedAt, first_response_at = :firstResponseAt, resolved_at = :resolvedAt,
                  closed_at = :closedAt, due_at = :dueAt, version = version + 1
                where id = :id and version = :version""")
                .param("status", t.status.name()).param("assignee", t.assignee).param("decision", t.decision.name())
                .param("shipping", t.shippingPaidBy.name()).param("maxRefund", t.maxRefund.amount())
                .param("refunded", t.refundedAmount.amount()).param("pdPaidAt", ts(t.priceDifferencePaidAt))
                .param("pdPayment", t.priceDifferencePayment).param("exceptionGranted", t.exceptionGranted)
                .param("approvedAt", ts(t.approvedAt)).param("escalated", t.escalated)
                .param("escalatedAt", ts(t.escalatedAt)).param("rejectReason", t.rejectReason)
                .param("returnAddress", t.returnAddress).param("returnCarrier", t.returnCarrier)
                .param("returnWaybill", t.returnWaybill).param("returnShippedAt", ts(t.returnShippedAt))
                .param("receivedAt", ts(t.receivedAt)).param("resalable", t.resalable)
                .param("reshipWaybill", t.reshipWaybill).param("reshippedAt", ts(t.reshippedAt))
                .param("reserved", t.reserved)
                .param("reviewOutcome", t.reviewOutcome == null ? null : t.reviewOutcome.name())
                .param("reviewEvidence", t.reviewEvidence).param("score", t.satisfactionScore)
                .param("comment", t.satisfactionComment).param("ratedAt", ts(t.ratedAt))
                .param("firstResponseAt", ts(t.firstResponseAt)).param("resolvedAt", ts(t.resolvedAt))
                .param("closedAt", ts(t.closedAt)).param("dueAt", ts(t.dueAt()))
                .param("id", t.id).param("version", t.version)
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("Ticket " + t.ticketNo + " was changed by someone else");
        }
        t.version++;
    }

    Ticket load(String ticketNo) {
        return jdbc.sql("select " + COLUMNS + " from aftersales.ticket where ticket_no = ?").param(ticketNo)
                .query(TicketStore::ticket).optional()
                .orElseThrow(() -> new NotFoundException("After-sales ticket", "售后工单", ticketNo));
    }

    // lines, checks, steps, events

    record LineRow(int lineNo, String sku, int quantity, @Nullable String wantedSku, @Nullable Money refundAmount,
            Money maxRefund, Money listAmount, Money refunded) {
    }

    void insertLine(long ticketId, LineRow l) {
        jdbc.sql("""
                insert into aftersales.ticket_line (ticket_id, line_no, sku, quantity, wanted_sku, refund_amount,
                  max_refund, list_amount, refunded) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ticketId, l.lineNo(), l.sku(), l.quantity(), l.wantedSku(),
                        l.refundAmount() == null ? null : l.refundAmount().amount(), l.maxRefund().amount(),
                        l.listAmount().amount(), l.refunded().amount())
                .update();
    }

    List<LineRow> lines(long ticketId) {
        return jdbc.sql("""
                select line_no, sku, quantity, wanted_sku, refund_amount, max_refund, list_amount, refunded
                from aftersales.ticket_line where ticket_id = ? order by line_no""")
                .param(ticketId)
                .query((rs, n) -> new LineRow(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        money(rs.getBigDecimal(5)), Money.of(rs.getBigDecimal(6)), Money.of(rs.getBigDecimal(7)),
                        Money.of(rs.getBigDecimal(8))))
                .list();
    }

    void addRefunded(long ticketId, int lineNo, Money amount) {
        jdbc.sql("update aftersales.ticket_line set refunded = refunded + ? where ticket_id = ? and line_no = ?")
                .params(amount.amount(), ticketId, lineNo).update();
    }

    void replaceChecks(long ticketId, List<TicketView.Check> checks) {
        jdbc.sql("delete from aftersales.ticket_check where ticket_id = ?").param(ticketId).update();
        if (checks.isEmpty()) {
            return;
        }
        // one statement for all of a decision's checks; a check's position is its place in the list
        jdbc.sql("""
                insert into aftersales.ticket_check (ticket_id, position, sku, rule, passed, detail_zh, detail_en)
                select ?, c.ord - 1, c.sku, c.rule, c.passed, c.zh, c.en
                from unnest(?::text[], ?::text[], ?::boolean[], ?::text[], ?::text[])
                     with ordinality as c(sku, rule, passed, zh, en, ord)""")
                .params(ticketId, checks.stream().map(TicketView.Check::sku).toArray(String[]::new),
                        checks.stream().map(TicketView.Check::rule).toArray(String[]::new),
                        checks.stream().map(TicketView.Check::passed).toArray(Boolean[]::new),
                        checks.stream().map(c -> c.detail().zh()).toArray(String[]::new),
                        checks.stream().map(c -> c.detail().en()).toArray(String[]::new))
                .update();
    }

    List<TicketView.Check> checks(long ticketId) {
        return jdbc.sql("""
                select sku, rule, passed, detail_zh, detail_en from aftersales.ticket_check
                where ticket_id = ? order by position""")
                .param(ticketId)
                .query((rs, n) -> {
                    String rule = rs.getString(2);
                    boolean passed = rs.getBoolean(3);
                    Boolean result = rs.wasNull() ? null : passed;
                    return new TicketView.Check(rs.getString(1), rule, ruleName(rule), result,
                            Text.of(rs.getString(4), rs.getString(5)));
                })
                .list();
    }

    static Text ruleName(String rule) {
        try {
            return PolicyRule.valueOf(rule).label();
        } catch (IllegalArgumentException e) {
            return Text.of(rule, rule);
        }
    }

    /** Records a step; false when the step was already recorded. */
    boolean insertStep(long ticketId, HandlingStep step, @Nullable String note, @Nullable String evidence, Instant at,
            String actor) {
        return jdbc.sql("""
                insert into aftersales.ticket_step (ticket_id, step, note, evidence, at, actor) values (?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(ticketId, step.name(), note, evidence, ts(at), actor).update() > 0;
    }

    List<TicketView.Step> steps(long ticketId) {
        return jdbc.sql("select step, note, evidence, at, actor from aftersales.ticket_step where ticket_id = ? order by at, step")
                .param(ticketId)
                .query((rs, n) -> new TicketView.Step(HandlingStep.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    void insertEvent(long ticketId, Instant at, String actor, String action, @Nullable TicketStatus from,
            @Nullable TicketStatus to, @Nullable String detail) {
        jdbc.sql("""
                insert into aftersales.ticket_event (ticket_id, at, actor, action, from_status, to_status, detail)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(ticketId, ts(at), actor, action, from == null ? null : from.name(), to == null ? null : to.name(),
                        detail)
                .update();
    }

    List<TicketView.Event> events(long ticketId) {
        return jdbc.sql("""
                select at, actor, action, from_status, to_status, detail from aftersales.ticket_event
                where ticket_id = ? order by at, id""")
                .param(ticketId)
                .query((rs, n) -> new TicketView.Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        status(rs.getString(4)), status(rs.getString(5)), rs.getString(6)))
                .list();
    }

    // history the policy needs

    /** Approved exchanges of this SKU on this order, except the given ticket. */
    int earlierExchanges(String orderNo, String sku) {
        return jdbc.sql("""
                select count(*) from aftersales.ticket t join aftersales.ticket_line l on l.ticket_id = t.id
                where t.order_no = ? and l.sku = ? and t.kind = 'EXCHANGE' and t.approved_at is not null""")
                .params(orderNo, sku).query(Integer.class).single();
    }

    boolean styleExceptionGranted(long memberId) {
        return jdbc.sql("select exists (select 1 from aftersales.ticket where member_id = ? and exception_granted)")
                .param(memberId).query(Boolean.class).single();
    }

    /**
     * Units of the SKU on this order already handled by tickets: refunded (with the money), or
     * replaced by an exchange whose replacement was shipped.
     */
    record Returned(int quantity, Money amount, int replaced) {
    }

    Returned returned(String orderNo, String sku) {
        return jdbc.sql("""
                select coalesce(sum(case when l.refunded > 0 then l.quantity else 0 end), 0), coalesce(sum(l.refunded), 0),
                       coalesce(sum(case when t.kind = 'EXCHANGE' and t.reshipped_at is not null then l.quantity else 0 end), 0)
                from aftersales.ticket t join aftersales.ticket_line l on l.ticket_id = t.id
                where t.order_no = ? and l.sku = ?""")
                .params(orderNo, sku)
                .query((rs, n) -> new Returned(rs.getInt(1), Money.of(rs.getBigDecimal(2)), rs.getInt(3))).single();
    }

    /** An open goods ticket on this SKU of the order, if any. */
    Optional<String> openGoodsTicket(String orderNo, String sku) {
        return jdbc.sql("""
                select t.ticket_no from aftersales.ticket t join aftersales.ticket_line l on l.ticket_id = t.id
                where t.order_no = ? and l.sku = ? and t.kind in ('RETURN_REFUND', 'REFUND_ONLY', 'EXCHANGE', 'REPAIR')
                  and t.status not in ('CLOSED', 'REJECTED') limit 1""")
                .params(orderNo, sku).query(String.class).optional();
    }

    // price differences to give back

    /** Records that the ticket's paid price difference is the buyer's again, as of {@code at}. */
    void priceDifferenceDue(Ticket t, Instant at) {
        jdbc.sql("""
                insert into aftersales.price_difference_refund (ticket_id, payment_id, amount, due_at)
                values (?, ?, ?, ?)""")
                .params(t.id, t.priceDifferencePayment, t.priceDifference.amount(), Timestamp.from(at)).update();
    }

    private static final String PRICE_DIFFERENCE = """
            select t.price_difference_payment, t.ticket_no, t.order_no, t.price_difference, t.price_difference_paid_at,
                   r.due_at, r.refunded_at
            from aftersales.ticket t left join aftersales.price_difference_refund r on r.ticket_id = t.id""";

    List<PriceDifferencePayment> priceDifferencesToRefund(int limit) {
        return jdbc.sql(PRICE_DIFFERENCE + " where r.refunded_at is null and r.due_at is not null "
                        + "order by t.price_difference_paid_at, t.id limit ?")
                .param(limit).query(TicketStore::priceDifference).list();
    }

    /** The price difference a payment id paid, if it paid one: still kept by its exchange, or to give back. */
    Optional<PriceDifferencePayment> priceDifferencePaidWith(String paymentId) {
        return jdbc.sql(PRICE_DIFFERENCE + " where t.price_difference_payment = ?").param(paymentId)
                .query(TicketStore::priceDifference).optional();
    }

    /** Marks a price difference to give back as given back, unless it already was; returns whether this call did. */
    boolean markPriceDifferenceRefunded(String paymentId, Instant at, String reference, String by) {
        return jdbc.sql("""
                update aftersales.price_difference_refund set refunded_at = ?, reference = ?, refunded_by = ?
                where payment_id = ? and refunded_at is null""")
                .params(Timestamp.from(at), reference, by, paymentId).update() == 1;
    }

    private static PriceDifferencePayment priceDifference(ResultSet rs, int n) throws SQLException {
        return new PriceDifferencePayment(rs.getString(1), rs.getString(2), rs.getString(3),
                Money.of(rs.getBigDecimal(4)), rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)));
    }

    boolean logisticsTicketExists(String waybillNo, @Nullable Reason reason) {
        return jdbc.sql("""
                select exists (select 1 from aftersales.ticket where source = 'LOGISTICS_EVENT' and waybill_no = ?
                  and coalesce(reason, '-') = ?)""")
                .params(waybillNo, reason == null ? "-" : reason.name()).query(Boolean.class).single();
    }

    // queue

    private static final String COLUMNS_SUMMARY = """
            ticket_no, order_no, member_nickname, kind, reason, status, department, assignee, decision, escalated,
              created_at, due_at, sla_breached_at, id""";
    private static final String SUMMARY = "select " + COLUMNS_SUMMARY + " from aftersales.ticket";
    private static final String QUEUE_ORDER = " order by due_at asc nulls last, id asc";

    /**
     * One page of the queue, next deadline first. A search (ticket, order or nickname) runs as three
     * index-ordered branches that each stop after the page, instead of one OR that sorts every match.
     */
    List<TicketSummary> queue(TicketQuery q, int offset, int limit) {
        var where = new ArrayList<String>();
        var params = new java.util.LinkedHashMap<String, Object>();
        if (q.status() != null) {
            where.add("status = :status");
            params.put("status", q.status().name());
        }
        if (q.kind() != null) {
            where.add("kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q.department() != null) {
            where.add("department = :department");
            params.put("department", q.department().name());
        }
        if (q.assignee() != null) {
            if ("-".equals(q.assignee())) {
                where.add("assignee is null");
            } else {
                where.add("assignee = :assignee");
                params.put("assignee", q.assignee());
            }
        }
        if (q.dueBefore() != null) {
            where.add("due_at < :dueBefore");
            params.put("dueBefore", ts(q.dueBefore()));
        }
        if (q.breached() != null) {
            where.add(q.breached() ? "sla_breached_at is not null" : "sla_breached_at is null");
        }
        if (q.escalated() != null) {
            where.add("escalated = :escalated");
            params.put("escalated", q.escalated());
        }
        if (Boolean.TRUE.equals(q.open())) {
            where.add("due_at is not null");
        }
        // limit and offset are written into the SQL (they are numbers we computed): as bind parameters they
        // would let PostgreSQL's generic plan for the prepared statement guess a large limit and sort
        String page = " limit " + Math.max(0, limit) + " offset " + Math.max(0, offset);
        String sql;
        if (q.q() != null && !q.q().isBlank()) {
            params.put("q", q.q().strip());
            var branches = new ArrayList<String>();
            for (String column : List.of("ticket_no", "order_no", "member_nickname")) {
                var conditions = new ArrayList<>(where);
                conditions.add(column + " = :q");
                branches.add("(" + SUMMARY + " where " + String.join(" and ", conditions) + QUEUE_ORDER + " limit " + Math.max(0, offset + limit) + ")");
            }
            sql = "select " + COLUMNS_SUMMARY + " from (" + String.join(" union ", branches) + ") found"
                    + QUEUE_ORDER + page;
        } else {
            sql = SUMMARY + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + QUEUE_ORDER + page;
        }
        return jdbc.sql(sql).params(params).query(TicketStore::summary).list();
    }

    List<TicketSummary> ofMember(String nickname, int limit) {
        return jdbc.sql(SUMMARY + " where member_nickname = ? order by created_at desc, id desc limit ?")
                .params(nickname, limit).query(TicketStore::summary).list();
    }

    List<TicketSummary> ofOrder(String orderNo, int limit) {
        return jdbc.sql(SUMMARY + " where order_no = ? order by created_at desc, id desc limit ?")
                .params(orderNo, limit).query(TicketStore::summary).list();
    }

    /** Flags open tickets past a deadline and escalates them, set-based; returns the ids. */
    List<Long> flagBreaches(Instant now) {
        return jdbc.sql("""
                update aftersales.ticket set sla_breached_at = :now, escalated = true,
                  escalated_at = coalesce(escalated_at, :now), version = version + 1
                where due_at is not null and due_at < :now and sla_breached_at is null
                returning id""")
                .param("now", ts(now)).query(Long.class).list();
    }

    void insertBreachEvents(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into aftersales.ticket_event (ticket_id, at, actor, action, detail)
                select id, :now, 'system', 'sla-breached', 'due ' || to_char(due_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')
                from aftersales.ticket where id = any(:ids)""")
                .param("now", ts(now)).param("ids", ids.toArray(Long[]::new)).update();
    }

    // mapping

    private static TicketSummary summary(ResultSet rs, int n) throws SQLException {
        return new TicketSummary(rs.getString(1), rs.getString(2), rs.getString(3), TicketKind.valueOf(rs.getString(4)),
                reason(rs.getString(5)), TicketStatus.valueOf(rs.getString(6)), Department.valueOf(rs.getString(7)),
                rs.getString(8), Outcome.valueOf(rs.getString(9)), rs.getBoolean(10), rs.getTimestamp(11).toInstant(),
                instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13)));
    }

    private static Ticket ticket(ResultSet rs, int n) throws SQLException {
        Ticket t = new Ticket();
        t.id = rs.getLong("id");
        t.ticketNo = rs.getString("ticket_no");
        t.orderNo = rs.getString("order_no");
        t.memberId = rs.getLong("member_id");
        t.memberNickname = rs.getString("member_nickname");
        t.kind = TicketKind.valueOf(rs.getString("kind"));
        t.reason = reason(rs.getString("reason"));
        t.status = TicketStatus.valueOf(rs.getString("status"));
        t.department = Department.valueOf(rs.getString("department"));
        t.assignee = rs.getString("assignee");
        t.description = rs.getString("description");
        t.source = rs.getString("source");
        t.decision = Outcome.valueOf(rs.getString("decision"));
        t.shippingPaidBy = ShippingPayer.valueOf(rs.getString("shipping_paid_by"));
        t.maxRefund = Money.of(rs.getBigDecimal("max_refund"));
        t.refundedAmount = Money.of(rs.getBigDecimal("refunded_amount"));
        t.priceDifference = Money.of(rs.getBigDecimal("price_difference"));
        t.priceDifferencePaidAt = instant(rs.getTimestamp("price_difference_paid_at"));
        t.priceDifferencePayment = rs.getString("price_difference_payment");
        t.exceptionGranted = rs.getBoolean("exception_granted");
        t.approvedAt = instant(rs.getTimestamp("approved_at"));
        t.escalated = rs.getBoolean("escalated");
        t.escalatedAt = instant(rs.getTimestamp("escalated_at"));
        t.rejectReason = rs.getString("reject_reason");
        t.returnAddress = rs.getString("return_address");
        t.returnCarrier = rs.getString("return_carrier");
        t.returnWaybill = rs.getString("return_waybill");
        t.returnShippedAt = instant(rs.getTimestamp("return_shipped_at"));
        t.receivedAt = instant(rs.getTimestamp("received_at"));
        boolean resalable = rs.getBoolean("resalable");
        t.resalable = rs.wasNull() ? null : resalable;
        t.reshipWaybill = rs.getString("reship_waybill");
        t.reshippedAt = instant(rs.getTimestamp("reshipped_at"));
        t.reserved = rs.getBoolean("reserved");
        t.waybillNo = rs.getString("waybill_no");
        int rating = rs.getInt("review_rating");
        t.reviewRating = rs.wasNull() ? null : rating;
        t.reviewContent = rs.getString("review_content");
        String outcome = rs.getString("review_outcome");
        t.reviewOutcome = outcome == null ? null : ReviewOutcome.valueOf(outcome);
        t.reviewEvidence = rs.getString("review_evidence");
        int score = rs.getInt("satisfaction_score");
        t.satisfactionScore = rs.wasNull() ? null : score;
        t.satisfactionComment = rs.getString("satisfaction_comment");
        t.ratedAt = instant(rs.getTimestamp("rated_at"));
        t.createdAt = rs.getTimestamp("created_at").toInstant();
        t.firstResponseDue = rs.getTimestamp("first_response_due").toInstant();
        t.resolutionDue = rs.getTimestamp("resolution_due").toInstant();
        t.firstResponseAt = instant(rs.getTimestamp("first_response_at"));
        t.resolvedAt = instant(rs.getTimestamp("resolved_at"));
        t.closedAt = instant(rs.getTimestamp("closed_at"));
        t.slaBreachedAt = instant(rs.getTimestamp("sla_breached_at"));
        t.version = rs.getLong("version");
        return t;
    }

    private static @Nullable Reason reason(@Nullable String value) {
        return value == null ? null : Reason.valueOf(value);
    }

    private static @Nullable TicketStatus status(@Nullable String value) {
        return value == null ? null : TicketStatus.valueOf(value);
    }

    private static @Nullable Money money(@Nullable BigDecimal value) {
        return value == null ? null : Money.of(value);
    }

    static @Nullable Timestamp ts(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
