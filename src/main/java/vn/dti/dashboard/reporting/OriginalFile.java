package vn.dti.dashboard.reporting;

/** A submission's file exactly as uploaded. */
public record OriginalFile(String fileName, byte[] content) {
}
