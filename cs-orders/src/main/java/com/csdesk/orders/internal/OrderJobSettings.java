package com.csdesk.orders.internal;

import com.csdesk.settings.SettingKey;
import com.csdesk.settings.SettingsCatalog;
import com.csdesk.shared.Text;
import java.util.List;
import org.springframework.stereotype.Component;

/** The run-time settings of the orders jobs (DOMAIN 3.1, 3.3, 3.5 defaults), editable by ADMIN. */
@Component
class OrderJobSettings implements SettingsCatalog {

    static final SettingKey<Integer> UNPAID_CLOSE_HOURS = SettingKey.ofInt("orders.unpaid-close-hours", 72, 1,
            Text.of("未付款订单多少小时后自动关闭", "Hours after which an unpaid order is closed"));
    static final SettingKey<Integer> AUTO_COMPLETE_DAYS = SettingKey.ofInt("orders.auto-complete-days", 10, 1,
            Text.of("发货后多少天自动确认收货(有未结售后单时不自动)",
                    "Days after shipment when an order completes by itself (not while an after-sales ticket is open)"));
    static final SettingKey<Integer> PURCHASE_AGENT_SHIPPING_REFUND_DAYS = SettingKey.ofInt(
            "orders.purchase-agent-shipping-refund-days", 15, 1,
            Text.of("代购商品付款后多少天未发货则退还运费", "Days after payment when unshipped purchase-agent goods get their shipping refunded"));
    static final SettingKey<Integer> IN_STOCK_SHIP_HOURS = SettingKey.ofInt("orders.in-stock-ship-hours", 48, 1,
            Text.of("现货付款后多少小时内须发货(超时标记延迟发货)",
                    "Hours after payment within which in-stock goods ship (later: flagged late)"));
    static final SettingKey<Integer> LIFETIME_FREE_SHIPPING_WINNERS = SettingKey.ofInt(
            "orders.lifetime-free-shipping-winners", 10, 0,
            Text.of("每年年底获得终身包邮的消费最高会员人数", "How many top-spending members get lifetime free shipping each year end"));

    @Override
    public List<SettingKey<?>> settings() {
        return List.of(UNPAID_CLOSE_HOURS, AUTO_COMPLETE_DAYS, PURCHASE_AGENT_SHIPPING_REFUND_DAYS, IN_STOCK_SHIP_HOURS,
                LIFETIME_FREE_SHIPPING_WINNERS);
    }
}
