package com.csdesk.orders.pricing;

import com.csdesk.shared.Money;
import java.math.BigDecimal;

/**
 * The part of an order's regular goods that falls in one member-discount bracket (会员折扣档位):
 * it covers the cumulative spend from {@code from} to {@code to}, {@code goods} long, and is paid
 * at {@code rate} (0.95 for 95%), rounded half-up to {@code payable}.
 */
public record BracketCharge(Money from, Money to, Money goods, BigDecimal rate, Money payable) {
}
