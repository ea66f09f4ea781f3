package com.csdesk.orders;

import com.csdesk.shared.Text;

/** The order's flag (旗帜): red needs attention, blue is normal / reserved / shipped, grey is none. */
public enum Flag {
    RED("红旗", "Red"),
    BLUE("蓝旗", "Blue"),
    GREY("灰旗", "Grey");

    private final Text label;

    Flag(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
