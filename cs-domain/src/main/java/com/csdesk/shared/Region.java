package com.csdesk.shared;

/**
 * Shipping region (运费地区) of a province: it decides the rate and the free-shipping rule.
 */
public enum Region {
    /** 江浙沪皖: free shipping from 500. */
    A("江浙沪皖", "Jiangsu, Zhejiang, Shanghai, Anhui"),
    /** The rest of mainland China: free shipping from 1,000. */
    B("其他大陆地区", "rest of mainland China"),
    /** 偏远地区: 10 off the fee from 1,000, no accumulation. */
    REMOTE("偏远地区", "remote region"),
    /** 港澳台: SF only, no free shipping. */
    HK_MO_TW("港澳台", "Hong Kong, Macau, Taiwan"),
    /** 海外: EMS or a forwarding address, no free shipping. */
    OVERSEAS("海外", "overseas");

    private final String zh;
    private final String en;

    Region(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public boolean isMainland() {
        return this == A || this == B || this == REMOTE;
    }
}
