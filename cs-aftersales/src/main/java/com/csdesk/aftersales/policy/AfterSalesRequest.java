package com.csdesk.aftersales.policy;

import com.csdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What the customer asks for (售后申请). Prefer the factory methods, which only take what each kind
 * of request needs.
 *
 * @param kind         return &amp; refund, refund only, exchange, repair or complaint
 * @param reason       why; its cause is recorded on the ticket
 * @param quantity     units concerned, at least 1; 0 for a complaint, which concerns no units
 * @param wanted       the replacement, for an exchange only
 * @param refundAmount the refund asked for, for refund kinds only; null means the full refundable amount
 */
public record AfterSalesRequest(
        RequestKind kind, Reason reason, int quantity, @Nullable WantedItem wanted, @Nullable Money refundAmount) {

    public AfterSalesRequest {
        Inputs.require(kind == RequestKind.COMPLAINT ? quantity >= 0 : quantity >= 1, "request.quantity",
                "数量至少为 1", "Quantity must be at least 1");
        Inputs.require((wanted != null) == (kind == RequestKind.EXCHANGE), "request.wanted",
                "换货须且只有换货须指定换货商品", "A wanted item is required for an exchange and only for an exchange");
        Inputs.require(refundAmount == null || kind.refundsMoney(), "request.refundAmount",
                kind.label().zh() + "不涉及退款金额", kind.label().en() + " takes no refund amount");
        Inputs.require(refundAmount == null || refundAmount.isPositive(), "request.refundAmount",
                "退款金额须大于 0", "The refund amount must be above zero");
    }

    /** 退货退款; a null amount asks for everything refundable. */
    public static AfterSalesRequest returnAndRefund(Reason reason, int quantity, @Nullable Money refundAmount) {
        return new AfterSalesRequest(RequestKind.RETURN_REFUND, reason, quantity, null, refundAmount);
    }

    /** 仅退款; a null amount asks for everything refundable. */
    public static AfterSalesRequest refundOnly(Reason reason, int quantity, @Nullable Money refundAmount) {
        return new AfterSalesRequest(RequestKind.REFUND_ONLY, reason, quantity, null, refundAmount);
    }

    /** 换货 for {@code wanted}. */
    public static AfterSalesRequest exchange(Reason reason, int quantity, WantedItem wanted) {
        return new AfterSalesRequest(RequestKind.EXCHANGE, reason, quantity, wanted, null);
    }

    /** 维修. */
    public static AfterSalesRequest repair(Reason reason, int quantity) {
        return new AfterSalesRequest(RequestKind.REPAIR, reason, quantity, null, null);
    }

    /** 投诉. */
    public static AfterSalesRequest complaint(Reason reason) {
        return new AfterSalesRequest(RequestKind.COMPLAINT, reason, 0, null, null);
    }
}
