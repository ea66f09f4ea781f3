package com.csdesk.orders.pricing;

import com.csdesk.shared.Money;
import java.util.List;
import java.util.function.Predicate;

/**
 * The pricing engine (计价): member discount (会员折扣), shipping fee (运费) and free shipping (包邮) for a
 * quote or an order, as a pure function of the request and the rate table.
 */
public final class PricingEngine {

    private PricingEngine() {
    }

    /**
     * Prices a request with its full breakdown.
     *
     * @throws com.csdesk.shared.RuleViolationException when the carrier may not ship there
     *         ({@code carrier-not-allowed}, {@code carrier-not-offered}) or an overseas-forwarding order
     *         asks for in-stock goods first ({@code split-shipment-not-allowed})
     */
    public static PriceQuote quote(PricingRequest request, RateTable rates) {
        Money regularGoods = sum(request.lines(), line -> !line.specialPrice());
        Money specialPriceGoods = sum(request.lines(), PricingLine::specialPrice);
        Money goodsTotal = regularGoods.plus(specialPriceGoods);

        // Regular goods go on the accumulation first; special-price goods follow, undiscounted.
        List<BracketCharge> brackets = TierDiscount.charge(request.cumulativeSpendBefore(), regularGoods);
        Money regularPayable = brackets.stream().map(BracketCharge::payable).reduce(Money.ZERO, Money::plus);
        Money goodsPayable = regularPayable.plus(specialPriceGoods);

        ShippingPolicy.Outcome shipping = ShippingPolicy.quote(request, rates, goodsTotal, goodsPayable);
        Money shippingDeduction = shipping.shipTogether().stream().map(ShipTogether::shippingDeducted)
                .reduce(Money.ZERO, Money::plus);
        Money payable = goodsPayable.plus(shipping.quote().fee()).minus(shippingDeduction);

        return new PriceQuote(goodsTotal, regularGoods, specialPriceGoods, brackets,
                regularGoods.minus(regularPayable), goodsPayable, shipping.quote(), shippingDeduction,
                shipping.shipTogether(), payable, request.cumulativeSpendBefore(),
                request.cumulativeSpendBefore().plus(goodsTotal));
    }

    private static Money sum(List<PricingLine> lines, Predicate<PricingLine> which) {
        return lines.stream().filter(which).map(PricingLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
