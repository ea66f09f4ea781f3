package com.csdesk.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt on every call made HTTP Basic cost an API client 50–100 ms of CPU per request (the desk
 * and ops APIs are stateless). This encoder remembers, for a few minutes, that a password matched a
 * stored hash, so a client's next calls skip bcrypt. Only matches are remembered, so guessing costs
 * the full bcrypt every time; the key includes the stored hash, so a changed password is checked
 * afresh at once; the account itself (enabled, roles) is still loaded on every call. Keys are an
 * HMAC under a key made at start, never the password.
 */
final class RememberedPasswordMatches implements PasswordEncoder {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

    private final PasswordEncoder delegate;
    private final SecretKeySpec key;
    private final Cache<String, Boolean> matched;

    RememberedPasswordMatches(PasswordEncoder delegate, Duration rememberFor) {
        this.delegate = delegate;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.matched = Caffeine.newBuilder().expireAfterWrite(rememberFor).maximumSize(10_000).build();
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        if (matched.getIfPresent(fingerprint) != null) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            matched.put(fingerprint, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
