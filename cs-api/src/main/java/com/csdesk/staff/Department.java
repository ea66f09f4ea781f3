package com.csdesk.staff;

import com.csdesk.shared.Text;

/** The department (部门) a staff member belongs to. */
public enum Department {
    PRESALES("售前", "Pre-sales"),
    AFTERSALES("售后", "After-sales"),
    OPERATIONS("运营", "Operations"),
    FINANCE("财务", "Finance"),
    WAREHOUSE("仓储", "Warehouse");

    private final Text label;

    Department(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
