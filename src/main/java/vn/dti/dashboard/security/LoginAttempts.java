package vn.dti.dashboard.security;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@link Lockout#DURATION} after {@link Lockout#MAX_FAILURES} consecutive wrong passwords, from
 * Spring Security's authentication events, so the login form and HTTP Basic count alike. A successful sign-in
 * starts the count again. Attempts on a locked account are refused before the password is checked and do
 * not extend the lock (otherwise anyone could keep an account locked forever at one try per 15 minutes).
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DatabaseUserDetailsService signIn;

    LoginAttempts(UserAccountRepository accounts, Clock clock, ApplicationEventPublisher events,
            DatabaseUserDetailsService signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.clock = clock;
        this.events = events;
    }

    /** A wrong password (or an unknown name, which counts nowhere: there is no account to lock). */
    @EventListener
    @Order(10)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null || accounts.countFailedLogin(username) == 0) {
            return;
        }
        signIn.changed();
        Instant until = clock.instant().plus(Lockout.DURATION);
        if (accounts.lockWhenReached(username, Lockout.MAX_FAILURES, until) > 0) {
            log.warn("Account '{}' locked until {} after {} failed sign-ins", username, until, Lockout.MAX_FAILURES);
            events.publishEvent(new AccountLocked(username, until, Lockout.MAX_FAILURES));
        }
    }

    /** Every HTTP Basic call signs in: a transaction is opened only when there are failures to clear. */
    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountDetails details && details.failuresToClear()) {
            accounts.clearFailedLogins(details.getUsername());
            signIn.changed();
        }
    }
}
