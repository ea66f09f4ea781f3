package com.csdesk.aftersales;

import com.csdesk.shared.Text;

/** Which team handles a ticket: after-sales agents (售后) or complaint handlers (投诉). */
public enum Department {
    AFTERSALES("售后", "After-sales"),
    COMPLAINTS("投诉", "Complaints");

    private final Text label;

    Department(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    /** The staff role of the department's agents. */
    public String role() {
        return name();
    }
}
