package com.csdesk.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of CNY (人民币) with exactly two decimals. Every operation that produces an amount a
 * person sees rounds half-up to the fen, as the shop's rules require; nothing here uses double.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /** More whole digits than any amount the shop holds (its columns take 12 digits, 10 before the point). */
    static final int MAX_WHOLE_DIGITS = 15;
    /** More decimals than any amount is written with. */
    static final int MAX_DECIMALS = 20;

    public Money {
        Objects.requireNonNull(amount, "amount");
        // checked before rounding: 1e999999999 (or 1e-999999999) is short to write, and rounding it works
        // through every digit
        if (amount.precision() - amount.scale() > MAX_WHOLE_DIGITS || amount.scale() > MAX_DECIMALS) {
            throw new InvalidInputException("amount-out-of-range", "amount", Text.of(
                    "金额超出范围", "The amount is out of range"));
        }
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    @JsonCreator
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /** The amount; in JSON a Money is this plain number (492.60). */
    @Override
    @JsonValue
    public BigDecimal amount() {
        return amount;
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    /** Multiplies by a rate (0.95 for 95%) and rounds half-up to the fen. */
    public Money times(BigDecimal rate) {
        return new Money(amount.multiply(rate));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isAtLeast(Money other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
