package com.csdesk.orders.internal;

import com.csdesk.settings.SettingKey;
import com.csdesk.settings.SettingsCatalog;
import com.csdesk.shared.Text;
import java.util.List;
import org.springframework.stereotype.Component;

/** The order desk's run-time settings. */
@Component
class OrderDeskSettings implements SettingsCatalog {

    /** Unpaid orders appear in the urge list (催付) once they are this old. */
    static final SettingKey<Integer> URGE_AFTER_MINUTES = SettingKey.ofInt("orders.urge-after-minutes", 60, 1,
            Text.of("未付款订单下单多少分钟后进入催付列表", "Minutes after ordering before an unpaid order can be urged"));

    @Override
    public List<SettingKey<?>> settings() {
        return List.of(URGE_AFTER_MINUTES);
    }
}
