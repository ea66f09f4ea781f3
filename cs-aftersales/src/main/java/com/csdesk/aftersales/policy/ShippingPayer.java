package com.csdesk.aftersales.policy;

import com.csdesk.shared.Text;

/**
 * Who pays shipping (运费承担方) for the goods an after-sales request moves. {@link #NONE} rather
 * than null when nothing travels (refund only, complaint, or a rejected request), so callers
 * always get a value to show.
 */
public enum ShippingPayer {
    /** 买家承担运费: the buyer's choice (no-reason return, size/colour exchange). */
    BUYER("买家承担运费", "Buyer pays shipping"),
    /** 卖家承担运费: quality and carrier problems; the shop pays both ways. */
    SHOP("卖家承担运费", "Shop pays shipping"),
    /** 无需寄送: no goods travel. */
    NONE("无需寄送", "No goods travel");

    private final Text label;

    ShippingPayer(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
