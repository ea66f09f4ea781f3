package com.csdesk.aftersales.policy;

import com.csdesk.shared.Text;

/**
 * Reason (售后原因) the customer gives. Each reason knows its {@link Cause} (DOMAIN §4.1) and the
 * {@link Category} of the policy that governs it.
 */
public enum Reason {
    /** 七天无理由: changed mind. */
    NO_REASON(Cause.BUYER, Category.BUYER_CHOICE, "七天无理由", "No reason (changed mind)"),
    /** 尺码不合适. */
    SIZE(Cause.BUYER, Category.BUYER_CHOICE, "尺码不合适", "Size does not fit"),
    /** 颜色不合适. */
    COLOUR(Cause.BUYER, Category.BUYER_CHOICE, "颜色不合适", "Colour not as wanted"),
    /** 换款: wants another style. */
    STYLE(Cause.BUYER, Category.BUYER_CHOICE, "换款", "Style change"),
    /** 瑕疵. */
    DEFECT(Cause.SELLER, Category.QUALITY, "瑕疵", "Defect"),
    /** 描述不符. */
    NOT_AS_DESCRIBED(Cause.SELLER, Category.QUALITY, "描述不符", "Not as described"),
    /** 发错货. */
    WRONG_ITEM(Cause.SELLER, Category.QUALITY, "发错货", "Wrong item"),
    /** 少件. */
    MISSING_ITEM(Cause.SELLER, Category.QUALITY, "少件", "Missing item"),
    /** 破损: damaged by the carrier. */
    DAMAGED_IN_TRANSIT(Cause.THIRD_PARTY, Category.CARRIER, "破损", "Damaged in transit"),
    /** 丢件: lost by the carrier. */
    LOST(Cause.THIRD_PARTY, Category.CARRIER, "丢件", "Lost in transit"),
    /** 延迟发货: shipped later than promised. */
    LATE_SHIPMENT(Cause.SELLER, Category.DELAY, "延迟发货", "Late shipment");

    /** Which part of the after-sales policy (售后政策) governs a reason. */
    public enum Category {
        /**
         * 买家原因: the buyer's choice. Governed by the product kind: 7-day no-reason window for
         * in-stock goods, 48-hour exchange for custom-made goods, supervisor approval for
         * purchase-agent goods; the buyer pays shipping.
         */
        BUYER_CHOICE("买家原因", "buyer's choice"),
        /**
         * 质量问题: within 30 days of receipt; return, exchange, refund or repair for every product
         * kind; the shop pays shipping both ways.
         */
        QUALITY("质量问题", "quality problem"),
        /**
         * 物流问题 (破损/丢件): not a quality problem, but neither is it the buyer's doing, so it is
         * covered exactly like one (30 days, every product kind, the shop pays). Unlike a quality
         * problem it may be claimed before receipt, as refund only or a replacement (补发), because
         * the goods may never reach the buyer.
         */
        CARRIER("物流问题", "carrier problem"),
        /** 发货延误: refund only, and only before receipt; afterwards a complaint. */
        DELAY("发货延误", "seller's delay");

        private final Text label;

        Category(String zh, String en) {
            this.label = Text.of(zh, en);
        }

        public Text label() {
            return label;
        }
    }

    private final Cause cause;
    private final Category category;
    private final Text label;

    Reason(Cause cause, Category category, String zh, String en) {
        this.cause = cause;
        this.category = category;
        this.label = Text.of(zh, en);
    }

    public Cause cause() {
        return cause;
    }

    public Category category() {
        return category;
    }

    public Text label() {
        return label;
    }

    /**
     * 质量问题 as DOMAIN §4.2 names them: defect, not as described, wrong or missing items. Damage and
     * loss in transit are not, though the policy covers them the same way (see {@link Category#CARRIER}).
     */
    public boolean isQualityProblem() {
        return category == Category.QUALITY;
    }
}
