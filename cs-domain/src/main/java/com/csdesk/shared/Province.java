package com.csdesk.shared;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Province-level division (省份) of a receiving address, with its shipping {@link Region}.
 * Buyers and storefronts write provinces in many ways (上海 / 上海市 / Shanghai, 新疆 / 新疆维吾尔自治区);
 * {@link #parse(String)} accepts them all and refuses anything else by name.
 */
public enum Province {
    BEIJING("北京", "北京市", "Beijing", Region.B, 2189),
    TIANJIN("天津", "天津市", "Tianjin", Region.B, 1387),
    HEBEI("河北", "河北省", "Hebei", Region.B, 7461),
    SHANXI("山西", "山西省", "Shanxi", Region.B, 3492),
    INNER_MONGOLIA("内蒙古", "内蒙古自治区", "Inner Mongolia", Region.B, 2405),
    LIAONING("辽宁", "辽宁省", "Liaoning", Region.B, 4259),
    JILIN("吉林", "吉林省", "Jilin", Region.B, 2407),
    HEILONGJIANG("黑龙江", "黑龙江省", "Heilongjiang", Region.B, 3185),
    SHANGHAI("上海", "上海市", "Shanghai", Region.A, 2487),
    JIANGSU("江苏", "江苏省", "Jiangsu", Region.A, 8475),
    ZHEJIANG("浙江", "浙江省", "Zhejiang", Region.A, 6457),
    ANHUI("安徽", "安徽省", "Anhui", Region.A, 6103),
    FUJIAN("福建", "福建省", "Fujian", Region.B, 4154),
    JIANGXI("江西", "江西省", "Jiangxi", Region.B, 4519),
    SHANDONG("山东", "山东省", "Shandong", Region.B, 10153),
    HENAN("河南", "河南省", "Henan", Region.B, 9937),
    HUBEI("湖北", "湖北省", "Hubei", Region.B, 5775),
    HUNAN("湖南", "湖南省", "Hunan", Region.B, 6644),
    GUANGDONG("广东", "广东省", "Guangdong", Region.B, 12601),
    GUANGXI("广西", "广西壮族自治区", "Guangxi", Region.B, 5013),
    HAINAN("海南", "海南省", "Hainan", Region.B, 1008),
    CHONGQING("重庆", "重庆市", "Chongqing", Region.B, 3205),
    SICHUAN("四川", "四川省", "Sichuan", Region.B, 8367),
    GUIZHOU("贵州", "贵州省", "Guizhou", Region.REMOTE, 3856),
    YUNNAN("云南", "云南省", "Yunnan", Region.B, 4721),
    TIBET("西藏", "西藏自治区", "Tibet", Region.REMOTE, 365),
    SHAANXI("陕西", "陕西省", "Shaanxi", Region.B, 3953),
    GANSU("甘肃", "甘肃省", "Gansu", Region.REMOTE, 2502),
    QINGHAI("青海", "青海省", "Qinghai", Region.REMOTE, 592),
    NINGXIA("宁夏", "宁夏回族自治区", "Ningxia", Region.REMOTE, 720),
    XINJIANG("新疆", "新疆维吾尔自治区", "Xinjiang", Region.REMOTE, 2585),
    HONG_KONG("香港", "香港特别行政区", "Hong Kong", Region.HK_MO_TW, 747),
    MACAU("澳门", "澳门特别行政区", "Macau", Region.HK_MO_TW, 68),
    TAIWAN("台湾", "台湾省", "Taiwan", Region.HK_MO_TW, 2357),
    /** Any address outside China; the storefront sends 海外 or overseas. */
    OVERSEAS("海外", "海外", "Overseas", Region.OVERSEAS, 0);

    private static final Map<String, Province> BY_NAME = new HashMap<>();

    static {
        for (Province p : values()) {
            BY_NAME.put(key(p.shortName), p);
            BY_NAME.put(key(p.fullName), p);
            BY_NAME.put(key(p.englishName), p);
            BY_NAME.put(key(p.name()), p);
        }
        BY_NAME.put(key("内蒙"), INNER_MONGOLIA);
        BY_NAME.put(key("Xizang"), TIBET);
        BY_NAME.put(key("Macao"), MACAU);
        BY_NAME.put(key("澳門"), MACAU);
        BY_NAME.put(key("臺灣"), TAIWAN);
        BY_NAME.put(key("台灣"), TAIWAN);
        BY_NAME.put(key("国外"), OVERSEAS);
        BY_NAME.put(key("境外"), OVERSEAS);
    }

    private final String shortName;
    private final String fullName;
    private final String englishName;
    private final Region region;
    private final int populationTenThousands;

    Province(String shortName, String fullName, String englishName, Region region, int populationTenThousands) {
        this.shortName = shortName;
        this.fullName = fullName;
        this.englishName = englishName;
        this.region = region;
        this.populationTenThousands = populationTenThousands;
    }

    /** Finds a province by any of its names; empty when the text names none. */
    public static Optional<Province> find(String text) {
        return Optional.ofNullable(BY_NAME.get(key(text)));
    }

    /** Like {@link #find}, but an unknown name is an {@link InvalidInputException} that names it. */
    public static Province parse(String text) {
        return find(text).orElseThrow(() -> new InvalidInputException("unknown-province", "province",
                Text.of("未知的省份:" + text, "Unknown province: " + text)));
    }

    /** All mainland, HK/MO/TW provinces (not the overseas catch-all). */
    public static List<Province> domestic() {
        return List.of(values()).subList(0, OVERSEAS.ordinal());
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** The short Chinese name agents use (上海, 新疆). */
    public String shortName() {
        return shortName;
    }

    public String fullName() {
        return fullName;
    }

    public String englishName() {
        return englishName;
    }

    public Region region() {
        return region;
    }

    /** Resident population in units of 10,000, used to weight generated demo data. */
    public int populationTenThousands() {
        return populationTenThousands;
    }
}
