package com.csdesk.members;

import com.csdesk.shared.Money;

/**
 * Member tier (会员等级), derived from cumulative spend (累计消费) and never set by hand.
 */
public enum Tier {
    /** 普通会员, below 1,000. */
    REGULAR("普通会员", "Regular", Money.ZERO),
    /** 初级会员, from 1,000. */
    JUNIOR("初级会员", "Junior", Money.of(1_000)),
    /** 中级会员, from 10,000. */
    MIDDLE("中级会员", "Middle", Money.of(10_000)),
    /** 高级会员, from 20,000. */
    SENIOR("高级会员", "Senior", Money.of(20_000));

    private final String zh;
    private final String en;
    private final Money threshold;

    Tier(String zh, String en, Money threshold) {
        this.zh = zh;
        this.en = en;
        this.threshold = threshold;
    }

    /** The tier for a cumulative spend: the highest whose threshold the spend reaches. */
    public static Tier of(Money cumulativeSpend) {
        Tier tier = REGULAR;
        for (Tier t : values()) {
            if (cumulativeSpend.isAtLeast(t.threshold)) {
                tier = t;
            }
        }
        return tier;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The cumulative spend from which a member has this tier. */
    public Money threshold() {
        return threshold;
    }
}
