package vn.dti.dashboard.reporting;

/**
 * An uploaded file kept under the data directory: the name the user gave it, its SHA-256 and where it is
 * stored (relative to the data directory).
 */
record StoredUpload(String fileName, String sha256, String storedPath) {
}
