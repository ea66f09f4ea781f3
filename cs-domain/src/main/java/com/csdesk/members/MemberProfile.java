package com.csdesk.members;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the storefront tells us about a member. On an update, a null field leaves the stored value
 * as it is; a non-null address list replaces the address book.
 */
public record MemberProfile(@Nullable String phone, @Nullable String email, @Nullable String realName,
        @Nullable String province, @Nullable String channel, @Nullable List<Address> addresses) {
}
