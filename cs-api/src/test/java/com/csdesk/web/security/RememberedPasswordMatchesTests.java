package com.csdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberedPasswordMatchesTests {

    /** Stands in for bcrypt: "hash-of-x" is x's hash; counts the comparisons it is asked for. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger comparisons = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash-of-" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons.incrementAndGet();
            return encoded.equals(encode(raw));
        }
    }

    final CountingEncoder bcrypt = new CountingEncoder();
    final RememberedPasswordMatches encoder = new RememberedPasswordMatches(bcrypt, Duration.ofMinutes(5));

    @Test
    void aMatchIsCheckedOnceThenRemembered() {
        assertThat(encoder.matches("s3cret", "hash-of-s3cret")).isTrue();
        assertThat(encoder.matches("s3cret", "hash-of-s3cret")).isTrue();
        assertThat(encoder.matches("s3cret", "hash-of-s3cret")).isTrue();
        assertThat(bcrypt.comparisons).hasValue(1);
    }

    @Test
    void aWrongPasswordIsCheckedInFullEveryTime() {
        assertThat(encoder.matches("guess", "hash-of-s3cret")).isFalse();
        assertThat(encoder.matches("guess", "hash-of-s3cret")).isFalse();
        assertThat(bcrypt.comparisons).hasValue(2);
    }

    @Test
    void aChangedPasswordIsCheckedAfreshAndTheOldOneNoLongerMatches() {
        assertThat(encoder.matches("old", "hash-of-old")).isTrue();
        // the account's stored hash is now that of "new": the remembered match was for the old hash
        assertThat(encoder.matches("old", "hash-of-new")).isFalse();
        assertThat(encoder.matches("new", "hash-of-new")).isTrue();
        assertThat(bcrypt.comparisons).hasValue(3);
    }

    @Test
    void rememberingEndsAfterItsTime() throws InterruptedException {
        RememberedPasswordMatches brief = new RememberedPasswordMatches(bcrypt, Duration.ofMillis(50));
        assertThat(brief.matches("s3cret", "hash-of-s3cret")).isTrue();
        Thread.sleep(120);
        assertThat(brief.matches("s3cret", "hash-of-s3cret")).isTrue();
        assertThat(bcrypt.comparisons).hasValue(2);
    }

    @Test
    void encodingIsTheDelegates() {
        assertThat(encoder.encode("x")).isEqualTo("hash-of-x");
        assertThat(encoder.matches(null, "hash-of-x")).isFalse();
    }
}
