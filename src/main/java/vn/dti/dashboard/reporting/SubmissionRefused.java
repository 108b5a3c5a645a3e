package vn.dti.dashboard.reporting;

import org.jspecify.annotations.Nullable;

/**
 * Published when a user's upload or web-form entry is refused, just before the refusal is thrown; nothing
 * was stored. For the audit trail, which keeps who tried to submit which file (by SHA-256) and why it was
 * refused, also a REPORTER's attempt at another unit (403). Check-only previews publish nothing.
 *
 * @param fileName null for the web form
 * @param sha256   of the bytes received; null for the web form
 * @param message  the refusal's summary as the user was told it
 */
public record SubmissionRefused(String username, Channel channel, @Nullable String fileName,
        @Nullable String sha256, Refusal refusal, String message) {
}
