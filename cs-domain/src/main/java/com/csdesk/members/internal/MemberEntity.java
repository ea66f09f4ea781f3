package com.csdesk.members.internal;

import com.csdesk.members.CustomerType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The member aggregate (会员). Cumulative spend changes only through {@link #addSpend}. */
@Entity
@Table(schema = "members", name = "member")
class MemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String nickname;

    private @Nullable String phone;
    private @Nullable String email;
    private @Nullable String realName;
    private @Nullable String province;
    private @Nullable String channel;

    @Column(nullable = false)
    private Instant registeredAt;

    @Column(nullable = false)
    private BigDecimal cumulativeSpend = BigDecimal.ZERO;

    private @Nullable String lifetimeFreeShippingAddress;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "member_id", nullable = false)
    @OrderBy("id")
    private List<AddressEntity> addresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "members", name = "member_tag", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "tag")
    @OrderBy
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(schema = "members", name = "member_customer_type", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "type")
    @Enumerated(EnumType.STRING)
    private Set<CustomerType> customerTypes = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    @OrderBy("at desc, id desc")
    private List<NoteEntity> notes = new ArrayList<>();

    protected MemberEntity() {
        this.nickname = "";
        this.registeredAt = Instant.EPOCH;
    }

    MemberEntity(String nickname, Instant registeredAt) {
        this.nickname = nickname;
        this.registeredAt = registeredAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("member not saved yet");
        }
        return id;
    }

    /** Adds (or with a negative amount, removes) goods amount; spend never drops below zero. */
    void addSpend(BigDecimal goodsAmount) {
        cumulativeSpend = cumulativeSpend.add(goodsAmount).max(BigDecimal.ZERO);
    }

    void replaceAddresses(List<AddressEntity> wanted) {
        // keep rows whose content is unchanged, so their ids stay stable
        addresses.removeIf(existing -> wanted.stream().noneMatch(existing::sameAs));
        for (AddressEntity w : wanted) {
            addresses.stream().filter(w::sameAs).findFirst()
                    .ifPresentOrElse(existing -> existing.setDefault(w.isDefault()), () -> addresses.add(w));
        }
    }

    String nickname() { return nickname; }
    @Nullable String phone() { return phone; }
    @Nullable String email() { return email; }
    @Nullable String realName() { return realName; }
    @Nullable String province() { return province; }
    @Nullable String channel() { return channel; }
    Instant registeredAt() { return registeredAt; }
    BigDecimal cumulativeSpend() { return cumulativeSpend; }
    @Nullable String lifetimeFreeShippingAddress() { return lifetimeFreeShippingAddress; }
    long version() { return version; }
    List<AddressEntity> addresses() { return addresses; }
    Set<String> tags() { return tags; }
    Set<CustomerType> customerTypes() { return customerTypes; }
    List<NoteEntity> notes() { return notes; }

    void setPhone(@Nullable String phone) { this.phone = phone; }
    void setEmail(@Nullable String email) { this.email = email; }
    void setRealName(@Nullable String realName) { this.realName = realName; }
    void setProvince(@Nullable String province) { this.province = province; }
    void setChannel(@Nullable String channel) { this.channel = channel; }
    void setLifetimeFreeShippingAddress(@Nullable String address) { this.lifetimeFreeShippingAddress = address; }
}
