package com.csdesk.members;

import com.csdesk.shared.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a member search result. */
public record MemberSummary(long id, String nickname, @Nullable String realName, @Nullable String phone,
        @Nullable String province, Money cumulativeSpend, Tier tier, Instant registeredAt) {
}
