package vn.dti.dashboard.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person (or a system such as the IOC) that signs in to the web UI or calls the API. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "display_name", length = 200)
    private @Nullable String displayName;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "password_changed_at")
    private @Nullable Instant passwordChangedAt;

    /** Unit versions by surrogate id (codes are reused); only a REPORTER holds any. */
    @ElementCollection
    @CollectionTable(name = "user_account_unit", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "unit_id", nullable = false)
    private Set<Long> unitIds = new HashSet<>();

    protected UserAccount() {
        this.username = "";
        this.passwordHash = "";
        this.role = Role.LEADER;
        this.createdAt = Instant.EPOCH;
    }

    UserAccount(String username, String passwordHash, Role role, @Nullable String displayName, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
        this.createdAt = createdAt;
        this.passwordChangedAt = createdAt;
    }

    @Nullable Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    @Nullable String getDisplayName() {
        return displayName;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    @Nullable Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }

    /** Whether a lock from failed sign-ins still holds at the instant. */
    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void changePassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
    }

    void changeRole(Role newRole, Collection<Long> newUnitIds) {
        this.role = newRole;
        this.unitIds.clear();
        this.unitIds.addAll(newUnitIds);
    }

    void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** An administrator lifts a lock (with a reset password or re-enabling), or a sign-in succeeded. */
    void clearFailedLogins() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }
}
