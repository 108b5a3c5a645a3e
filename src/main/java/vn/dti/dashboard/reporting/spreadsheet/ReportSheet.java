package vn.dti.dashboard.reporting.spreadsheet;

/**
 * One worksheet of a report workbook as offices send them: one unit's report ({@link UnitReportSheet}) or a
 * unit × indicator table ({@link UnitMatrixSheet}). {@link ReportWorkbookWriter} writes a list of them.
 */
public sealed interface ReportSheet permits UnitReportSheet, UnitMatrixSheet {

    /** The worksheet's name (at most 31 characters, unique in the workbook). */
    String name();
}
