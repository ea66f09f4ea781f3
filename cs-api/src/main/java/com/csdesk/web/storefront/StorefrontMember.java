package com.csdesk.web.storefront;

import com.csdesk.members.Address;
import com.csdesk.members.Tier;
import com.csdesk.shared.Money;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A member as the storefront reads it: profile, tier and cumulative spend (agents' notes stay in the desk). */
public record StorefrontMember(String nickname, @Nullable String phone, @Nullable String email,
        @Nullable String realName, @Nullable String province, @Nullable String channel, Instant registeredAt,
        Money cumulativeSpend, Tier tier, String tierName, boolean lifetimeFreeShipping, List<Address> addresses) {
}
