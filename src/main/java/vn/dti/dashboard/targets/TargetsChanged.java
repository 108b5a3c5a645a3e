package vn.dti.dashboard.targets;

/**
 * Published inside the transaction that changes targets (the audit trail records it with the change or not
 * at all).
 *
 * @param action  {@code TARGETS_IMPORTED} (a file, or one target set from the administration view) or
 *                {@code TARGET_DELETED}
 * @param subject the file name, or indicator/unit/year/applies-to of the one target
 * @param detail  counts or the value, in words
 */
public record TargetsChanged(String username, String action, String subject, String detail) {

    public static final String IMPORTED = "TARGETS_IMPORTED";
    public static final String DELETED = "TARGET_DELETED";
}
