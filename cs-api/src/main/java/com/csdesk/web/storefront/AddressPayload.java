package com.csdesk.web.storefront;

import com.csdesk.members.Address;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A receiving address in the storefront's JSON. */
public record AddressPayload(
        @NotBlank @Size(max = 40) String receiver,
        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{4,19}", message = "must be a phone number") String phone,
        @NotBlank String province,
        @Size(max = 40) @Nullable String city,
        @Size(max = 40) @Nullable String district,
        @NotBlank @Size(max = 200) String detail,
        @Size(max = 12) @Nullable String postalCode,
        @Nullable Boolean isDefault) {

    Address toAddress() {
        return new Address(receiver, phone, province, city, district, detail, postalCode,
                Boolean.TRUE.equals(isDefault));
    }
}
