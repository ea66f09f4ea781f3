package com.csdesk.aftersales.policy;

/**
 * What happened before (售后记录) that limits what may happen now.
 *
 * @param earlierExchanges            exchanges already made on this order line (定制 goods allow one)
 * @param styleChangeExceptionGranted this member was already granted a style-change exception
 *                                    (the "下不为例" note), so the next one is refused
 */
public record AfterSalesHistory(int earlierExchanges, boolean styleChangeExceptionGranted) {

    public AfterSalesHistory {
        Inputs.require(earlierExchanges >= 0, "history.earlierExchanges",
                "换货次数不能为负", "Earlier exchanges cannot be negative");
    }

    /** No earlier exchange, no exception granted. */
    public static AfterSalesHistory none() {
        return new AfterSalesHistory(0, false);
    }
}
