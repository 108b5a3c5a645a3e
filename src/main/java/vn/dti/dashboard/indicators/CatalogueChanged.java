package vn.dti.dashboard.indicators;

/**
 * The catalogue changed (an indicator added, renamed, retired or taken back); published inside the
 * transaction, so the audit records it with the change, and readers that keep the catalogue in memory reload
 * it after the commit.
 *
 * @param action {@code INDICATOR_ADDED}, {@code INDICATOR_RENAMED}, {@code INDICATOR_DEACTIVATED} or
 *               {@code INDICATOR_ACTIVATED}
 */
public record CatalogueChanged(String username, String action, String code, String detail) {
}
