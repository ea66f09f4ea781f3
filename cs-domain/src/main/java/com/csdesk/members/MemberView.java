package com.csdesk.members;

import com.csdesk.shared.Money;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the members module knows about one member: the profile part of the 360 view.
 * Orders, tickets and segments are added by the modules that own them.
 */
public record MemberView(long id, String nickname, @Nullable String phone, @Nullable String email,
        @Nullable String realName, @Nullable String province, @Nullable String channel, Instant registeredAt,
        Money cumulativeSpend, Tier tier, @Nullable Money nextTierGap, boolean lifetimeFreeShipping,
        @Nullable String lifetimeFreeShippingAddress, List<Address> addresses, List<String> tags, List<Note> notes,
        List<CustomerType> customerTypes, long version) {
}
