package com.csdesk.orders;

import com.csdesk.shared.Text;

/** Order status (订单状态) and the only moves between them. */
public enum OrderStatus {
    /** 等待买家付款. */
    WAITING_PAYMENT("等待买家付款", "Waiting for payment"),
    /** 买家已付款. */
    PAID("买家已付款", "Paid"),
    /** 卖家已发货: every line has left. */
    SHIPPED("卖家已发货", "Shipped"),
    /** 交易成功. */
    COMPLETED("交易成功", "Completed"),
    /** 交易关闭. */
    CLOSED("交易关闭", "Closed");

    private final Text label;

    OrderStatus(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
