package vn.dti.dashboard.security;

/** Roles of the API contract. Scopes per unit (for REPORTER) come with the roles-and-scopes issue. */
public enum Role {
    /** Administers users, periods, targets, the hierarchy and the catalogue. */
    ADMIN,
    /** Steering committee: sees everything, changes nothing. */
    LEADER,
    /** Sees and exports everything. */
    ANALYST,
    /** Submits reports and sees only its units and their descendants. */
    REPORTER;

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
