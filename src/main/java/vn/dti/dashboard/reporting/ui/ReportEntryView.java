package vn.dti.dashboard.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.indicators.Pillar;
import vn.dti.dashboard.reporting.FormEntry;
import vn.dti.dashboard.reporting.ReportForm;
import vn.dti.dashboard.reporting.ReportProblem;
import vn.dti.dashboard.reporting.ReportValueParser;
import vn.dti.dashboard.reporting.SubmissionPreview;
import vn.dti.dashboard.reporting.SubmissionReceipt;
import vn.dti.dashboard.reporting.SubmissionRefusedException;
import vn.dti.dashboard.reporting.SubmissionService;
import vn.dti.dashboard.security.CurrentUser;
import vn.dti.dashboard.security.UserScope;
import vn.dti.dashboard.shared.Messages;

/**
 * "Nhập báo cáo": for units without Excel, the month's figures typed in the browser. The unit's indicators
 * (never ratios) grouped by pillar, last month's value beside each input, inputs in Vietnamese notation
 * read by the same parser as a workbook cell; "Kiểm tra" runs the submission checks without storing,
 * "Lưu" stores the next version with the same checks, versioning and audit as an upload.
 */
@Route("nhap-bao-cao")
@Menu(order = 6, title = "reporting.ui.entry.menu", icon = "vaadin:edit")
@RolesAllowed({"ADMIN", "REPORTER"})
class ReportEntryView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ReportEntryView.class);

    private final SubmissionService submissions;
    private final Messages messages;
    private final UnitMonthPicker picker;
    private final Span status = new Span();
    private final Grid<ReportProblem> errors;
    private final Div result = new Div();
    private final Div rowsBox = new Div();
    private final Button check = new Button();
    private final Button save = new Button();
    private final Map<String, RowFields> rows = new LinkedHashMap<>();
    private @Nullable ReportForm form;

    /** The inputs of one indicator. */
    private record RowFields(ReportForm.Row row, TextField input, Span note) {
    }

    ReportEntryView(SubmissionService submissions, HierarchyService hierarchy, Messages messages,
            UserScope scope, Clock clock) {
        this.submissions = submissions;
        this.messages = messages;
        this.errors = ReportingUi.problemGrid(this);
        addClassName("dti-page");
        setSizeFull();

        H2 title = new H2(getTranslation("reporting.ui.entry.title"));
        title.addClassName("dti-page-title");
        add(title);

        CurrentUser user = scope.current();
        UnitMonthPicker unitMonth = new UnitMonthPicker(hierarchy, clock, user::maySubmitFor, getLocale(),
                getTranslation("reporting.ui.field.period"), getTranslation("reporting.ui.field.unit"));
        picker = unitMonth;
        unitMonth.month.setId("entry-period");
        unitMonth.unit.setId("entry-unit");
        unitMonth.month.setValue(unitMonth.lastMonth());
        unitMonth.addValueChangeListener(this::load);

        check.setText(getTranslation("reporting.ui.entry.check"));
        check.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        check.setId("entry-check");
        check.addClickListener(e -> check());
        save.setText(getTranslation("reporting.ui.entry.save"));
        save.setIcon(VaadinIcon.DISC.create());
        save.setId("entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        check.setEnabled(false);
        save.setEnabled(false);

        HorizontalLayout toolbar = new HorizontalLayout(unitMonth.month, unitMonth.unit, check, save);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("dti-toolbar");

        status.setId("entry-status");
        status.addClassName("dti-status");
        errors.setId("entry-errors");
        errors.addClassName("dti-errors");
        errors.setVisible(false);
        result.setId("entry-result");
        result.addClassName("dti-panel");
        result.setVisible(false);
        rowsBox.setId("entry-form");
        rowsBox.addClassName("dti-entry-form");
        Scroller scroller = new Scroller(rowsBox);
        scroller.setSizeFull();

        add(toolbar, status, errors, result, scroller);
        setFlexGrow(1, scroller);
        status(getTranslation("reporting.ui.entry.pick"), "info");
    }

    /** Opens the form of the chosen unit and month, with the values stored so far. */
    private void load() {
        UnitMonthPicker chosen = picker;
        Optional<String> unit = chosen.unitCode();
        Optional<String> period = chosen.period();
        if (form != null && unit.isPresent() && period.isPresent() && form.unitCode().equals(unit.get())
                && form.period().equals(period.get())) {
            return; // the same form: a month change that kept the unit fires twice
        }
        form = null;
        rows.clear();
        rowsBox.removeAll();
        result.setVisible(false);
        errors.setVisible(false);
        check.setEnabled(false);
        save.setEnabled(false);
        if (unit.isEmpty() || period.isEmpty()) {
            status(getTranslation("reporting.ui.entry.pick"), "info");
            return;
        }
        try {
            render(submissions.form(unit.get(), period.get()));
        } catch (SubmissionRefusedException e) {
            status(e.getMessage(), "error");
        }
    }

    private void render(ReportForm loaded) {
        form = loaded;
        boolean english = "en".equals(getLocale().getLanguage());
        if (loaded.hasUnitsBelow()) {
            Paragraph note = new Paragraph(getTranslation("reporting.ui.entry.own-part"));
            note.setId("entry-own-part");
            note.addClassName("dti-notice");
            rowsBox.add(note);
        }
        Div header = new Div(new Span(getTranslation("reporting.ui.column.name")),
                new Span(getTranslation("reporting.ui.column.measure")),
                new Span(getTranslation("reporting.ui.column.previous")),
                new Span(getTranslation("reporting.ui.entry.value-column")));
        header.addClassNames("dti-entry-row", "dti-entry-header");
        rowsBox.add(header);
        Pillar pillar = null;
        for (ReportForm.Row row : loaded.rows()) {
            if (row.pillar() != pillar) {
                pillar = row.pillar();
                H3 section = new H3(getTranslation("indicators.pillar." + pillar.code()));
                section.addClassName("dti-entry-section");
                rowsBox.add(section);
            }
            Div name = new Div(new Span(english ? row.nameEn() : row.nameVi()), small(row.indicator()));
            name.getElement().setAttribute("title", row.definition());
            Span previous = new Span(row.previousMonth() == null ? "—"
                    : ReportingUi.number(row.previousMonth(), getLocale()));
            previous.setId("entry-previous-" + row.indicator());
            previous.addClassName("dti-number");
            TextField input = new TextField();
            input.setId("entry-value-" + row.indicator());
            input.setValue(ReportingUi.vietnameseNumber(row.current()));
            input.setAriaLabel(english ? row.nameEn() : row.nameVi());
            input.addThemeName("small");
            input.addClassName("dti-entry-input");
            input.addValueChangeListener(e -> {
                input.setInvalid(false);
                save.setEnabled(true);
            });
            Span note = new Span();
            note.addClassName("dti-entry-note");
            Div line = new Div(name, new Span(ReportingUi.measureUnit(row.measureUnit(), this)), previous, input, note);
            line.addClassName("dti-entry-row");
            rowsBox.add(line);
            rows.put(row.indicator(), new RowFields(row, input, note));
        }
        check.setEnabled(true);
        save.setEnabled(true);
        status(getTranslation(loaded.rows().isEmpty() ? "reporting.ui.entry.no-rows" : "reporting.ui.entry.loaded",
                ReportingUi.unitLabel(loaded.unitCode(), loaded.unitName()),
                ReportingUi.periodLabel(loaded.period(), getLocale()), loaded.rows().size()), "info");
    }

    private static Span small(String text) {
        Span span = new Span(text);
        span.addClassName("dti-summary");
        return span;
    }

    /**
     * Reads every input with the workbook's cell parser. Empty when an input cannot be read: those fields
     * are marked with the parser's message and nothing is sent to the service.
     */
    private Optional<FormEntry> entry() {
        ReportForm current = form;
        if (current == null) {
            return Optional.empty();
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        int problems = 0;
        for (RowFields fields : rows.values()) {
            fields.note().setText("");
            fields.note().removeClassName("dti-warning-text");
            fields.input().setInvalid(false);
            fields.input().setHelperText(null);
            String text = fields.input().getValue() == null ? "" : fields.input().getValue();
            switch (ReportValueParser.parse(text, fields.row().kind(), false)) {
                case ReportValueParser.Value value -> {
                    values.put(fields.row().indicator(), value.number());
                    if (!value.warnings().isEmpty()) {
                        fields.input().setHelperText(String.join(" ", value.warnings().stream()
                                .map(m -> messages.get(getLocale(), m.key(), m.args().toArray())).toList()));
                    }
                }
                case ReportValueParser.Blank ignored -> {
                }
                case ReportValueParser.Problem problem -> {
                    problems++;
                    markInvalid(fields, messages.get(getLocale(), problem.messageKey(), problem.args().toArray()));
                }
            }
        }
        if (problems > 0) {
            errors.setVisible(false);
            status(getTranslation("reporting.ui.entry.fix-fields", problems), "error");
            return Optional.empty();
        }
        return Optional.of(new FormEntry(current.unitCode(), current.period(), values));
    }

    private static void markInvalid(RowFields fields, String message) {
        fields.input().setErrorMessage(message);
        fields.input().setInvalid(true);
    }

    private void check() {
        result.setVisible(false);
        Optional<FormEntry> entry = entry();
        if (entry.isEmpty()) {
            return;
        }
        try {
            SubmissionPreview preview = submissions.checkForm(entry.get(), getLocale());
            List<ReportProblem> unplaced = place(preview.errors());
            preview.reports().forEach(r -> showWarnings(r.warnings()));
            errors.setItems(unplaced);
            errors.setVisible(!unplaced.isEmpty());
            if (!preview.acceptable()) {
                status(getTranslation("reporting.ui.entry.not-ready", preview.errors().size()), "error");
            } else {
                SubmissionPreview.UnitReport report = preview.reports().getFirst();
                status(getTranslation("reporting.ui.entry.checked", report.values().size(), report.warnings().size(),
                        report.nextVersion()), report.warnings().isEmpty() ? "success" : "warning");
            }
        } catch (SubmissionRefusedException e) {
            showRefusal(e);
        } catch (RuntimeException e) {
            log.error("Checking the entry form failed", e);
            status(getTranslation("reporting.ui.failed"), "error");
        }
    }

    private void save() {
        result.setVisible(false);
        Optional<FormEntry> entry = entry();
        if (entry.isEmpty()) {
            return;
        }
        try {
            SubmissionReceipt receipt = submissions.submitForm(entry.get(), getLocale());
            errors.setVisible(false);
            SubmissionReceipt.Accepted accepted = receipt.submissions().getFirst();
            showWarnings(accepted.warnings());
            showSaved(accepted);
            save.setEnabled(false); // saved: the next click would store the same values as another version
        } catch (SubmissionRefusedException e) {
            showRefusal(e);
        } catch (RuntimeException e) {
            log.error("Saving the entry form failed", e);
            status(getTranslation("reporting.ui.failed"), "error");
        }
    }

    private void showSaved(SubmissionReceipt.Accepted accepted) {
        String text = getTranslation("reporting.ui.result.stored",
                ReportingUi.unitLabel(accepted.unitCode(), accepted.unitName()),
                ReportingUi.periodLabel(accepted.period(), getLocale()), accepted.version(), accepted.valuesAccepted(),
                accepted.warnings().size());
        status(text, "success");
        result.removeAll();
        Paragraph line = new Paragraph(text);
        line.addClassName("dti-result-line");
        RouterLink history = new RouterLink(getTranslation("reporting.ui.result.history"), SubmissionHistoryView.class);
        history.setQueryParameters(QueryParameters.of(SubmissionHistoryView.ID_PARAMETER,
                String.valueOf(accepted.id())));
        history.setId("history-link-" + accepted.id());
        result.add(line, history);
        result.setVisible(true);
    }

    private void showRefusal(SubmissionRefusedException e) {
        List<ReportProblem> unplaced = place(e.details());
        errors.setItems(unplaced);
        errors.setVisible(!unplaced.isEmpty());
        status(e.getMessage(), "error");
    }

    /** Puts each problem on its indicator's input; returns those of no input (the unit, the month, no values). */
    private List<ReportProblem> place(List<ReportProblem> problems) {
        List<ReportProblem> unplaced = new ArrayList<>();
        for (ReportProblem problem : problems) {
            RowFields fields = problem.indicator() == null ? null : rows.get(problem.indicator());
            if (fields == null) {
                unplaced.add(problem);
            } else if (fields.input().isInvalid()) {
                fields.input().setErrorMessage(fields.input().getErrorMessage() + " " + problem.message());
            } else {
                markInvalid(fields, problem.message());
            }
        }
        return unplaced;
    }

    private void showWarnings(List<ReportProblem> warnings) {
        for (ReportProblem warning : warnings) {
            RowFields fields = warning.indicator() == null ? null : rows.get(warning.indicator());
            if (fields != null) {
                String before = fields.note().getText();
                fields.note().setText(before.isEmpty() ? warning.message() : before + " " + warning.message());
                fields.note().addClassName("dti-warning-text");
            }
        }
    }

    private void status(String text, String kind) {
        status.setText(text);
        status.getElement().setAttribute("data-kind", kind);
    }

    /** The input of an indicator, for tests. */
    Optional<TextField> input(String indicator) {
        return Optional.ofNullable(rows.get(indicator)).map(RowFields::input);
    }

    /** The warning shown beside an indicator, for tests. */
    String note(String indicator) {
        RowFields fields = rows.get(indicator);
        return fields == null ? "" : fields.note().getText();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.ui.entry.title");
    }
}
