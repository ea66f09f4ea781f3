package com.csdesk.orders;

import com.csdesk.shared.Text;

/** Payment method (付款方式). Credit cards include international Visa, MasterCard and JCB. */
public enum PaymentMethod {
    ALIPAY("支付宝", "Alipay"),
    WECHAT_PAY("微信支付", "WeChat Pay"),
    UNIONPAY("银联", "UnionPay"),
    ONLINE_BANKING("网银", "Online banking"),
    CREDIT_CARD("信用卡", "Credit card");

    private final Text label;

    PaymentMethod(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
