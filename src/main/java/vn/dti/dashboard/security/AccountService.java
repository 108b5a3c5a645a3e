package vn.dti.dashboard.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.security.AccountChanged.Change;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;

/**
 * Accounts: create, change role and units, disable and enable, reset a password, lift a lock (ADMIN), and
 * change one's own password (anyone signed in). Every change publishes {@link AccountChanged} inside its
 * transaction (the audit trail stores it with the change) and ends the account's web sessions when the
 * account's rights changed. Refusals are {@link ApiException}s with the contract's status: 404 no such
 * account, 409 a username taken or a change that would lock administrators out, 422 invalid fields (every
 * problem listed at once, each with its field). Hands out records, never entities.
 */
@Service
@Transactional
public class AccountService {

    /** Lower-case letters without diacritics, digits, dot, underscore, hyphen: easy to type and to read out. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final HierarchyService hierarchy;
    private final UserScope scope;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, HierarchyService hierarchy,
            UserScope scope, AccountSessions sessions, ApplicationEventPublisher events, Messages messages,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.hierarchy = hierarchy;
        this.scope = scope;
        this.sessions = sessions;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AccountSummary> accounts() {
        return accounts.findAllByOrderByUsername().stream().map(this::summary).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> account(long id) {
        return accounts.findById(id).map(this::summary);
    }

    /** Creates an account with units chosen by id (the users view). */
    @RolesAllowed("ADMIN")
    public AccountSummary create(NewAccount request, Locale locale) {
        List<AccountProblem> problems = new ArrayList<>();
        List<UnitSummary> units = unitsById(request.unitIds(), problems, locale);
        return create(request.username(), request.displayName(), request.password(), request.role(), units,
                problems, locale);
    }

