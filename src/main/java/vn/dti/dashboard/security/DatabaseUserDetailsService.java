package vn.dti.dashboard.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.shared.KeptCopies;
import vn.dti.dashboard.shared.KeptCopy;

/**
 * Signs users in against {@code user_account}, for the login form and HTTP Basic alike. A disabled account
 * and one locked after failed sign-ins are refused before the password is compared (Spring's pre-checks),
 * so a locked account cannot be probed for its password.
 *
 * <p>HTTP Basic signs in on every API call, so what sign-in needs of an account is kept in memory by user
 * name ({@link KeptCopies}) until the account changes: an administrator's change, a failed sign-in, failures
 * cleared. The lock is judged against the clock at each sign-in, from the kept end of the lock.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    /** What sign-in reads of an account. */
    private record SignIn(String username, String passwordHash, boolean enabled, @Nullable Instant lockedUntil,
            Role role, boolean failuresToClear) {
    }

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final KeptCopy<String, Optional<SignIn>> kept;

    DatabaseUserDetailsService(UserAccountRepository accounts, Clock clock, KeptCopies copies) {
        this.accounts = accounts;
        this.clock = clock;
        this.kept = copies.create("accounts");
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        SignIn account = kept.get(username, () -> accounts.findByUsername(username).map(a -> new SignIn(
                a.getUsername(), a.getPasswordHash(), a.isEnabled(), a.getLockedUntil(), a.getRole(),
                a.getFailedLogins() > 0 || a.getLockedUntil() != null)))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        Instant lockedUntil = account.lockedUntil();
        return new AccountDetails(account.username(), account.passwordHash(), account.enabled(),
                lockedUntil == null || !lockedUntil.isAfter(clock.instant()),
                List.of(new SimpleGrantedAuthority(account.role().authority())), account.failuresToClear());
    }

    /** The account's sign-in data changed (in the current transaction, if any). */
    void changed() {
        kept.changed();
    }

    @EventListener
    void on(AccountChanged event) {
        kept.changed();
    }
}
