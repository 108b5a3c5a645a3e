package vn.dti.dashboard.security;

/**
 * Published inside the transaction that changed an account, so that the audit entry is stored with the
 * change or not at all.
 *
 * @param actor    who made the change (the account itself for its own password)
 * @param username the account changed
 * @param detail   what changed, in plain words for the audit (role and unit codes; never a password)
 */
public record AccountChanged(String actor, long accountId, String username, Change change, String detail) {

    public enum Change {
        CREATED, ROLE_CHANGED, DISABLED, ENABLED, UNLOCKED, PASSWORD_RESET, PASSWORD_CHANGED
    }
}
