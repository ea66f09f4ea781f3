package com.csdesk.rfm.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One member's value of one metric (指标值): the input of scoring. */
public record MemberValue(long memberId, BigDecimal value) {

    /** The run scores one aggregate row per member; a member twice would get two scores. */
    static void requireDistinctMembers(List<MemberValue> values) {
        Set<Long> seen = new HashSet<>();
        for (MemberValue v : values) {
            if (!seen.add(v.memberId())) {
                throw new IllegalArgumentException("member " + v.memberId() + " has more than one value");
            }
        }
    }
}
