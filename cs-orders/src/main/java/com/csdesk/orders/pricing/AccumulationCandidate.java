package com.csdesk.orders.pricing;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.Text;

/**
 * An earlier order that may join the 3-day accumulation (3天内累计): created by the same member in the
 * last 72 hours, unpaid or paid but not shipped, to the same address. The caller selects them;
 * {@code shippingPaid} is the shipping on that order not yet deducted anywhere else.
 */
public record AccumulationCandidate(String orderNo, Money goodsTotal, Money shippingPaid) {

    public AccumulationCandidate {
        if (orderNo.isBlank()) {
            throw new InvalidInputException("missing-order-no", "orderNo",
                    Text.of("累计订单缺少订单号", "An accumulated order has no order number"));
        }
        if (goodsTotal.isNegative() || shippingPaid.isNegative()) {
            throw new InvalidInputException("invalid-amount", goodsTotal.isNegative() ? "goodsTotal" : "shippingPaid",
                    Text.of("订单 " + orderNo + " 的金额不能为负数", "Amounts of order " + orderNo + " cannot be negative"));
        }
    }
}
