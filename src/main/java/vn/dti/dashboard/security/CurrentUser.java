package vn.dti.dashboard.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.hierarchy.UnitSummary;

/**
 * The signed-in user as the features see it: name, role and, for a REPORTER, the units it holds with
 * their materialised paths. The answers are pure functions of these facts, so a feature asks
 * {@link UserScope#current()} once per request and then checks hundreds of units without a query each.
 *
 * @param role      null when nobody usable is signed in (anonymous, no such account, disabled, or a role
 *                  changed since signing in): such a user may read and change nothing
 * @param unitIds   the unit versions assigned to a REPORTER (empty for the other roles)
 * @param unitPaths their materialised paths ({@code /1/12/345/}); a unit is covered when its path starts
 *                  with one of them, so a commune's hamlets and a district's communes come with it
 */
public record CurrentUser(String username, @Nullable Role role, Set<Long> unitIds, List<String> unitPaths) {

    public CurrentUser {
        unitIds = Set.copyOf(unitIds);
        unitPaths = List.copyOf(unitPaths);
    }

    /** Nobody usable: reads nothing, changes nothing. */
    public static CurrentUser nobody(String username) {
        return new CurrentUser(username, null, Set.of(), List.of());
    }

    public boolean signedIn() {
        return role != null;
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    /** ADMIN, LEADER and ANALYST read every unit; a REPORTER only its own. */
    public boolean seesEverything() {
        return role == Role.ADMIN || role == Role.LEADER || role == Role.ANALYST;
    }

    /** Whether the role submits reports at all (LEADER and ANALYST only read). */
    public boolean maySubmit() {
        return role == Role.ADMIN || role == Role.REPORTER;
    }

    /** Whether the unit is one of the REPORTER's units or below one of them. */
    public boolean covers(UnitSummary unit) {
        for (String path : unitPaths) {
            if (unit.path().startsWith(path)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the user may read the unit's reports and figures. */
    public boolean mayRead(UnitSummary unit) {
        return seesEverything() || (role == Role.REPORTER && covers(unit));
    }

    /**
     * Whether the user may see the unit's aggregate figures: every unit it may read, and for a REPORTER also
     * the parent of each of its units, as context ("where does my district stand"), though not the parent's
     * breakdown, which would show the neighbours' figures.
     */
    public boolean mayReadAggregate(UnitSummary unit) {
        if (mayRead(unit)) {
            return true;
        }
        if (role != Role.REPORTER) {
            return false;
        }
        for (String path : unitPaths) {
            int cut = path.lastIndexOf('/', path.length() - 2);
            if (cut >= 0 && path.substring(0, cut + 1).equals(unit.path())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the user may submit reports (upload, web form, template) for the unit. */
    public boolean maySubmitFor(UnitSummary unit) {
        return role == Role.ADMIN || (role == Role.REPORTER && covers(unit));
    }

    /** The units of the list the user may read, in the list's order. */
    public List<UnitSummary> readable(Collection<UnitSummary> units) {
        return units.stream().filter(this::mayRead).toList();
    }

    /** The units of the list the user may submit for, in the list's order. */
    public List<UnitSummary> submittable(Collection<UnitSummary> units) {
        return units.stream().filter(this::maySubmitFor).toList();
    }
}
