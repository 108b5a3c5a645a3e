package vn.dti.dashboard.audit;

import java.util.List;

/**
 * The actions this module records from other features' events. Features that call {@link AuditLog#record}
 * themselves name their own actions (for instance {@code EXPORT}, {@code TARGETS_IMPORTED}) and add a label
 * {@code audit.action.<ACTION>} to the audit bundle.
 */
public final class AuditActions {

    /** A sign-in through the login page. */
    public static final String LOGIN = "LOGIN";
    /** A refused sign-in (wrong password, unknown name, locked or disabled account), form or HTTP Basic. */
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    /** Five failed sign-ins in a row locked the account for 15 minutes. */
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    public static final String ROLE_CHANGED = "ROLE_CHANGED";
    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    public static final String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";
    public static final String ACCOUNT_UNLOCKED = "ACCOUNT_UNLOCKED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    /** A report stored as a new version (one entry per unit report of the file). */
    public static final String SUBMISSION_ACCEPTED = "SUBMISSION_ACCEPTED";
    /** An upload or web-form entry refused; nothing stored. */
    public static final String SUBMISSION_REFUSED = "SUBMISSION_REFUSED";
    public static final String PERIOD_LOCKED = "PERIOD_LOCKED";
    public static final String PERIOD_UNLOCKED = "PERIOD_UNLOCKED";
    /** The generated demo reports were imported (one entry for all, not one per workbook). */
    public static final String DEMO_REPORTS_IMPORTED = "DEMO_REPORTS_IMPORTED";

    /** Units imported from a file (created or changed unit versions). */
    public static final String UNITS_IMPORTED = "UNITS_IMPORTED";
    /** Targets loaded from a file, or one target set in the administration view. */
    public static final String TARGETS_IMPORTED = "TARGETS_IMPORTED";
    public static final String TARGET_DELETED = "TARGET_DELETED";
    /** Catalogue changes by an administrator (a province's own KPI, new names, retired or taken back). */
    public static final String INDICATOR_ADDED = "INDICATOR_ADDED";
    public static final String INDICATOR_RENAMED = "INDICATOR_RENAMED";
    public static final String INDICATOR_DEACTIVATED = "INDICATOR_DEACTIVATED";
    public static final String INDICATOR_ACTIVATED = "INDICATOR_ACTIVATED";
    /** A province's reporting deadline changed (with the reason). */
    public static final String DEADLINE_CHANGED = "DEADLINE_CHANGED";

    /** Every action above, in the order the audit view lists them. */
    public static final List<String> ALL = List.of(LOGIN, LOGIN_FAILED, ACCOUNT_LOCKED, ACCOUNT_CREATED, ROLE_CHANGED,
            ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_UNLOCKED, PASSWORD_RESET, PASSWORD_CHANGED,
            SUBMISSION_ACCEPTED, SUBMISSION_REFUSED, PERIOD_LOCKED, PERIOD_UNLOCKED, DEMO_REPORTS_IMPORTED,
            UNITS_IMPORTED, TARGETS_IMPORTED, TARGET_DELETED, DEADLINE_CHANGED, INDICATOR_ADDED, INDICATOR_RENAMED,
            INDICATOR_DEACTIVATED, INDICATOR_ACTIVATED);

    private AuditActions() {
    }
}
