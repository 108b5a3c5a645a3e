package vn.dti.dashboard.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in principal: Spring's {@link User} plus whether the account has failed sign-ins (or an expired
 * lock) to clear, so that a successful HTTP Basic call, which signs in on every request, writes nothing
 * when there is nothing to clear. Equal by username (Spring's {@code User}), which the session registry needs
 * to find all sessions of an account.
 */
class AccountDetails extends User {

    private static final long serialVersionUID = 1L;

    private final boolean failuresToClear;

    AccountDetails(String username, String password, boolean enabled, boolean accountNonLocked,
            Collection<? extends GrantedAuthority> authorities, boolean failuresToClear) {
        super(username, password, enabled, true, true, accountNonLocked, authorities);
        this.failuresToClear = failuresToClear;
    }

    boolean failuresToClear() {
        return failuresToClear;
    }
}
