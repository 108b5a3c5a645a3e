package vn.dti.dashboard.reporting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.security.CurrentUser;

/**
 * Who stores a submission and when. Users' submissions take the signed-in user (with role and units, from
 * {@code security.UserScope}) and the clock; the demo generator passes its simulated submitters and times
 * and no user: it runs in the background on the demo province only.
 *
 * @param user the signed-in user; null only for the demo channel
 */
record Submitter(String username, Instant at, Channel channel, @Nullable CurrentUser user) {

    /** Whether this submitter may submit for the unit: the user's scope, or the demo generator for any. */
    boolean maySubmitFor(UnitSummary unit) {
        if (channel == Channel.DEMO) {
            return true;
        }
        return user != null && user.maySubmitFor(unit);
    }

    /** Whether the role submits at all (LEADER and ANALYST only read). */
    boolean maySubmit() {
        return channel == Channel.DEMO || (user != null && user.maySubmit());
    }
}
