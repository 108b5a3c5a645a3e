/**
 * Reading report workbooks in the shapes officials really send (the app's template, code/value sheets,
 * name-only sheets, unit × indicator matrices) into {@link vn.dti.dashboard.reporting.workbook.ReportDraft}s:
 * which unit, which period, which indicator has which number, and every cell that could not be read.
 * Pure: no database, so each layout is tested on its own.
 */
@NullMarked
package vn.dti.dashboard.reporting.workbook;

import org.jspecify.annotations.NullMarked;
