package com.csdesk.aftersales;

import com.csdesk.shared.Text;

/** Ticket status (工单状态), DOMAIN §4.3. */
public enum TicketStatus {
    OPEN("待处理", "Open"),
    APPROVED("已同意", "Approved"),
    REJECTED("已拒绝", "Rejected"),
    AWAITING_RETURN("待买家退货", "Awaiting return"),
    RECEIVED("已收货", "Received"),
    REFUNDED("已退款", "Refunded"),
    RESHIPPED("已补发", "Reshipped"),
    REPAIRED("已维修", "Repaired"),
    IN_PROGRESS("处理中", "In progress"),
    RESOLVED("已解决", "Resolved"),
    CLOSED("已关闭", "Closed");

    private final Text label;

    TicketStatus(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    /** Closed and rejected tickets need nothing more from anyone. */
    public boolean isOpen() {
        return this != CLOSED && this != REJECTED;
    }

    /** The ticket's outcome is reached: the resolution timer stops. */
    public boolean isResolved() {
        return this == REFUNDED || this == RESHIPPED || this == REPAIRED || this == RESOLVED || this == CLOSED
                || this == REJECTED;
    }
}
