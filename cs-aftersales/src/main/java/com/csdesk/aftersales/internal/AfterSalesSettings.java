package com.csdesk.aftersales.internal;

import com.csdesk.aftersales.ServiceTerms;
import com.csdesk.aftersales.TicketKind;
import com.csdesk.aftersales.policy.PolicySettings;
import com.csdesk.members.Note;
import com.csdesk.settings.SettingKey;
import com.csdesk.settings.Settings;
import com.csdesk.settings.SettingsCatalog;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Text;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The after-sales settings an admin changes at run time: policy windows, service terms, SLA targets per kind. */
@Component
class AfterSalesSettings implements SettingsCatalog {

    static final SettingKey<Integer> NO_REASON_DAYS = SettingKey.ofInt("aftersales.no-reason-days", 7, 1,
            Text.of("七天无理由退换天数(自签收起)", "No-reason return window in days from receipt"));
    static final SettingKey<Integer> QUALITY_DAYS = SettingKey.ofInt("aftersales.quality-days", 30, 1,
            Text.of("质量问题售后天数(自签收起)", "Quality-problem window in days from receipt"));
    static final SettingKey<Integer> CUSTOM_MADE_HOURS = SettingKey.ofInt("aftersales.custom-made-exchange-hours", 48, 1,
            Text.of("定制商品换货小时数(自签收起)", "Custom-made exchange window in hours from receipt"));
    static final SettingKey<LocalTime> ONLINE_FROM = SettingKey.ofTime("service.online-from", LocalTime.of(9, 0),
            Text.of("在线时间开始", "Online hours start"));
    static final SettingKey<LocalTime> ONLINE_TO = SettingKey.ofTime("service.online-to", LocalTime.of(23, 0),
            Text.of("在线时间结束", "Online hours end"));
    static final SettingKey<LocalTime> REPLY_BY = SettingKey.ofTime("service.reply-by", LocalTime.of(10, 0),
            Text.of("非在线时间留言次日回复时限", "Messages left outside online hours are answered by this time the next day"));

    static final SettingKey<String> RETURN_ADDRESS = SettingKey.ofText("aftersales.return-address",
            "浙江省杭州市余杭区文一西路 969 号 CS 仓储中心 售后组 (收) 0571-88888888",
            Text.of("退货地址(同意退换货后提供给买家)", "Return address given to buyers once a return or exchange is approved"),
            AfterSalesSettings::address);

    private static String address(String text) {
        String value = text.strip();
        if (value.length() < 5 || value.length() > 200) {
            throw new IllegalArgumentException("an address has 5 to 200 characters");
        }
        return value;
    }

    /** The orders module's shipping promise for in-stock goods, read (not listed) here: a late shipment is judged by it. */
    private static final SettingKey<Integer> IN_STOCK_SHIP_HOURS = SettingKey.ofInt("orders.in-stock-ship-hours", 48, 1,
            Text.of("现货付款后发货时限(小时)", "In-stock goods ship within this many hours of payment"));

    private static final Map<TicketKind, SettingKey<Integer>> FIRST_RESPONSE = new EnumMap<>(TicketKind.class);
    private static final Map<TicketKind, SettingKey<Integer>> RESOLUTION = new EnumMap<>(TicketKind.class);

    static {
        int[][] defaults = {{30, 72}, {30, 24}, {30, 72}, {60, 168}, {15, 24}, {60, 48}, {30, 24}};
        for (TicketKind kind : TicketKind.values()) {
            String code = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            int[] d = defaults[kind.ordinal()];
            FIRST_RESPONSE.put(kind, SettingKey.ofInt("sla." + code + ".first-response-minutes", d[0], 1,
                    Text.of(kind.label().zh() + "工单首次响应时限(营业时间分钟)",
                            kind.label().en() + " tickets: first response target, business minutes")));
            RESOLUTION.put(kind, SettingKey.ofInt("sla." + code + ".resolution-hours", d[1], 1,
                    Text.of(kind.label().zh() + "工单解决时限(营业时间小时)",
                            kind.label().en() + " tickets: resolution target, business hours")));
        }
    }

    private final Settings settings;

    AfterSalesSettings(@org.springframework.context.annotation.Lazy Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingKey<?>> settings() {
        var all = new ArrayList<SettingKey<?>>(List.of(NO_REASON_DAYS, QUALITY_DAYS, CUSTOM_MADE_HOURS,
                ONLINE_FROM, ONLINE_TO, REPLY_BY, RETURN_ADDRESS));
        all.addAll(FIRST_RESPONSE.values());
        all.addAll(RESOLUTION.values());
        return all;
    }

    PolicySettings policy() {
        return new PolicySettings(settings.get(NO_REASON_DAYS), settings.get(QUALITY_DAYS), settings.get(CUSTOM_MADE_HOURS));
    }

    Duration inStockShipping() {
        return Duration.ofHours(settings.get(IN_STOCK_SHIP_HOURS));
    }

    String returnAddress() {
        return settings.get(RETURN_ADDRESS);
    }

    /**
     * The service terms a change of online hours would give: the new value with the current others;
     * refused (400) when the online window would close before it opens or last less than an hour.
     */
    @Override
    public void checkChange(String key, String value) {
        if (!key.equals(ONLINE_FROM.key()) && !key.equals(ONLINE_TO.key())) {
            return;
        }
        var from = key.equals(ONLINE_FROM.key()) ? ONLINE_FROM.parse(value) : settings.get(ONLINE_FROM);
        var to = key.equals(ONLINE_TO.key()) ? ONLINE_TO.parse(value) : settings.get(ONLINE_TO);
        try {
            new ServiceTerms(from, to, settings.get(REPLY_BY), Note.SHOP_ZONE);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("invalid-setting", "value", Text.of(
                    "设置 " + key + " 的值无效:" + e.text().zh(), "Invalid value for setting " + key + ": " + e.text().en()));
        }
    }

    /** The service terms in force; online hours stored before they were checked and not fitting fall back to the defaults. */
    ServiceTerms terms() {
        try {
            return new ServiceTerms(settings.get(ONLINE_FROM), settings.get(ONLINE_TO), settings.get(REPLY_BY), Note.SHOP_ZONE);
        } catch (InvalidInputException e) {
            return ServiceTerms.defaults();
        }
    }

    Duration firstResponse(TicketKind kind) {
        return Duration.ofMinutes(settings.get(FIRST_RESPONSE.get(kind)));
    }

    Duration resolution(TicketKind kind) {
        return Duration.ofHours(settings.get(RESOLUTION.get(kind)));
    }
}
