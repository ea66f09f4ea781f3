package com.csdesk.web.storefront;

import com.csdesk.orders.pricing.PriceQuote;
import com.csdesk.shared.Money;

/**
 * A quote's headline amounts and its full breakdown (brackets, special-price goods, shipping rule
 * and why, deductions).
 */
public record StorefrontQuote(Money goodsTotal, Money memberDiscount, Money goodsPayable, Money shippingFee,
        Money shippingDeduction, Money payable, String shippingRule, PriceQuote breakdown) {

    static StorefrontQuote of(PriceQuote q) {
        return new StorefrontQuote(q.goodsTotal(), q.memberDiscount(), q.goodsPayable(), q.shipping().fee(),
                q.shippingDeduction(), q.payable(), q.shipping().rule().name(), q);
    }
}
