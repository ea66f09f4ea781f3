package com.csdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoricalOrderTests {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final HistoricalOrder.LineFields LINE = new HistoricalOrder.LineFields("SKU-1", 2, new BigDecimal("99.50"));

    private static HistoricalOrder.Fields fields(String status, String paid, String shipped, String completed, String closed,
            List<HistoricalOrder.LineFields> lines, String refunded) {
        return new HistoricalOrder.Fields("NO-1", " 小美 ", "2025-01-01T10:00:00+08:00", paid, shipped, completed, closed,
                status, "广东", lines, new BigDecimal("8"), refunded == null ? null : new BigDecimal(refunded));
    }

    @Test
    void keepsTimesAndComputesAmounts() {
        HistoricalOrder o = HistoricalOrder.parse(fields("completed", "2025-01-01T10:05:00+08:00",
                "2025-01-02T10:00:00+08:00", "2025-01-09T10:00:00+08:00", null, List.of(LINE), "50"), NOW);
        assertThat(o.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(o.member()).isEqualTo("小美");
        assertThat(o.paidAt()).isEqualTo(Instant.parse("2025-01-01T02:05:00Z"));
        assertThat(o.goodsTotal()).isEqualTo(Money.of("199.00"));
        assertThat(o.paidAmount()).isEqualTo(Money.of("207.00"));
        assertThat(o.refundedGoodsAmount()).isEqualTo(Money.of("50.00"));
    }

    @Test
    void refundOfGoodsNeverExceedsTheGoods() {
        HistoricalOrder o = HistoricalOrder.parse(fields("CLOSED", "2025-01-01T10:05:00+08:00", null, null,
                "2025-01-03T10:00:00+08:00", List.of(LINE), "207"), NOW);
        assertThat(o.refundedGoodsAmount()).isEqualTo(Money.of("199.00"));
    }

    @Test
    void statusAndTimesMustAgree() {
        assertRejected(fields("PAID", null, null, null, null, List.of(LINE), null), "paidAt");
        assertRejected(fields("SHIPPED", "2025-01-01T10:05:00+08:00", null, null, null, List.of(LINE), null), "shippedAt");
        assertRejected(fields("COMPLETED", "2025-01-01T10:05:00+08:00", "2025-01-02T10:00:00+08:00", null, null,
                List.of(LINE), null), "completedAt");
        assertRejected(fields("CLOSED", null, null, null, null, List.of(LINE), null), "closedAt");
        assertRejected(fields("WAITING_PAYMENT", "2025-01-01T10:05:00+08:00", null, null, null, List.of(LINE), null), "status");
        assertRejected(fields("PAID", "2024-12-31T10:05:00+08:00", null, null, null, List.of(LINE), null), "paidAt");
        assertRejected(fields("PAID", "2025-01-01T10:05:00", null, null, null, List.of(LINE), null), "paidAt");
        assertRejected(fields("LOST", null, null, null, null, List.of(LINE), null), "status");
    }

    @Test
    void linesAndAmountsAreChecked() {
        String paid = "2025-01-01T10:05:00+08:00";
        assertRejected(fields("PAID", paid, null, null, null, List.of(), null), "lines");
        assertRejected(fields("PAID", paid, null, null, null,
                List.of(new HistoricalOrder.LineFields("A", 0, BigDecimal.ONE)), null), "lines[0].quantity");
        assertRejected(fields("PAID", paid, null, null, null,
                List.of(new HistoricalOrder.LineFields("A", 1, new BigDecimal("1.001"))), null), "lines[0].unitPrice");
        assertRejected(fields("PAID", paid, null, null, null, List.of(LINE, LINE), null), "lines[1].sku");
        assertRejected(fields("PAID", paid, null, null, null, List.of(LINE), "207.01"), "refundedAmount");
        assertRejected(fields("WAITING_PAYMENT", null, null, null, null, List.of(LINE), "1"), "refundedAmount");
    }

    @Test
    void timesLieBetween1990AndNow() {
        assertRejected(fields("PAID", "1989-12-31T23:59:59+00:00", null, null, null, List.of(LINE), null), "paidAt");
        assertRejected(fields("PAID", "+999999999-12-31T23:59:59+00:00", null, null, null, List.of(LINE), null), "paidAt");
        // an hour ahead is a clock's drift; more is the future
        assertThat(HistoricalOrder.parse(fields("PAID", "2026-06-01T00:59:59Z", null, null, null, List.of(LINE), null), NOW)
                .paidAt()).isEqualTo(Instant.parse("2026-06-01T00:59:59Z"));
        assertRejected(fields("PAID", "2026-06-01T01:00:01Z", null, null, null, List.of(LINE), null), "paidAt");
    }

    @Test
    void amountsFitTheOrdersMoneyColumns() {
        String paid = "2025-01-01T10:05:00+08:00";
        assertRejected(fields("PAID", paid, null, null, null,
                List.of(new HistoricalOrder.LineFields("A", 1, new BigDecimal("1e15"))), null), "lines[0].unitPrice");
        assertRejected(fields("PAID", paid, null, null, null,
                List.of(new HistoricalOrder.LineFields("A", 1_000_001, BigDecimal.ONE)), null), "lines[0].quantity");
        // each price fits, the order's total does not
        assertRejected(fields("PAID", paid, null, null, null,
                List.of(new HistoricalOrder.LineFields("A", 2, new BigDecimal("9999999999.99"))), null), "lines");
    }

    private static void assertRejected(HistoricalOrder.Fields f, String field) {
        assertThatThrownBy(() -> HistoricalOrder.parse(f, NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
