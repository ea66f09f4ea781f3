package com.csdesk.aftersales.policy;

import com.csdesk.shared.Text;

/**
 * A rule of the after-sales policy (售后规则) that a {@link PolicyCheck} reports on. The constant's
 * name is the stable code programs and the desk rely on; {@link #whenFailed()} says what a failure
 * means for the decision.
 */
public enum PolicyRule {
    /** The reason can lead to this kind of request at all (e.g. repair needs a quality problem). */
    REQUEST_FITS_REASON("申请类型与原因", "Request kind and reason", Outcome.REJECTED),
    /** The product kind (现货/代购/定制) admits the request. */
    PRODUCT_KIND("商品类型", "Product kind", Outcome.REJECTED),
    /** 代购 goods are not exchanged for a buyer's reason; a supervisor may make an exception. */
    PURCHASE_AGENT_EXCHANGE("代购换货审批", "Purchase-agent exchange", Outcome.NEEDS_APPROVAL),
    /**
     * 换款: fine for 现货 (a no-reason return and a new purchase); for 代购/定制 goods outside the
     * rules, so a supervisor may grant it.
     */
    STYLE_CHANGE("换款", "Style change", Outcome.NEEDS_APPROVAL),
    /** A member gets at most one style-change exception (下不为例). */
    STYLE_CHANGE_EXCEPTION("换款特例(下不为例)", "Style-change exception (once per member)", Outcome.REJECTED),
    /** Buyer's-choice window from receipt (七天无理由, default 7 days). */
    NO_REASON_WINDOW("无理由期限", "No-reason window", Outcome.REJECTED),
    /** 定制 exchange window from receipt (default 48 hours). */
    CUSTOM_MADE_WINDOW("定制换货期限", "Custom-made exchange window", Outcome.REJECTED),
    /** Quality-problem window from receipt (default 30 days). */
    QUALITY_WINDOW("质量问题期限", "Quality-problem window", Outcome.REJECTED),
    /** A late shipment is refunded only while the goods are not yet received. */
    BEFORE_RECEIPT("签收前", "Before receipt", Outcome.REJECTED),
    /** A late-shipment claim needs the order to be late: flagged, or not shipped within the promise after payment. */
    SHIPPED_LATE("发货超时", "Shipped late", Outcome.REJECTED),
    /** 定制 goods are exchanged once. */
    FIRST_EXCHANGE("首次换货", "First exchange", Outcome.REJECTED),
    /** The wanted SKU is in stock for the quantity exchanged. */
    STOCK("换货库存", "Replacement in stock", Outcome.REJECTED),
    /** The returned item can be sold again (影响二次销售 = not resalable); unknown until inspected. */
    RESALABLE("二次销售", "Resalable", Outcome.REJECTED),
    /** No more units than were bought and not yet returned. */
    QUANTITY("数量", "Quantity", Outcome.REJECTED),
    /** Refunds never exceed what was paid and not yet refunded. */
    REFUND_CAP("退款上限", "Refund cap", Outcome.REJECTED);

    private final Text label;
    private final Outcome whenFailed;

    PolicyRule(String zh, String en, Outcome whenFailed) {
        this.label = Text.of(zh, en);
        this.whenFailed = whenFailed;
    }

    public Text label() {
        return label;
    }

    /** {@link Outcome#REJECTED} or {@link Outcome#NEEDS_APPROVAL}: what failing this rule leads to. */
    public Outcome whenFailed() {
        return whenFailed;
    }
}