    /**
     * Creates an account with units given by official code, each resolved to the unit in force today and
     * stored by its id ({@code POST /api/v1/users}). A role name that is not one of the four is a problem of
     * the field {@code role}; a missing username, password or role is a bad request (400) naming them.
     */
    @RolesAllowed("ADMIN")
    public AccountSummary create(@Nullable String username, @Nullable String displayName, @Nullable String password,
            @Nullable String roleName, List<String> unitCodes, Locale locale) {
        List<String> missing = new ArrayList<>();
        if (username == null || username.isBlank()) {
            missing.add("username");
        }
        if (password == null || password.isEmpty()) {
            missing.add("password");
        }
        if (roleName == null || roleName.isBlank()) {
            missing.add("role");
        }
        if (username == null || password == null || roleName == null || !missing.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad_request",
                    messages.get(locale, "security.account.missing-fields", String.join(", ", missing)), missing);
        }
        List<AccountProblem> problems = new ArrayList<>();
        Role role = null;
        try {
            role = Role.valueOf(roleName.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new AccountProblem("role", messages.get(locale, "security.account.role-unknown", roleName)));
        }
        LocalDate today = LocalDate.now(clock);
        List<UnitSummary> units = new ArrayList<>();
        for (String code : new LinkedHashSet<>(unitCodes)) {
            Optional<UnitSummary> unit = code == null ? Optional.empty() : hierarchy.findInForce(code, today);
            if (unit.isPresent()) {
                units.add(unit.get());
            } else {
                problems.add(new AccountProblem("unitCodes", messages.get(locale, "security.account.unit-unknown",
                        String.valueOf(code), today)));
            }
        }
        return create(username, displayName, password, role, units, problems, locale);
    }

    private AccountSummary create(String username, @Nullable String displayName, String password,
            @Nullable Role role, List<UnitSummary> units, List<AccountProblem> problems, Locale locale) {
        String name = username.strip();
        if (!USERNAME.matcher(name).matches()) {
            problems.addFirst(new AccountProblem("username", messages.get(locale, "security.account.username-invalid")));
        }
        passwordProblems(name, password, locale).forEach(problems::add);
        if (role != null) {
            unitProblems(role, units, locale).forEach(problems::add);
        }
        String shownName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        if (shownName != null && shownName.length() > 200) {
            problems.add(new AccountProblem("displayName", messages.get(locale, "security.account.display-name-long", 200)));
        }
        if (accounts.existsByUsername(name)) {
            throw new ApiException(HttpStatus.CONFLICT, "username_taken",
                    messages.get(locale, "security.account.username-taken", name));
        }
        if (!problems.isEmpty() || role == null) {
            throw invalid(problems, locale);
        }
        UserAccount account = new UserAccount(name, passwordEncoder.encode(password), role, shownName, clock.instant());
        account.changeRole(role, units.stream().map(UnitSummary::id).toList());
        account = accounts.save(account);
        publish(account, Change.CREATED, describe(role, units));
        return summary(account);
    }

    /** A new role and, for a REPORTER, its units; the account's sessions end. */
    @RolesAllowed("ADMIN")
    public AccountSummary changeRole(long id, Role role, Collection<Long> unitIds, Locale locale) {
        UserAccount account = find(id, locale);
        refuseOwnAccount(account, locale);
        List<AccountProblem> problems = new ArrayList<>();
        List<UnitSummary> units = unitsById(unitIds, problems, locale);
        problems.addAll(unitProblems(role, units, locale));
        if (!problems.isEmpty()) {
            throw invalid(problems, locale);
        }
        if (account.getRole() == Role.ADMIN && role != Role.ADMIN && account.isEnabled()) {
            refuseLastAdmin(locale);
        }
        String before = describe(account.getRole(), units(account));
        account.changeRole(role, units.stream().map(UnitSummary::id).toList());
        publish(account, Change.ROLE_CHANGED, before + " → " + describe(role, units));
        sessions.expire(account.getUsername());
        return summary(account);
    }

    /** Disables (the account can no longer sign in, its sessions end) or enables it again. */
    @RolesAllowed("ADMIN")
    public AccountSummary setEnabled(long id, boolean enabled, Locale locale) {
        UserAccount account = find(id, locale);
        if (account.isEnabled() == enabled) {
            return summary(account);
        }
        refuseOwnAccount(account, locale);
        if (!enabled && account.getRole() == Role.ADMIN) {
            refuseLastAdmin(locale);
        }
        account.setEnabled(enabled);
        publish(account, enabled ? Change.ENABLED : Change.DISABLED, "");
        if (!enabled) {
            sessions.expire(account.getUsername());
        }
        return summary(account);
    }

    /** Sets a password chosen by the administrator (who tells the user); lifts a lock; the sessions end. */
    @RolesAllowed("ADMIN")
    public AccountSummary resetPassword(long id, String newPassword, Locale locale) {
        UserAccount account = find(id, locale);
        List<AccountProblem> problems = passwordProblems(account.getUsername(), newPassword, locale);
        if (!problems.isEmpty()) {
            throw invalid(problems, locale);
        }
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        account.clearFailedLogins();
        publish(account, Change.PASSWORD_RESET, "");
        if (!account.getUsername().equals(scope.currentUsername())) {
            sessions.expire(account.getUsername());
        }
        return summary(account);
    }

    /** Lifts a lock from failed sign-ins before its 15 minutes are over. */
    @RolesAllowed("ADMIN")
    public AccountSummary unlock(long id, Locale locale) {
        UserAccount account = find(id, locale);
        account.clearFailedLogins();
        publish(account, Change.UNLOCKED, "");
        return summary(account);
    }

    /**
     * The signed-in user changes their own password, giving the current one (so an unattended session is not
     * enough to take the account over).
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword, Locale locale) {
        UserAccount account = accounts.findByUsername(scope.currentUsername())
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not_found",
                        messages.get(locale, "security.account.not-found")));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw invalid(List.of(new AccountProblem("currentPassword",
                    messages.get(locale, "security.password.current-wrong"))), locale);
        }
        List<AccountProblem> problems = passwordProblems(account.getUsername(), newPassword, locale);
        if (problems.isEmpty() && passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            problems.add(new AccountProblem("password", messages.get(locale, "security.password.unchanged")));
        }
        if (!problems.isEmpty()) {
            throw invalid(problems, locale);
        }
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        publish(account, Change.PASSWORD_CHANGED, "");
    }

    /** The rules a password breaks, in the caller's language (for a form to show before submitting). */
    public List<AccountProblem> passwordProblems(String username, String password, Locale locale) {
        List<AccountProblem> problems = new ArrayList<>();
        for (PasswordPolicy.Problem problem : PasswordPolicy.check(username, password)) {
            problems.add(new AccountProblem("password", messages.get(locale, problem.key(),
                    problem.arguments().toArray())));
        }
        return problems;
    }

    private List<AccountProblem> unitProblems(Role role, List<UnitSummary> units, Locale locale) {
        if (role == Role.REPORTER && units.isEmpty()) {
            return List.of(new AccountProblem("unitCodes", messages.get(locale, "security.account.reporter-needs-units")));
        }
        if (role != Role.REPORTER && !units.isEmpty()) {
            // Only a REPORTER is scoped; units on another role would suggest a restriction that does not exist.
            return List.of(new AccountProblem("unitCodes", messages.get(locale, "security.account.units-only-reporter",
                    role.name())));
        }
        return List.of();
    }

    private List<UnitSummary> unitsById(Collection<Long> ids, List<AccountProblem> problems, Locale locale) {
        List<UnitSummary> units = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            hierarchy.find(id).ifPresentOrElse(units::add, () -> problems.add(new AccountProblem("unitCodes",
                    messages.get(locale, "security.account.unit-id-unknown", id))));
        }
        return units;
    }

    private void refuseOwnAccount(UserAccount account, Locale locale) {
        if (account.getUsername().equals(scope.currentUsername())) {
            throw new ApiException(HttpStatus.CONFLICT, "own_account",
                    messages.get(locale, "security.account.not-yourself"));
        }
    }

    /** At least one enabled ADMIN must remain, or nobody could administer the app any more. */
    private void refuseLastAdmin(Locale locale) {
        if (accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new ApiException(HttpStatus.CONFLICT, "last_admin", messages.get(locale, "security.account.last-admin"));
        }
    }

    private UserAccount find(long id, Locale locale) {
        return accounts.findById(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not_found",
                messages.get(locale, "security.account.not-found")));
    }

    private ApiException invalid(List<AccountProblem> problems, Locale locale) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_account",
                messages.get(locale, "security.account.invalid", problems.size()), problems);
    }

    private void publish(UserAccount account, Change change, String detail) {
        events.publishEvent(new AccountChanged(scope.currentUsername(), account.getId() == null ? 0 : account.getId(),
                account.getUsername(), change, detail));
    }

    private List<UnitSummary> units(UserAccount account) {
        return account.getUnitIds().stream().map(hierarchy::find).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(UnitSummary::code)).toList();
    }

    /** "REPORTER: 08707 Phường Tích Sơn (từ 2020-01-01)" for the audit, never a password. */
    private static String describe(Role role, List<UnitSummary> units) {
        if (units.isEmpty()) {
            return role.name();
        }
        StringBuilder text = new StringBuilder(role.name()).append(": ");
        for (int i = 0; i < units.size(); i++) {
            UnitSummary unit = units.get(i);
            text.append(i == 0 ? "" : ", ").append(unit.code()).append(' ').append(unit.name())
                    .append(" [id ").append(unit.id()).append(']');
        }
        return text.toString();
    }

    private AccountSummary summary(UserAccount account) {
        Instant now = clock.instant();
        return new AccountSummary(account.getId() == null ? 0 : account.getId(), account.getUsername(),
                account.getDisplayName(), account.getRole(), account.isEnabled(), units(account),
                account.getCreatedAt(), account.getPasswordChangedAt(),
                account.isLockedAt(now) ? account.getLockedUntil() : null);
    }
}
