package com.csdesk.aftersales;

import com.csdesk.shared.Text;

/** How a negative review ended: changed by the buyer (evidence kept), or answered with an explanation. */
public enum ReviewOutcome {
    /** 评价已修改, 留下确认修改证据. */
    REVIEW_CHANGED("评价已修改", "Review changed"),
    /** 评价解释. */
    EXPLANATION_POSTED("已发布评价解释", "Explanation posted");

    private final Text label;

    ReviewOutcome(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
