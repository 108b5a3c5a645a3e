/**
 * Monthly unit reports: reading the values officials type into report spreadsheets. Plain Java here;
 * the spreadsheet itself is read by {@code shared.spreadsheet}.
 */
@NullMarked
package vn.dti.dashboard.reporting;

import org.jspecify.annotations.NullMarked;
