package com.csdesk.aftersales.policy;

import com.csdesk.shared.Money;
import com.csdesk.shared.RuleViolationException;
import com.csdesk.shared.Text;
import java.util.List;

/**
 * The policy's answer (售后审核结果) to one after-sales request, with its explanation.
 *
 * @param outcome        allowed, needs a supervisor's approval, or rejected
 * @param shippingPaidBy who pays shipping if the request goes ahead; {@link ShippingPayer#NONE} when
 *                       no goods travel or the request is rejected
 * @param checks         every check made, in the order the desk shows them
 * @param maxRefund      the most that may be refunded under this decision: the paid share of the
 *                       requested units not yet refunded; zero when the request kind refunds nothing
 *                       or the request is rejected
 */
public record PolicyDecision(Outcome outcome, ShippingPayer shippingPaidBy, List<PolicyCheck> checks, Money maxRefund) {

    public PolicyDecision {
        checks = List.copyOf(checks);
    }

    /**
     * Refuses a refund above {@link #maxRefund()}, for the service that carries the refund out
     * (answered 409): the rules say refunds never exceed what was paid.
     */
    public void requireRefundable(Money amount) {
        if (amount.isGreaterThan(maxRefund)) {
            throw new RuleViolationException("refund-above-cap", Text.of(
                    "退款 ¥" + amount + " 超过可退金额 ¥" + maxRefund,
                    "A refund of ¥" + amount + " exceeds the refundable ¥" + maxRefund));
        }
    }
}
