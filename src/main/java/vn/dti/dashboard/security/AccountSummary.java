package vn.dti.dashboard.security;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.hierarchy.UnitSummary;

/**
 * An account as the administration screens and the API show it; never the password hash.
 *
 * @param units       the unit versions a REPORTER holds (empty for the other roles)
 * @param lockedUntil until when failed sign-ins lock the account; null when it is not locked now
 */
public record AccountSummary(long id, String username, @Nullable String displayName, Role role, boolean enabled,
        List<UnitSummary> units, Instant createdAt, @Nullable Instant passwordChangedAt,
        @Nullable Instant lockedUntil) {

    public AccountSummary {
        units = List.copyOf(units);
    }
}
