package vn.dti.dashboard.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import vn.dti.dashboard.reporting.ReportProblem;
import vn.dti.dashboard.reporting.SubmissionPreview;

/**
 * One unit's report in the check-only step: unit and period as read from the workbook, the version it would
 * become, whether the same file is already stored, its warnings, and every value with its cell and the
 * value of the month before.
 */
class UnitReportPanel extends Div {

    /**
     * @param index 1 for the first report of the workbook: its values grid has the id {@code report-values},
     *              later ones {@code report-values-2}, … (stable ids for tests)
     */
    UnitReportPanel(SubmissionPreview.UnitReport report, int index) {
        addClassName("dti-report-panel");
        setId(index == 1 ? "report-panel" : "report-panel-" + index);

        H4 heading = new H4(getTranslation("reporting.ui.check.report", ReportingUi.unitLabel(report.unitCode(),
                report.unitName()), ReportingUi.periodLabel(report.period(), getLocale())));
        Span version = new Span(getTranslation("reporting.ui.check.next-version", report.nextVersion()));
        version.addClassName("dti-next-version");
        add(heading, version);
        if (report.duplicate()) {
            Paragraph duplicate = new Paragraph(getTranslation("reporting.ui.check.duplicate"));
            duplicate.addClassName("dti-notice");
            add(duplicate);
        }
        if (!report.warnings().isEmpty()) {
            add(warningList(report.warnings()));
        }

        Grid<SubmissionPreview.Value> values = new Grid<>();
        values.setId(index == 1 ? "report-values" : "report-values-" + index);
        values.addColumn(SubmissionPreview.Value::indicator).setHeader(getTranslation("reporting.ui.column.indicator"))
                .setAutoWidth(true).setFlexGrow(0);
        values.addColumn(SubmissionPreview.Value::indicatorName).setHeader(getTranslation("reporting.ui.column.name"))
                .setFlexGrow(1).setTooltipGenerator(SubmissionPreview.Value::indicatorName);
        values.addColumn(v -> ReportingUi.number(v.number(), getLocale()))
                .setHeader(getTranslation("reporting.ui.column.value")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        values.addColumn(v -> ReportingUi.measureUnit(v.measureUnit(), this))
                .setHeader(getTranslation("reporting.ui.column.measure")).setAutoWidth(true).setFlexGrow(0);
        values.addColumn(v -> ReportingUi.number(v.previousMonth(), getLocale()))
                .setHeader(getTranslation("reporting.ui.column.previous")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        values.addColumn(v -> ReportingUi.where(v.sheet(), v.cell()))
                .setHeader(getTranslation("reporting.ui.column.where")).setAutoWidth(true).setFlexGrow(0);
        values.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        values.setAllRowsVisible(true);
        values.setItems(report.values());
        add(values);
    }

    /** Warnings in yellow, each with where it was found. */
    static Component warningList(List<ReportProblem> warnings) {
        UnorderedList list = new UnorderedList();
        list.addClassName("dti-warnings");
        for (ReportProblem warning : warnings) {
            String where = ReportingUi.where(warning.sheet(), warning.cell());
            String prefix = where.isEmpty() ? "" : where + " · ";
            if (warning.indicator() != null) {
                prefix += warning.indicator() + ": ";
            }
            list.add(new ListItem(prefix + warning.message()));
        }
        return list;
    }
}
