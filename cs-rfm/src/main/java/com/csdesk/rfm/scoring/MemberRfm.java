package com.csdesk.rfm.scoring;

import org.jspecify.annotations.Nullable;

/**
 * One member's result of a run (会员 RFM 结果), as a snapshot row stores it: values, scores and both
 * segments; a member without a purchase in the window (无购买) has null values and scores and
 * {@code NO_PURCHASE} in both maps.
 */
public record MemberRfm(long memberId, @Nullable RfmMetrics metrics, @Nullable RfmScores scores,
        ValueSegment valueSegment, GridSegment gridSegment) {

    public MemberRfm {
        boolean purchased = metrics != null;
        if ((scores != null) != purchased || valueSegment.isScored() != purchased
                || gridSegment.isScored() != purchased) {
            throw new IllegalArgumentException("member " + memberId
                    + ": values, scores and segments must all be present, or all be 'no purchase'");
        }
    }

    public static MemberRfm noPurchase(long memberId) {
        return new MemberRfm(memberId, null, null, ValueSegment.NO_PURCHASE, GridSegment.NO_PURCHASE);
    }

    public boolean purchased() {
        return metrics != null;
    }
}
