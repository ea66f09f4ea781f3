package com.csdesk.web.storefront;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member as the storefront sends it. Fields left out are kept as they are; {@code addresses},
 * when sent, replaces the address book.
 */
public record MemberPayload(
        @Pattern(regexp = "\\+?[0-9][0-9 -]{4,19}", message = "must be a phone number") @Nullable String phone,
        @Email @Size(max = 120) @Nullable String email,
        @Size(max = 40) @Nullable String realName,
        @Nullable String province,
        @Size(max = 40) @Nullable String channel,
        @Size(max = 20) @Nullable List<@NotNull @Valid AddressPayload> addresses) {
}
