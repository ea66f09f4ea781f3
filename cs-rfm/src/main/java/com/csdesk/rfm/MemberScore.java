package com.csdesk.rfm;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A member's result in one run (会员 RFM 结果): values, scores (null when the member made no purchase
 * in the window) and the segments of both maps.
 */
public record MemberScore(long runId, LocalDate asOf, long memberId, String nickname, @Nullable Integer recencyDays,
        @Nullable Integer frequency, @Nullable BigDecimal monetary, @Nullable Integer r, @Nullable Integer f,
        @Nullable Integer m, String valueSegment, String valueSegmentCode, String gridSegment,
        String gridSegmentCode) {
}
