package com.csdesk.aftersales.policy;

import com.csdesk.shared.Text;

/** The policy's verdict (审核结果) on an after-sales request. */
public enum Outcome {
    /** 允许: the rules allow it; the agent may go ahead. */
    ALLOWED("允许", "Allowed"),
    /** 需主管审批: outside the rules; only a supervisor may grant it. */
    NEEDS_APPROVAL("需主管审批", "Needs a supervisor's approval"),
    /** 拒绝: the rules refuse it; the failed checks say why. */
    REJECTED("拒绝", "Rejected");

    private final Text label;

    Outcome(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
