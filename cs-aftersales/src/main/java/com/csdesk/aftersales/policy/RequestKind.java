package com.csdesk.aftersales.policy;

import com.csdesk.shared.Text;

/** What the customer asks for (售后类型). */
public enum RequestKind {
    /** 退货退款: the goods come back, the money goes out. */
    RETURN_REFUND("退货退款", "Return & refund", true, true),
    /** 仅退款: money only, the goods stay where they are (or never arrived). */
    REFUND_ONLY("仅退款", "Refund only", false, true),
    /** 换货: the goods come back and a replacement SKU goes out. */
    EXCHANGE("换货", "Exchange", true, false),
    /** 维修: the goods go to the shop and come back repaired. */
    REPAIR("维修", "Repair", true, false),
    /** 投诉: recorded and handled; nothing travels, nothing is refunded by the policy. */
    COMPLAINT("投诉", "Complaint", false, false);

    private final Text label;
    private final boolean movesGoods;
    private final boolean refundsMoney;

    RequestKind(String zh, String en, boolean movesGoods, boolean refundsMoney) {
        this.label = Text.of(zh, en);
        this.movesGoods = movesGoods;
        this.refundsMoney = refundsMoney;
    }

    public Text label() {
        return label;
    }

    /** True when goods are shipped (back to the shop, or a replacement out), so someone pays shipping. */
    public boolean movesGoods() {
        return movesGoods;
    }

    /** True when the request ends in a refund, so the refund cap applies. */
    public boolean refundsMoney() {
        return refundsMoney;
    }
}
