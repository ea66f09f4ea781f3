package com.csdesk.members;

import com.csdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What pricing needs to know of a member: cumulative spend before a new order, and the address
 * their lifetime free shipping (终身包邮) is bound to, if any.
 */
public record MemberSpend(long memberId, String nickname, Money cumulativeSpend, Tier tier,
        @Nullable String lifetimeFreeShippingAddress) {

    public boolean hasLifetimeFreeShipping() {
        return lifetimeFreeShippingAddress != null;
    }
}
