package com.csdesk.orders;

import com.csdesk.shared.Dates;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.Province;
import com.csdesk.shared.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One historical order (历史订单) of an import, checked: the times and the status as the old shop
 * recorded them, which must agree with each other (a shipped order was paid, a completed one was
 * shipped, a closed one has its closing time), the lines, the shipping fee, and the amount refunded.
 * {@link #parse} turns the line's fields into this or refuses them with the reason.
 */
public record HistoricalOrder(String orderNo, String member, Instant createdAt, @Nullable Instant paidAt,
        @Nullable Instant shippedAt, @Nullable Instant completedAt, @Nullable Instant closedAt, OrderStatus status,
        Province province, List<Line> lines, Money shippingFee, Money refundedAmount) {

    public static final int MAX_TEXT = 64;
    public static final int MAX_QUANTITY = 1_000_000;
    /** The largest amount an order's money columns hold (numeric(12, 2)). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    /** The earliest time a history may hold: older is a typo, not an order. */
    public static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    /** A line of a historical order: the SKU, how many, and the price paid for one. */
    public record Line(String sku, int quantity, Money unitPrice) {
    }

    /** The fields of an import line as they come, before any check. */
    public record Fields(@Nullable String orderNo, @Nullable String member, @Nullable String createdAt,
            @Nullable String paidAt, @Nullable String shippedAt, @Nullable String completedAt,
            @Nullable String closedAt, @Nullable String status, @Nullable String province,
            @Nullable List<LineFields> lines, @Nullable BigDecimal shippingFee, @Nullable BigDecimal refundedAmount) {
    }

    public record LineFields(@Nullable String sku, @Nullable Integer quantity, @Nullable BigDecimal unitPrice) {
    }

    /** The goods amount (lines at their price, shipping excluded), as cumulative spend counts it. */
    public Money goodsTotal() {
        Money total = Money.ZERO;
        for (Line l : lines) {
            total = total.plus(l.unitPrice().times(l.quantity()));
        }
        return total;
    }

    /** What the buyer paid: goods and shipping, or nothing for an order never paid. */
    public Money paidAmount() {
        return paidAt == null ? Money.ZERO : goodsTotal().plus(shippingFee);
    }

    /** The part of the refund that was goods (a refund returns goods first, then shipping). */
    public Money refundedGoodsAmount() {
        return refundedAmount.min(goodsTotal());
    }

    /** Checks the line's fields; {@code now} bounds its times (history is in the past). */
    public static HistoricalOrder parse(Fields f, Instant now) {
        // a clock a little ahead of ours is tolerated; an order placed later than that is a typo
        Instant latest = now.plus(Dates.CLOCK_SKEW);
        String orderNo = text("orderNo", f.orderNo());
        String member = text("member", f.member());
        OrderStatus status = status(f.status());
        Instant created = time("createdAt", f.createdAt(), latest);
        if (created == null) {
            throw missing("createdAt");
        }
        Instant paid = time("paidAt", f.paidAt(), latest);
        Instant shipped = time("shippedAt", f.shippedAt(), latest);
        Instant completed = time("completedAt", f.completedAt(), latest);
        Instant closed = time("closedAt", f.closedAt(), latest);
        switch (status) {
            case WAITING_PAYMENT -> {
                if (paid != null) {
                    throw invalid("status", "等待付款的订单不能有付款时间", "an order waiting for payment has no paidAt");
                }
            }
            case PAID -> require(paid, "paidAt", status);
            case SHIPPED -> {
                require(paid, "paidAt", status);
                require(shipped, "shippedAt", status);
            }
            case COMPLETED -> {
                require(paid, "paidAt", status);
                require(shipped, "shippedAt", status);
                require(completed, "completedAt", status);
            }
            case CLOSED -> require(closed, "closedAt", status);
        }
        notBefore("paidAt", paid, "createdAt", created);
        notBefore("shippedAt", shipped, "paidAt", paid == null ? created : paid);
        notBefore("completedAt", completed, "shippedAt", shipped == null ? created : shipped);
        notBefore("closedAt", closed, "createdAt", created);
        if (f.province() == null || f.province().isBlank()) {
            throw missing("province");
        }
        Province province = Province.find(f.province())
                .orElseThrow(() -> invalid("province", "未知的省份:" + f.province(), "unknown province: " + f.province()));
        List<Line> lines = lines(f.lines());
        Money shippingFee = amount("shippingFee", f.shippingFee());
        Money refunded = amount("refundedAmount", f.refundedAmount());
        HistoricalOrder order = new HistoricalOrder(orderNo, member, created, paid, shipped, completed, closed, status,
                province, lines, shippingFee, refunded);
        if (order.goodsTotal().plus(shippingFee).amount().compareTo(MAX_AMOUNT) > 0) {
            throw invalid("lines", "订单金额超出上限 " + MAX_AMOUNT.toPlainString(),
                    "the order's amount exceeds the limit of " + MAX_AMOUNT.toPlainString());
        }
        if (refunded.isGreaterThan(order.paidAmount())) {
            throw invalid("refundedAmount", "退款金额 " + refunded + " 超过实付金额 " + order.paidAmount(),
                    "refundedAmount " + refunded + " exceeds the amount paid " + order.paidAmount());
        }
        return order;
    }

    private static List<Line> lines(@Nullable List<LineFields> given) {
        if (given == null || given.isEmpty()) {
            throw invalid("lines", "订单至少要有一行商品", "an order has at least one line");
        }
        List<Line> lines = new ArrayList<>();
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            LineFields l = given.get(i);
            String field = "lines[" + i + "]";
            if (l == null) {
                throw missing(field);
            }
            String sku = text(field + ".sku", l.sku());
            if (!skus.add(sku)) {
                throw invalid(field + ".sku", "同一订单中 SKU 重复:" + sku, "SKU repeated within the order: " + sku);
            }
            if (l.quantity() == null || l.quantity() < 1 || l.quantity() > MAX_QUANTITY) {
                throw invalid(field + ".quantity", "数量须在 1 到 " + MAX_QUANTITY + " 之间",
                        "quantity must be between 1 and " + MAX_QUANTITY);
            }
            if (l.unitPrice() == null) {
                throw missing(field + ".unitPrice");
            }
            lines.add(new Line(sku, l.quantity(), amount(field + ".unitPrice", l.unitPrice())));
        }
        return List.copyOf(lines);
    }

    private static Money amount(String field, @Nullable BigDecimal value) {
        if (value == null) {
            return Money.ZERO;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX_AMOUNT) > 0) {
            throw invalid(field, "金额须为非负数,最多两位小数,不超过 " + MAX_AMOUNT.toPlainString() + ":"
                    + value.toPlainString(), "an amount is not negative, has at most two decimals and is at most "
                    + MAX_AMOUNT.toPlainString() + ": " + value.toPlainString());
        }
        return Money.of(value);
    }

    private static String text(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw missing(field);
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw invalid(field, "最多 " + MAX_TEXT + " 个字符", "at most " + MAX_TEXT + " characters");
        }
        return v;
    }

    private static OrderStatus status(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw missing("status");
        }
        try {
            return OrderStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("status", "未知的订单状态:" + value, "unknown status: " + value);
        }
    }

    private static @Nullable Instant time(String field, @Nullable String value, Instant latest) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant time;
        try {
            time = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(field, "时间须为带时区偏移的 ISO-8601:" + value,
                    "a time is ISO-8601 with an offset, e.g. 2025-03-01T10:15:00+08:00: " + value);
        }
        if (time.isBefore(EARLIEST) || time.isAfter(latest)) {
            throw invalid(field, "时间须在 1990 年之后且不晚于现在:" + value,
                    "a time is after 1990 and not in the future: " + value);
        }
        return time;
    }

    private static void require(@Nullable Instant time, String field, OrderStatus status) {
        if (time == null) {
            throw invalid(field, status.label().zh() + " 的订单须有 " + field, "a " + status + " order needs " + field);
        }
    }

    private static void notBefore(String field, @Nullable Instant time, String earlierField, @Nullable Instant earlier) {
        if (time != null && earlier != null && time.isBefore(earlier)) {
            throw invalid(field, field + " 早于 " + earlierField, field + " is before " + earlierField);
        }
    }

    private static InvalidInputException missing(String field) {
        return new InvalidInputException("missing-field", field, Text.of("缺少 " + field, field + " is missing"));
    }

    private static InvalidInputException invalid(String field, String zh, String en) {
        return new InvalidInputException("invalid-field", field, Text.of(zh, en));
    }
}
