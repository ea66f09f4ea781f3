package com.csdesk.members;

/** A member moved to another tier because their cumulative spend changed. */
public record TierChanged(long memberId, String nickname, Tier from, Tier to) {
}
