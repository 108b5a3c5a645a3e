package vn.dti.dashboard.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitSummary;

/**
 * Who is asking, and which units they may read and submit for: the one place every feature asks, so the
 * web UI and the API are scoped alike (docs/decisions/0009). Checks the account on each call rather than
 * trusting what was true at sign-in: units an administrator removes, or an account disabled, stop counting
 * at once (on other instances within {@code dti.cache.check-interval}, docs/decisions/0014). The role must
 * also be the one the session was signed in with; a changed role grants nothing until the user signs in
 * again (method security still sees the old authority until then, and the administrator's change ends the
 * user's sessions anyway).
 */
@Service
@Transactional(readOnly = true) // mayRead & co. call current() on themselves, past its proxy: the account's units load lazily
public class UserScope {

    private final UserAccountRepository accounts;
    private final HierarchyService hierarchy;
    private final SecurityContextHolderStrategy security;
    // Every scoped read asks for the account (two queries): kept in memory by user name until an account changes
    // (vn.dti.dashboard.shared.KeptCopies; other instances within a second).
    private final vn.dti.dashboard.shared.KeptCopy<String, Optional<Standing>> kept;

    /**
     * The application's {@link SecurityContextHolderStrategy} bean, the one method security reads too (Vaadin
     * installs one that also finds the user of a UI request), not the static holder, which another
     * application context in the same JVM may have replaced.
     */
    UserScope(UserAccountRepository accounts, HierarchyService hierarchy,
            ObjectProvider<SecurityContextHolderStrategy> strategy, vn.dti.dashboard.shared.KeptCopies copies) {
        this.accounts = accounts;
        this.kept = copies.create("accounts");
        this.hierarchy = hierarchy;
        this.security = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in user with role and units; {@link CurrentUser#nobody} when there is none usable. */
    @Transactional(readOnly = true)
    public CurrentUser current() {
        Authentication auth = security.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return CurrentUser.nobody("");
        }
        String username = auth.getName();
        return load(auth, username);
    }

    /** What scoping needs of an account; none for an unknown or disabled one. */
    private record Standing(Role role, Set<Long> unitIds) {
    }

    private CurrentUser load(Authentication auth, String username) {
        Optional<Standing> standing = kept.get(username, () -> accounts.findByUsername(username)
                .filter(UserAccount::isEnabled).map(a -> new Standing(a.getRole(), a.getUnitIds())));
        if (standing.isEmpty()) {
            return CurrentUser.nobody(username);
        }
        Role role = standing.get().role();
        Set<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (!authorities.contains(role.authority())) {
            return CurrentUser.nobody(username);
        }
        // Paths from the hierarchy of now (itself kept in memory), so that a units import counts at once.
        List<String> paths = new ArrayList<>();
        for (long unitId : standing.get().unitIds()) {
            hierarchy.find(unitId).map(UnitSummary::path).ifPresent(paths::add);
        }
        return new CurrentUser(username, role, standing.get().unitIds(), paths);
    }

    /** An account changed, in the transaction that publishes this: every instance reads the accounts again. */
    @org.springframework.context.event.EventListener
    void on(AccountChanged event) {
        kept.changed();
    }

    /** The name of the signed-in user, or "" when nobody is; for records of who did something. */
    public String currentUsername() {
        Authentication auth = security.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "" : auth.getName();
    }

    public boolean mayRead(UnitSummary unit) {
        return current().mayRead(unit);
    }

    public boolean maySubmitFor(UnitSummary unit) {
        return current().maySubmitFor(unit);
    }

    /**
     * For features that answer with the contract's 403: refuses a unit outside the caller's units.
     *
     * @throws AccessDeniedException the API's exception handler turns it into 403 {@code forbidden}
     */
    public void requireRead(UnitSummary unit) {
        if (!mayRead(unit)) {
            throw new AccessDeniedException("Đơn vị " + unit.code() + " không thuộc phạm vi của tài khoản này.");
        }
    }

    /**
     * Refuses a unit whose aggregate figures the caller may not see (see
     * {@link CurrentUser#mayReadAggregate}).
     *
     * @throws AccessDeniedException the API's exception handler turns it into 403 {@code forbidden}
     */
    public void requireAggregate(UnitSummary unit) {
        if (!current().mayReadAggregate(unit)) {
            throw new AccessDeniedException("Đơn vị " + unit.code() + " không thuộc phạm vi của tài khoản này.");
        }
    }
}
