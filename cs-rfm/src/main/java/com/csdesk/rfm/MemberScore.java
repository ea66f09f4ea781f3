package com.csdesk.rfm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A member's result in one run (会员 RFM 结果): values, scores (null when the member made no purchase
 * in the window) and the segments of both maps.
 */
public record MemberScore(long runId, LocalDate asOf, long memberId, String nickname, @Nullable Integer recencyDays,
        @Nullable Integer frequency, @Nullable BigDecimal monetary, @Nullable Integer r, @Nullable Integer f,
        @Nullable Integer m, String valueSegment, String valueSegmentCode, String gridSegment,
        String gridSegmentCode) {

    /**
     * The same result with both segment names in one language: Chinese for a Chinese locale, English otherwise.
     * Without a locale the names are as stored (the value segment in Chinese, the grid segment in English).
     */
    public MemberScore named(@Nullable Locale locale) {
        if (locale == null) {
            return this;
        }
        boolean zh = "zh".equals(locale.getLanguage());
        SegmentMap.Segment value = SegmentMap.VALUE.segment(valueSegmentCode);
        SegmentMap.Segment grid = SegmentMap.GRID.segment(gridSegmentCode);
        return new MemberScore(runId, asOf, memberId, nickname, recencyDays, frequency, monetary, r, f, m,
                zh ? value.zh() : value.en(), valueSegmentCode, zh ? grid.zh() : grid.en(), gridSegmentCode);
    }
}
