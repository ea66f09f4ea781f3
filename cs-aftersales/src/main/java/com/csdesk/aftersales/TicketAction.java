package com.csdesk.aftersales;

import com.csdesk.shared.Text;

/** What can be done to a ticket; {@link Lifecycle} says when. */
public enum TicketAction {
    APPROVE("同意", "Approve"),
    APPROVE_EXCEPTION("主管特批", "Approve as exception"),
    REJECT("拒绝", "Reject"),
    ESCALATE("升级", "Escalate"),
    RETURN_ADDRESS("提供退货地址", "Give the return address"),
    RETURN_SHIPMENT("买家寄回", "Buyer sent the goods back"),
    RECEIVE("收货验货", "Receive and inspect"),
    REFUND("退款", "Refund"),
    RESHIP("补发换货", "Reship the replacement"),
    REPAIR("维修寄回", "Repair and send back"),
    RECORD_STEP("记录处理步骤", "Record a handling step"),
    RESOLVE("解决", "Resolve"),
    CLOSE("关闭", "Close"),
    REASSIGN("转派", "Reassign");

    private final Text label;

    TicketAction(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
