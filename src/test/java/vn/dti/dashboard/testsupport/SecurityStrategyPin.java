package vn.dti.dashboard.testsupport;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Browserless view tests run several Spring contexts in one JVM, and each context installs its own
 * Vaadin-aware {@link SecurityContextHolderStrategy} into the static {@link SecurityContextHolder}: after
 * another context starts, a cached context's views would check access against the other context's
 * strategy and see nobody signed in. Pinning puts this context's strategy back, carrying over the user
 * that {@code @WithMockUser} set (wherever it put it).
 */
public final class SecurityStrategyPin {

    private SecurityStrategyPin() {
    }

    public static void pin(SecurityContextHolderStrategy strategy) {
        // @WithMockUser always records its user in TestSecurityContextHolder (a thread-local of its own).
        Authentication user = TestSecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            user = strategy.getContext().getAuthentication();
        }
        if (user == null) {
            user = SecurityContextHolder.getContext().getAuthentication();
        }
        SecurityContextHolder.setContextHolderStrategy(strategy);
        if (user != null) {
            strategy.getContext().setAuthentication(user);
        }
    }
}
