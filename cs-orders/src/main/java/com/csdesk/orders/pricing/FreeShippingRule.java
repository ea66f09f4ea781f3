package com.csdesk.orders.pricing;

/**
 * The free-shipping rule (包邮规则) a quote's shipping fee was decided by; its code is stable for
 * programs, and the quote carries a sentence explaining it with the numbers.
 */
public enum FreeShippingRule {
    /** 单笔满额包邮: region A from 500, region B from 1,000, on this order alone. */
    FREE_SINGLE_ORDER(true),
    /** 3天内累计包邮: with the member's recent unshipped orders the threshold is reached. */
    FREE_ACCUMULATED(true),
    /** 偏远地区满1000减10: 10 off the fee, not below zero. */
    REMOTE_DISCOUNT(true),
    /** 终身包邮: bound to this receiving address. */
    LIFETIME(true),
    /** 指定非默认快递: the buyer pays the chosen carrier's full fee, no free shipping. */
    NON_DEFAULT_CARRIER(false),
    /** 港澳台、海外不包邮. */
    NO_FREE_SHIPPING_REGION(false),
    /** 海外转运: charged to the forwarder's mainland address, no free shipping. */
    OVERSEAS_FORWARDING(false),
    /** 未达包邮金额: full fee. */
    BELOW_THRESHOLD(false);

    private final boolean lowersFee;

    FreeShippingRule(boolean lowersFee) {
        this.lowersFee = lowersFee;
    }

    /** Whether the rule takes something off the fee; it then covers the first shipment only. */
    public boolean lowersFee() {
        return lowersFee;
    }
}
