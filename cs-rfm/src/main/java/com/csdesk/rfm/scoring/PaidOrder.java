package com.csdesk.rfm.scoring;

import com.csdesk.shared.Money;
import java.time.Instant;

/**
 * A paid order (已付款订单) as RFM reads it: who paid, when, its goods amount (lines at their price,
 * shipping excluded, as cumulative spend counts it), the goods amount refunded so far, and whether
 * it was closed (交易关闭). The run reads refunds and closing as they stand when it runs.
 */
public record PaidOrder(long memberId, Instant paidAt, Money goodsAmount, Money refundedGoodsAmount,
        boolean closed) {

    public PaidOrder {
        if (goodsAmount.isNegative() || refundedGoodsAmount.isNegative()
                || refundedGoodsAmount.isGreaterThan(goodsAmount)) {
            throw new IllegalArgumentException("goods " + goodsAmount + " with refunded " + refundedGoodsAmount);
        }
    }

    /**
     * Fully refunded (全额退款): something was refunded and nothing of the goods amount is left. A
     * COMPLETED order stays COMPLETED after a refund, so this is not the same as closed.
     */
    public boolean isFullyRefunded() {
        return refundedGoodsAmount.isPositive() && refundedGoodsAmount.equals(goodsAmount);
    }

    /** A purchase (购买): paid, not closed, not fully refunded. */
    public boolean isPurchase() {
        return !closed && !isFullyRefunded();
    }

    /** What the order adds to M: goods minus refunded goods. */
    public Money netGoodsAmount() {
        return goodsAmount.minus(refundedGoodsAmount);
    }
}
