package com.csdesk.orders.pricing;

import com.csdesk.shared.Money;
import java.util.List;

/**
 * A price quote (报价) with its full breakdown: goods, member discount (会员折扣) per bracket, shipping
 * (运费) and the free-shipping rule, deductions and the amount payable (应付金额).
 *
 * @param goodsTotal list price × quantity of all lines, the amount free-shipping thresholds look at
 * @param regularGoods the part of the goods total that gets the member discount
 * @param specialPriceGoods special-price goods (特价商品), charged in full
 * @param brackets how the regular goods fall into the discount brackets
 * @param memberDiscount regular goods minus what is paid for them
 * @param goodsPayable what the goods cost after the member discount
 * @param shippingDeduction shipping already paid on orders shipped together, deducted here
 * @param shipTogetherWith the orders that ship together with this one (合并发货)
 * @param payable goods payable + shipping fee − shipping deduction, never negative
 * @param cumulativeSpendAfter the cumulative spend once this order is paid
 */
public record PriceQuote(Money goodsTotal, Money regularGoods, Money specialPriceGoods, List<BracketCharge> brackets,
        Money memberDiscount, Money goodsPayable, ShippingQuote shipping, Money shippingDeduction,
        List<ShipTogether> shipTogetherWith, Money payable, Money cumulativeSpendBefore, Money cumulativeSpendAfter) {

    public PriceQuote {
        brackets = List.copyOf(brackets);
        shipTogetherWith = List.copyOf(shipTogetherWith);
    }
}
