package vn.dti.dashboard.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One audit record. {@code action} is an upper-case name such as {@code SUBMISSION_ACCEPTED} (see
 * {@link AuditActions}); {@code objectType} and {@code objectId} name what it concerned (a submission id, a
 * file name, a month, an account); {@code detail} says the rest in plain words (for uploads the file's
 * SHA-256). {@code username} is who acted, or for a failed sign-in the name that was typed.
 */
public record AuditEntry(long id, Instant occurredAt, String username, String action, @Nullable String objectType,
        @Nullable String objectId, @Nullable String detail, AuditResult result) {
}
