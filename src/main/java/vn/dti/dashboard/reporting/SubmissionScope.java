package vn.dti.dashboard.reporting;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.security.Role;

/**
 * Who is submitting, and for which units they may. Checked on the server for the browser and the API alike.
 * An ADMIN holds every unit; a REPORTER holds the units assigned to it and their descendants (assignments
 * arrive with the roles issue, until then a REPORTER holds none); LEADER and ANALYST read, never submit.
 */
@Component
class SubmissionScope {

    private final Clock clock;
    private final SecurityContextHolderStrategy security;

    /**
     * Uses the application's own {@link SecurityContextHolderStrategy} bean (Vaadin installs one that also
     * finds the user of a UI request), not the static holder, which another application context in the same
     * JVM may have replaced.
     */
    SubmissionScope(Clock clock, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.clock = clock;
        this.security = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in user as the submitter of a report through the channel, now. */
    Submitter currentSubmitter(Channel channel) {
        Authentication auth = security.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new IllegalStateException("submissions need a signed-in user");
        }
        return new Submitter(auth.getName(), clock.instant(), channel);
    }

    /** Whether the submitter's role submits reports at all (LEADER and ANALYST only read). */
    boolean maySubmit(Submitter submitter) {
        if (submitter.channel() == Channel.DEMO) {
            return true;
        }
        Set<String> roles = roles();
        return roles.contains(Role.ADMIN.authority()) || roles.contains(Role.REPORTER.authority());
    }

    /** Whether the submitter may submit (and read the reports) of the unit. */
    boolean maySubmitFor(Submitter submitter, UnitSummary unit) {
        if (submitter.channel() == Channel.DEMO) {
            return true;
        }
        return roles().contains(Role.ADMIN.authority());
    }

    /** Whether the signed-in user may read the unit's submissions: every role reads, a REPORTER its own units. */
    boolean mayRead(UnitSummary unit) {
        Set<String> roles = roles();
        return roles.contains(Role.ADMIN.authority()) || roles.contains(Role.LEADER.authority())
                || roles.contains(Role.ANALYST.authority());
    }

    private Set<String> roles() {
        Authentication auth = security.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
