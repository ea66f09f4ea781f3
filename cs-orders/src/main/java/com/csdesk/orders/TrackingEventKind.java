package com.csdesk.orders;

import com.csdesk.shared.Text;

/** A tracking event of a shipment (物流轨迹); the exceptions open an after-sales ticket. */
public enum TrackingEventKind {
    PICKED_UP("已揽收", "Picked up", false),
    IN_TRANSIT("运输中", "In transit", false),
    DELIVERED("已签收", "Delivered", false),
    DAMAGED("破损", "Damaged", true),
    LOST("丢件", "Lost", true),
    RETURNED("退回", "Returned", true);

    private final Text label;
    private final boolean exception;

    TrackingEventKind(String zh, String en, boolean exception) {
        this.label = Text.of(zh, en);
        this.exception = exception;
    }

    public Text label() {
        return label;
    }

    /** A logistics exception (物流异常): damaged, lost or returned. */
    public boolean isException() {
        return exception;
    }
}
