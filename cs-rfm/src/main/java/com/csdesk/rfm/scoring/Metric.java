package com.csdesk.rfm.scoring;

import java.math.BigDecimal;

/**
 * One of the three RFM measures (RFM 指标): R 最近消费 (recency, days since the last purchase),
 * F 消费频率 (frequency, number of purchases), M 消费金额 (monetary, goods spent).
 */
public enum Metric {
    RECENCY("R", "最近消费", "Recency", false, BigDecimal.ONE, BigDecimal.ZERO),
    FREQUENCY("F", "消费频率", "Frequency", true, BigDecimal.ONE, BigDecimal.ONE),
    MONETARY("M", "消费金额", "Monetary", true, new BigDecimal("0.01"), BigDecimal.ZERO);

    private final String letter;
    private final String zh;
    private final String en;
    private final boolean higherIsBetter;
    private final BigDecimal unit;
    private final BigDecimal lowest;

    Metric(String letter, String zh, String en, boolean higherIsBetter, BigDecimal unit, BigDecimal lowest) {
        this.letter = letter;
        this.zh = zh;
        this.en = en;
        this.higherIsBetter = higherIsBetter;
        this.unit = unit;
        this.lowest = lowest;
    }

    /** R, F or M. */
    public String letter() {
        return letter;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Whether a larger value scores higher: true for F and M; for R fewer days is better. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The smallest step between two values: one day, one purchase, one fen. */
    public BigDecimal unit() {
        return unit;
    }

    /** The lowest value a member who purchased in the window can have: 0 days, 1 purchase, 0.00. */
    public BigDecimal lowest() {
        return lowest;
    }
}
