package vn.dti.dashboard.audit;

/** Whether the action recorded succeeded (stored, changed, signed in) or failed (refused, wrong password). */
public enum AuditResult {
    SUCCESS, FAILURE
}
