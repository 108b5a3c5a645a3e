/**
 * The one place that reads spreadsheets (XLSX by POI's SAX event API, legacy XLS, CSV) into plain rows
 * of text cells with their cell references. Features interpret the rows; only this package (and the
 * export package, which writes) may use Apache POI.
 */
@NullMarked
package vn.dti.dashboard.shared.spreadsheet;

import org.jspecify.annotations.NullMarked;
