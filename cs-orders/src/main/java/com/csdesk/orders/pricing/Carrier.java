package com.csdesk.orders.pricing;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Text;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Carrier (快递公司) a buyer can ask for. 中通 ZTO is the shop's default; 到付 cash on delivery and
 * 平邮 surface mail exist only so that a request naming them can be refused with a reason.
 */
public enum Carrier {
    /** 中通快递, the shop's default carrier. */
    ZTO("中通", "ZTO", false),
    /** 顺丰速运, the only carrier to Hong Kong, Macau and Taiwan. */
    SF("顺丰", "SF", false),
    /** 邮政EMS, the only carrier overseas. */
    EMS("EMS", "EMS", false),
    /** 到付 cash on delivery: always refused. */
    COD("到付", "cash on delivery", true),
    /** 平邮 surface mail: always refused. */
    SURFACE_MAIL("平邮", "surface mail", true);

    /** The carrier used when the buyer names none. */
    public static final Carrier DEFAULT = ZTO;

    private static final Map<String, Carrier> BY_NAME = Map.ofEntries(
            Map.entry(key("ZTO"), ZTO),
            Map.entry(key("中通"), ZTO),
            Map.entry(key("中通快递"), ZTO),
            Map.entry(key("SF"), SF),
            Map.entry(key("顺丰"), SF),
            Map.entry(key("顺丰速运"), SF),
            Map.entry(key("EMS"), EMS),
            Map.entry(key("邮政EMS"), EMS),
            Map.entry(key("COD"), COD),
            Map.entry(key("到付"), COD),
            Map.entry(key("SURFACE_MAIL"), SURFACE_MAIL),
            Map.entry(key("平邮"), SURFACE_MAIL));

    private final String zh;
    private final String en;
    private final boolean refused;

    Carrier(String zh, String en, boolean refused) {
        this.zh = zh;
        this.en = en;
        this.refused = refused;
    }

    /**
     * Reads a carrier as buyers and storefronts write it: ZTO, SF, EMS, COD, SURFACE_MAIL in any case,
     * or 中通, 顺丰, 邮政EMS, 到付, 平邮. Anything else is an {@link InvalidInputException} on {@code carrier}.
     */
    public static Carrier parse(String text) {
        Carrier carrier = BY_NAME.get(key(text));
        if (carrier == null) {
            throw new InvalidInputException("unknown-carrier", "carrier",
                    Text.of("未知的快递公司:" + text, "Unknown carrier: " + text));
        }
        return carrier;
    }

    // "surface mail", "Surface-Mail" and "SURFACE_MAIL" are the same carrier.
    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip()
                .replaceAll("[\\s_-]", "").toUpperCase(Locale.ROOT);
    }

    /** The name agents use (中通, 顺丰). */
    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Whether the shop refuses this carrier whatever the destination. */
    public boolean isRefused() {
        return refused;
    }
}
