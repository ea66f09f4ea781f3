package com.csdesk.aftersales.policy;

import com.csdesk.shared.Text;

/** Cause (责任方) recorded on every after-sales ticket: whose doing the problem is. */
public enum Cause {
    /** 卖家原因: defect, not as described, wrong or missing items, late shipment. */
    SELLER("卖家原因", "Seller"),
    /** 买家原因: changed mind, not as imagined, size or colour. */
    BUYER("买家原因", "Buyer"),
    /** 第三方原因: the carrier or the supplier. */
    THIRD_PARTY("第三方原因", "Third party");

    private final Text label;

    Cause(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
