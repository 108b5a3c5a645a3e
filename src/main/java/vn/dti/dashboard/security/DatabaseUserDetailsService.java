package vn.dti.dashboard.security;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in against {@code user_account}, for the login form and HTTP Basic alike. A disabled account
 * and one locked after failed sign-ins are refused before the password is compared (Spring's pre-checks),
 * so a locked account cannot be probed for its password.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    DatabaseUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new AccountDetails(account.getUsername(), account.getPasswordHash(), account.isEnabled(),
                !account.isLockedAt(clock.instant()),
                List.of(new SimpleGrantedAuthority(account.getRole().authority())),
                account.getFailedLogins() > 0 || account.getLockedUntil() != null);
    }
}
