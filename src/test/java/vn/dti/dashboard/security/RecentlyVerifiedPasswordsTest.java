package vn.dti.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dti.dashboard.testsupport.MutableClock;

/** A remembered match: only successes, only for the same stored hash, only for a few minutes. */
class RecentlyVerifiedPasswordsTest {

    /** bcrypt, counting how often it really hashes. */
    static final class Counting implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    @Test
    void a_match_is_remembered_for_its_hash_a_failure_never_and_not_beyond_five_minutes() {
        Counting bcrypt = new Counting();
        MutableClock clock = new MutableClock(Instant.parse("2026-12-04T05:00:00Z"), java.time.ZoneOffset.UTC);
        RecentlyVerifiedPasswords encoder = new RecentlyVerifiedPasswords(bcrypt, clock);
        String hash = encoder.encode("dung-Mat-khau-1");

        assertThat(encoder.matches("dung-Mat-khau-1", hash)).isTrue();
        assertThat(encoder.matches("dung-Mat-khau-1", hash)).isTrue();
        assertThat(bcrypt.checks).hasValue(1);

        // A wrong password is hashed every time (and so counts towards the lockout every time).
        assertThat(encoder.matches("sai-mat-khau-2", hash)).isFalse();
        assertThat(encoder.matches("sai-mat-khau-2", hash)).isFalse();
        assertThat(bcrypt.checks).hasValue(3);

        // After a password change the old password meets a new hash: checked, and refused.
        String changed = encoder.encode("moi-Mat-khau-3");
        assertThat(encoder.matches("dung-Mat-khau-1", changed)).isFalse();
        assertThat(bcrypt.checks).hasValue(4);

        clock.advance(RecentlyVerifiedPasswords.TTL.plus(Duration.ofSeconds(1)));
        assertThat(encoder.matches("dung-Mat-khau-1", hash)).isTrue();
        assertThat(bcrypt.checks).hasValue(5);
    }
}
