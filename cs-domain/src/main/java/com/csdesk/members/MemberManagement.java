package com.csdesk.members;

import com.csdesk.shared.SearchPage;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The members module's API (会员管理). Agent changes are audited and signed by the current actor.
 */
public interface MemberManagement {

    /** Creates the member, or updates the profile of the existing one (storefront); a blank nickname is refused. */
    Saved saveFromStorefront(String nickname, MemberProfile profile);

    /** How many members there are. */
    long count();

    /**
     * The member with this nickname; a {@link com.csdesk.shared.NotFoundException} when there is none.
     * A blank nickname is an {@link com.csdesk.shared.InvalidInputException}, here and in every change
     * agents make to a member by nickname.
     */
    MemberView get(String nickname);

    /**
     * Refuses a nickname that names no member with the {@link com.csdesk.shared.NotFoundException} of
     * {@link #get} (and a blank one as {@link #get} does): for reads of what other modules keep about a
     * member, such as their orders, which would otherwise answer "none" for a member who does not exist.
     */
    void requireExists(String nickname);

    Optional<MemberView> find(String nickname);

    /** The member's id, creating a minimal member with this nickname if unknown (order history import). */
    long ensure(String nickname);

    /**
     * The ids of these nicknames, creating a minimal member for each unknown one, in one statement
     * (order history import, a batch of lines at a time).
     */
    Map<String, Long> ensureAll(Collection<String> nicknames);

    /**
     * Adds goods amounts to the members' cumulative spend in one statement (order history import);
     * the tier follows from the new spend. No {@link TierChanged} events: imported history is not news.
     */
    void addSpendAll(Map<Long, com.csdesk.shared.Money> deltas);

    /** Cumulative spend and lifetime free shipping, for pricing. */
    MemberSpend spend(String nickname);

    MemberSpend spend(long memberId);

    /**
     * Members whose nickname contains {@code q}, whose real name contains it, or whose phone number
     * contains it ({@link PhoneSearch#PARTIAL}) or is it ({@link PhoneSearch#WHOLE_NUMBER}), best
     * matches (exact, then prefix) first.
     */
    SearchPage<MemberSummary> search(String q, PhoneSearch phones, int page, int size);

    MemberView addTag(String nickname, String tag);

    MemberView removeTag(String nickname, String tag);

    /** Adds a note signed by the current actor. */
    MemberView addNote(String nickname, String text);

    /**
     * Replaces the member's customer types (at most one per dimension). With {@code expectedVersion},
     * a member changed by someone else since it was read is refused instead of overwritten.
     */
    MemberView setCustomerTypes(String nickname, Set<CustomerType> types, @Nullable Long expectedVersion);

    /** Tags many members at once (a segment); returns how many gained the tag. Set-based. */
    int tagAll(Collection<Long> memberIds, String tag);

    /** Grants lifetime free shipping (终身包邮), bound to one address of the member. */
    MemberView grantLifetimeFreeShipping(String nickname, String address);

    /** Result of a storefront save: the member and whether it was new. */
    record Saved(MemberView member, boolean created) {
    }
}
