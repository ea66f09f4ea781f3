package com.csdesk.members.internal;

import com.csdesk.audit.AuditTrail;
import com.csdesk.members.Address;
import com.csdesk.members.CustomerType;
import com.csdesk.members.MemberManagement;
import com.csdesk.members.MemberProfile;
import com.csdesk.members.MemberSpend;
import com.csdesk.members.MemberSummary;
import com.csdesk.members.MemberView;
import com.csdesk.members.Note;
import com.csdesk.members.PhoneSearch;
import com.csdesk.members.PurchaseSettled;
import com.csdesk.members.Tier;
import com.csdesk.members.TierChanged;
import com.csdesk.shared.CurrentActor;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.NotFoundException;
import com.csdesk.shared.Province;
import com.csdesk.shared.RuleViolationException;
import com.csdesk.shared.SearchPage;
import com.csdesk.shared.Text;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class MemberService implements MemberManagement {

    static final int MAX_TAG_LENGTH = 20;
    static final int MAX_NOTE_LENGTH = 500;

    private final MemberRepository members;
    private final MemberQueries queries;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberService(MemberRepository members, MemberQueries queries, AuditTrail audit, CurrentActor actor,
            ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.queries = queries;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Saved saveFromStorefront(String nickname, MemberProfile profile) {
        String name = requireNickname(nickname);
        Optional<MemberEntity> existing = members.findByNickname(name);
        MemberEntity member = existing.orElseGet(() -> new MemberEntity(name, clock.instant()));
        MemberView before = existing.map(this::view).orElse(null);
        if (profile.phone() != null) {
            member.setPhone(blankToNull(profile.phone()));
        }
        if (profile.email() != null) {
            member.setEmail(blankToNull(profile.email()));
        }
        if (profile.realName() != null) {
            member.setRealName(blankToNull(profile.realName()));
        }
        if (profile.province() != null) {
            member.setProvince(profile.province().isBlank() ? null : Province.parse(profile.province()).shortName());
        }
        if (profile.channel() != null) {
            member.setChannel(blankToNull(profile.channel()));
        }
        if (profile.addresses() != null) {
            member.replaceAddresses(addresses(profile.addresses()));
        }
        MemberEntity saved = members.saveAndFlush(member);
        MemberView after = view(saved);
        audit.record(existing.isPresent() ? "member.updated" : "member.created", "member", name,
                before == null ? null : profileOf(before), profileOf(after));
        return new Saved(after, existing.isEmpty());
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return members.count();
    }

    @Override
    @Transactional(readOnly = true)
    public MemberView get(String nickname) {
        return view(load(nickname));
    }

    @Override
    @Transactional(readOnly = true)
    public void requireExists(String nickname) {
        if (!queries.exists(requireNickname(nickname))) {
            throw new NotFoundException("Member", "会员", nickname);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MemberView> find(String nickname) {
        return members.findByNickname(nickname.strip()).map(this::view);
    }

    @Override
    public long ensure(String nickname) {
        return queries.ensure(nickname.strip(), clock.instant());
    }

    @Override
    public Map<String, Long> ensureAll(Collection<String> nicknames) {
        return MemberBulk.ensureAll(queries.jdbc(), nicknames, clock.instant());
    }

    @Override
    public void addSpendAll(Map<Long, Money> deltas) {
        MemberBulk.addSpendAll(queries.jdbc(), deltas);
    }

    @Override
    // one statement: inside the caller's transaction when there is one, else none (quotes, the busiest call)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public MemberSpend spend(String nickname) {
        return queries.spend(nickname.strip())
                .orElseThrow(() -> new NotFoundException("Member", "会员", nickname));
    }

    @Override
    @Transactional(readOnly = true)
    public MemberSpend spend(long memberId) {
        return queries.spend(memberId).orElseThrow(() -> new NotFoundException("Member", "会员", memberId));
    }

    @Override
    @Transactional(readOnly = true)
    public SearchPage<MemberSummary> search(String q, PhoneSearch phones, int page, int size) {
        return queries.search(q.strip(), phones, page, size);
    }

    @Override
    public MemberView addTag(String nickname, String tag) {
        String t = tag(tag);
        MemberEntity member = load(nickname);
        if (member.tags().add(t)) {
            audit.record("member.tag-added", "member", member.nickname(), null, Map.of("tag", t));
        }
        return view(members.saveAndFlush(member));
    }

    /**
     * A tag as agents type it: 1 to {@link #MAX_TAG_LENGTH} characters, without slashes, backslashes, percent
     * signs or control characters, which could not be named in the address that removes it again.
     */
    static String tag(String tag) {
        String t = tag.strip();
        if (t.isEmpty() || t.length() > MAX_TAG_LENGTH) {
            throw new InvalidInputException("invalid-tag", "tag",
                    Text.of("标签须为 1–" + MAX_TAG_LENGTH + " 个字", "A tag has 1 to " + MAX_TAG_LENGTH + " characters"));
        }
        if (t.chars().anyMatch(c -> c == '/' || c == '\\' || c == '%' || c == ';' || Character.isISOControl(c))) {
            throw new InvalidInputException("invalid-tag", "tag", Text.of("标签不能含 / \\ % ; 或控制字符",
                    "A tag cannot contain / \\ % ; or control characters"));
        }
        return t;
    }

    @Override
    public MemberView removeTag(String nickname, String tag) {
        MemberEntity member = load(nickname);
        if (member.tags().remove(tag.strip())) {
            audit.record("member.tag-removed", "member", member.nickname(), Map.of("tag", tag.strip()), null);
        }
        return view(members.saveAndFlush(member));
    }

    @Override
    public MemberView addNote(String nickname, String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_NOTE_LENGTH) {
            throw new InvalidInputException("invalid-note", "text",
                    Text.of("备注须为 1–" + MAX_NOTE_LENGTH + " 个字", "A note has 1 to " + MAX_NOTE_LENGTH + " characters"));
        }
        MemberEntity member = load(nickname);
        NoteEntity note = new NoteEntity(t, actor.username(), clock.instant());
        member.notes().addFirst(note);
        MemberView view = view(members.saveAndFlush(member));
        audit.record("member.note-added", "member", member.nickname(), null,
                Map.of("note", Note.format(t, note.author(), note.at())));
        return view;
    }

    @Override
    public MemberView setCustomerTypes(String nickname, Set<CustomerType> types, @Nullable Long expectedVersion) {
        CustomerTypeRules.requireOnePerDimension(types);
        MemberEntity member = load(nickname);
        if (expectedVersion != null && expectedVersion != member.version()) {
            throw new RuleViolationException("concurrent-edit", Text.of(
                    "该会员已被他人修改,请刷新后再试", "The member was changed by someone else; reload and try again"));
        }
        Set<CustomerType> before = EnumSet.noneOf(CustomerType.class);
        before.addAll(member.customerTypes());
        if (!before.equals(types)) {
            member.customerTypes().clear();
            member.customerTypes().addAll(types);
            audit.record("member.customer-types-set", "member", member.nickname(), Map.of("types", before),
                    Map.of("types", types));
        }
        return view(members.saveAndFlush(member));
    }

    @Override
    public int tagAll(Collection<Long> memberIds, String tag) {
        String t = tag(tag);
        int added = queries.tagAll(memberIds, t);
        audit.record("member.bulk-tagged", "tag", t, null, Map.of("tag", t, "members", memberIds.size(), "added", added));
        return added;
    }

    @Override
    public MemberView grantLifetimeFreeShipping(String nickname, String address) {
        MemberEntity member = load(nickname);
        String before = member.lifetimeFreeShippingAddress();
        member.setLifetimeFreeShippingAddress(address.strip());
        audit.record("member.lifetime-free-shipping-granted", "member", member.nickname(),
                before == null ? null : Map.of("address", before), Map.of("address", address.strip()));
        return view(members.saveAndFlush(member));
    }

    /** Applies a change of cumulative spend in the publisher's transaction, so quotes see it at once. */
    @EventListener
    void on(PurchaseSettled settled) {
        queries.addSpend(settled.memberId(), settled.goodsAmount()).ifPresent(change -> {
            Tier from = Tier.of(change.before());
            Tier to = Tier.of(change.after());
            if (from != to) {
                events.publishEvent(new TierChanged(settled.memberId(), change.nickname(), from, to));
            }
        });
    }

    private MemberEntity load(String nickname) {
        return members.findByNickname(requireNickname(nickname))
                .orElseThrow(() -> new NotFoundException("Member", "会员", nickname));
    }

    /** The nickname without surrounding white space; a blank one names nobody and is refused. */
    private static String requireNickname(String nickname) {
        String name = nickname.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("invalid-nickname", "nickname",
                    Text.of("会员昵称不能为空", "A member nickname cannot be blank"));
        }
        return name;
    }

    private static List<AddressEntity> addresses(List<Address> addresses) {
        return addresses.stream().map(a -> new AddressEntity(a.receiver().strip(), a.phone().strip(),
                Province.parse(a.province()).shortName(), blankToNull(a.city()), blankToNull(a.district()),
                a.detail().strip(), blankToNull(a.postalCode()), a.isDefault())).toList();
    }

    private MemberView view(MemberEntity m) {
        Money spend = Money.of(m.cumulativeSpend());
        Tier tier = Tier.of(spend);
        Money gap = Arrays.stream(Tier.values()).filter(t -> t.ordinal() == tier.ordinal() + 1).findFirst()
                .map(next -> next.threshold().minus(spend)).orElse(null);
        return new MemberView(m.id(), m.nickname(), m.phone(), m.email(), m.realName(), m.province(), m.channel(),
                m.registeredAt(), spend, tier, gap, m.lifetimeFreeShippingAddress() != null,
                m.lifetimeFreeShippingAddress(),
                m.addresses().stream().map(a -> new Address(a.receiver(), a.phone(), a.province(), a.city(),
                        a.district(), a.detail(), a.postalCode(), a.isDefault())).toList(),
                List.copyOf(m.tags()),
                m.notes().stream().map(n -> new Note(n.id(), n.text(), n.author(), n.at())).toList(),
                m.customerTypes().stream().sorted().toList(), m.version());
    }

    private static Map<String, Object> profileOf(MemberView v) {
        return Map.of("phone", String.valueOf(v.phone()), "email", String.valueOf(v.email()),
                "realName", String.valueOf(v.realName()), "province", String.valueOf(v.province()),
                "addresses", v.addresses().stream().map(Address::oneLine).collect(Collectors.toList()));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
