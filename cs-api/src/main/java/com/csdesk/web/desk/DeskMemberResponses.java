package com.csdesk.web.desk;

import com.csdesk.members.CustomerType;
import com.csdesk.members.Tier;
import com.csdesk.shared.Money;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The desk API's member records; phone numbers and addresses are masked for roles that do not need them. */
final class DeskMemberResponses {

    private DeskMemberResponses() {
    }

    record MemberLine(String nickname, @Nullable String realName, @Nullable String phone, @Nullable String province,
            Money cumulativeSpend, Tier tier, String tierName, Instant registeredAt) {
    }

    record MemberPage(List<MemberLine> items, int page, int size, boolean hasNext) {
    }

    record AddressLine(String receiver, String phone, String province, @Nullable String city,
            @Nullable String district, String detail, boolean isDefault) {
    }

    record NoteLine(long id, String text, String author, Instant at, String display) {
    }

    record TypeLine(CustomerType code, String dimension, String name, String strategy) {
    }

    /** The member 360 view (会员360): profile, tier, spend, tags, notes and customer types. */
    record Member360(String nickname, @Nullable String realName, @Nullable String phone, @Nullable String email,
            @Nullable String province, @Nullable String channel, Instant registeredAt, Money cumulativeSpend,
            Tier tier, String tierName, @Nullable Money nextTierGap, boolean lifetimeFreeShipping,
            List<AddressLine> addresses, List<String> tags, List<NoteLine> notes, List<TypeLine> customerTypes,
            long version) {
    }
}
