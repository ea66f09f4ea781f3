package com.csdesk.rfm.scoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one RFM run (RFM 计算结果): every member ordered by id, the cut points each metric
 * used, and the means that split high from low (null when nobody purchased in the window).
 */
public record RfmResult(RfmWindow window, List<MemberRfm> members, CutPoints recencyCutPoints,
        CutPoints frequencyCutPoints, CutPoints monetaryCutPoints, @Nullable ScoreMeans means) {

    public RfmResult {
        members = List.copyOf(members);
    }

    public MemberRfm member(long memberId) {
        return members.stream()
                .filter(m -> m.memberId() == memberId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("member " + memberId + " is not in the run"));
    }
}
