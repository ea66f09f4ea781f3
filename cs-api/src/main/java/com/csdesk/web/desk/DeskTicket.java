package com.csdesk.web.desk;

import com.csdesk.aftersales.TicketAction;
import com.csdesk.aftersales.TicketSummary;
import com.csdesk.aftersales.TicketView;
import com.csdesk.shared.Money;
import com.csdesk.shared.SearchPage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Tickets as the desk API answers them: codes for programs, names and sentences in the viewer's language. */
public final class DeskTicket {

    private DeskTicket() {
    }

    public record Detail(String ticketNo, String orderNo, String memberNickname, String kind, String kindName,
            @Nullable String reason, @Nullable String reasonName, @Nullable String cause, String status,
            String statusName, String department, @Nullable String assignee, @Nullable String description,
            String decision, String decisionName, List<Check> checks, String shippingPaidBy, String shippingPaidByName,
            List<TicketView.Line> lines, Money maxRefund, Money refundedAmount, Money refundLeft, Money priceDifference,
            @Nullable Instant priceDifferencePaidAt, TicketView.@Nullable PriceDifferenceBack priceDifferenceBack,
            boolean exceptionGranted, boolean escalated, @Nullable String rejectReason, @Nullable String returnAddress, @Nullable String returnWaybill,
            @Nullable Instant receivedAt, @Nullable Boolean resalable, @Nullable Instant reshippedAt,
            @Nullable String waybillNo, @Nullable String reviewOutcome, @Nullable String reviewEvidence,
            @Nullable Integer satisfactionScore, @Nullable String satisfactionComment, Instant createdAt,
            Instant firstResponseDue, Instant resolutionDue, @Nullable Instant firstResponseAt,
            @Nullable Instant resolvedAt, @Nullable Instant closedAt, @Nullable Instant slaBreachedAt,
            List<String> allowedActions, List<TicketView.Step> steps, List<TicketView.Event> events, long version) {
    }

    public record Check(@Nullable String sku, String rule, String ruleName, @Nullable Boolean passed, String detail,
            String detailZh, String detailEn) {
    }

    public record Row(String ticketNo, String orderNo, String memberNickname, String kind, String kindName,
            @Nullable String reason, String status, String statusName, String department, @Nullable String assignee,
            String decision, boolean escalated, Instant createdAt, @Nullable Instant dueAt,
            @Nullable Instant slaBreachedAt) {
    }

    public record Page(List<Row> items, int page, int size, boolean hasNext) {
    }

    public static Detail of(TicketView t, Locale locale) {
        return new Detail(t.ticketNo(), t.orderNo(), t.memberNickname(), t.kind().name(), t.kind().label().in(locale),
                t.reason() == null ? null : t.reason().name(), t.reason() == null ? null : t.reason().label().in(locale),
                t.reason() == null ? null : t.reason().cause().name(), t.status().name(), t.status().label().in(locale),
                t.department().name(), t.assignee(), t.description(), t.decision().name(), t.decision().label().in(locale),
                t.checks().stream().map(c -> new Check(c.sku(), c.rule(), c.ruleName().in(locale), c.passed(),
                        c.detail().in(locale), c.detail().zh(), c.detail().en())).toList(),
                t.shippingPaidBy().name(), t.shippingPaidBy().label().in(locale), t.lines(), t.maxRefund(),
                t.refundedAmount(), t.refundLeft(), t.priceDifference(), t.priceDifferencePaidAt(), t.priceDifferenceBack(),
                t.exceptionGranted(),
                t.escalated(), t.rejectReason(), t.returnAddress(), t.returnWaybill(), t.receivedAt(), t.resalable(),
                t.reshippedAt(), t.waybillNo(), t.reviewOutcome() == null ? null : t.reviewOutcome().name(),
                t.reviewEvidence(), t.satisfactionScore(), t.satisfactionComment(), t.createdAt(),
                t.firstResponseDue(), t.resolutionDue(), t.firstResponseAt(), t.resolvedAt(), t.closedAt(),
                t.slaBreachedAt(), Arrays.stream(TicketAction.values()).filter(t::allows).map(Enum::name).toList(),
                t.steps(), t.events(), t.version());
    }

    public static Row of(TicketSummary s, Locale locale) {
        return new Row(s.ticketNo(), s.orderNo(), s.memberNickname(), s.kind().name(), s.kind().label().in(locale),
                s.reason() == null ? null : s.reason().name(), s.status().name(), s.status().label().in(locale),
                s.department().name(), s.assignee(), s.decision().name(), s.escalated(), s.createdAt(), s.dueAt(),
                s.slaBreachedAt());
    }

    public static Page of(SearchPage<TicketSummary> page, Locale locale) {
        return new Page(page.items().stream().map(s -> of(s, locale)).toList(), page.page(), page.size(), page.hasNext());
    }
}
