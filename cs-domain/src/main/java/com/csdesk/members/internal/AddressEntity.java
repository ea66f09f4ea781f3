package com.csdesk.members.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One receiving address of a member's address book. */
@Entity
@Table(schema = "members", name = "member_address")
class AddressEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String receiver = "";
    private String phone = "";
    private String province = "";
    private @Nullable String city;
    private @Nullable String district;
    private String detail = "";
    private @Nullable String postalCode;
    private boolean isDefault;

    protected AddressEntity() {
    }

    AddressEntity(String receiver, String phone, String province, @Nullable String city, @Nullable String district,
            String detail, @Nullable String postalCode, boolean isDefault) {
        this.receiver = receiver;
        this.phone = phone;
        this.province = province;
        this.city = city;
        this.district = district;
        this.detail = detail;
        this.postalCode = postalCode;
        this.isDefault = isDefault;
    }

    boolean sameAs(AddressEntity other) {
        return receiver.equals(other.receiver) && phone.equals(other.phone) && province.equals(other.province)
                && Objects.equals(city, other.city) && Objects.equals(district, other.district)
                && detail.equals(other.detail) && Objects.equals(postalCode, other.postalCode);
    }

    String receiver() { return receiver; }
    String phone() { return phone; }
    String province() { return province; }
    @Nullable String city() { return city; }
    @Nullable String district() { return district; }
    String detail() { return detail; }
    @Nullable String postalCode() { return postalCode; }
    boolean isDefault() { return isDefault; }
    void setDefault(boolean isDefault) { this.isDefault = isDefault; }
}
