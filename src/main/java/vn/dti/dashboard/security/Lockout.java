package vn.dti.dashboard.security;

import java.time.Duration;

/** The lockout rule: after {@value #MAX_FAILURES} wrong passwords in a row, 15 minutes without signing in. */
public final class Lockout {

    public static final int MAX_FAILURES = 5;
    public static final Duration DURATION = Duration.ofMinutes(15);

    private Lockout() {
    }
}
