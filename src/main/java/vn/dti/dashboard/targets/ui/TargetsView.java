package vn.dti.dashboard.targets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import vn.dti.dashboard.indicators.IndicatorRole;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.reporting.ReportValueParser;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.targets.TargetService;
import vn.dti.dashboard.targets.TargetService.RowProblem;
import vn.dti.dashboard.targets.TargetService.UnitTarget;

/**
 * "Mục tiêu" (ADMIN): the targets a province sets per indicator × unit × year, editable one by one (the same
 * checks as a file of one row) or loaded from a CSV/XLSX file, all rows or none; deleting a unit's target lets
 * the next one apply again (an area's, then the national one). Every change goes to the audit trail.
 */
@Route("quan-tri/muc-tieu")
@Menu(order = 23, title = "targets.ui.menu", icon = "vaadin:bullseye")
@RolesAllowed("ADMIN")
class TargetsView extends VerticalLayout implements HasDynamicTitle {

    private final TargetService targets;
    private final List<IndicatorSummary> kpis;
    private final IntegerField year = new IntegerField();
    private final ComboBox<IndicatorSummary> indicator = new ComboBox<>();
    private final TextField unit = new TextField();
    private final Grid<UnitTarget> grid = new Grid<>();
    private final Grid<RowProblem> problems = new Grid<>();
    private final Span status = new Span();

    TargetsView(TargetService targets, IndicatorService indicators, Clock clock) {
        this.targets = targets;
        this.kpis = indicators.catalogue().stream().filter(i -> i.active() && i.role() == IndicatorRole.KPI).toList();
        addClassName("dti-page");
        H2 title = new H2(getTranslation("targets.ui.title"));
        title.addClassName("dti-page-title");
        add(title, new Paragraph(getTranslation("targets.ui.intro")));

        year.setId("targets-year");
        year.setLabel(getTranslation("targets.ui.year"));
        year.setValue(Year.now(clock).getValue());
        year.setStepButtonsVisible(true);
        indicator.setId("targets-indicator");
        indicator.setLabel(getTranslation("targets.ui.indicator"));
        indicator.setItems(kpis);
        indicator.setItemLabelGenerator(i -> i.code() + " – " + i.name(getLocale()));
        indicator.setClearButtonVisible(true);
        indicator.setWidth("28rem");
        unit.setId("targets-unit");
        unit.setLabel(getTranslation("targets.ui.unit"));
        unit.setClearButtonVisible(true);
        year.addValueChangeListener(e -> refresh());
        indicator.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("targets.ui.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("targets-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(year, indicator, unit, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("dti-toolbar");
        add(filters);

        grid.setId("targets-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UnitTarget::indicator).setHeader(getTranslation("targets.ui.indicator")).setAutoWidth(true);
        grid.addColumn(t -> t.unitCode() + " – " + t.unitName()).setHeader(getTranslation("targets.ui.unit"))
                .setFlexGrow(2);
        grid.addColumn(UnitTarget::year).setHeader(getTranslation("targets.ui.year")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("targets.ui.applies-to." + t.appliesTo()))
                .setHeader(getTranslation("targets.ui.applies-to")).setAutoWidth(true);
        grid.addColumn(t -> number(t.target())).setHeader(getTranslation("targets.ui.target"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("indicators.comparison." + t.comparison()))
                .setHeader(getTranslation("targets.ui.comparison")).setAutoWidth(true);
        grid.addColumn(t -> t.source() == null ? "" : t.source()).setHeader(getTranslation("targets.ui.source"))
                .setFlexGrow(1);
        grid.addColumn(UnitTarget::setBy).setHeader(getTranslation("targets.ui.set-by")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button editButton = new Button(VaadinIcon.EDIT.create(), e -> edit(t));
            editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            editButton.setAriaLabel(getTranslation("targets.ui.edit"));
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> delete(t));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("targets.ui.delete"));
            return new HorizontalLayout(editButton, delete);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> importFile(metadata.fileName(), bytes));
        }));
        upload.setId("targets-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".xls");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024);
        status.setId("targets-status");
        problems.setId("targets-problems");
        problems.addColumn(RowProblem::row).setHeader(getTranslation("targets.ui.row")).setAutoWidth(true);
        problems.addColumn(RowProblem::column).setHeader(getTranslation("targets.ui.column")).setAutoWidth(true);
        problems.addColumn(RowProblem::message).setHeader(getTranslation("targets.ui.message")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        add(new H3(getTranslation("targets.ui.import")), new Paragraph(getTranslation("targets.ui.import.help")),
                upload, status, problems);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.ui.title");
    }

    void refresh() {
        grid.setItems(targets.list(indicator.getValue() == null ? null : indicator.getValue().code(),
                unit.getValue().isBlank() ? null : unit.getValue().strip(), year.getValue()));
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.supported(getLocale()));
        format.setMaximumFractionDigits(6);
        return format.format(value);
    }

    void importFile(String fileName, byte[] content) {
        try {
            TargetService.ImportResult result = targets.importFile(fileName, content, getLocale());
            problems.setVisible(false);
            status.setText(getTranslation("targets.ui.imported", result.created(), result.updated()));
            refresh();
        } catch (ApiException e) {
            status.setText(e.getMessage());
            problems.setItems(e.details().stream().filter(RowProblem.class::isInstance).map(RowProblem.class::cast)
                    .toList());
            problems.setVisible(!e.details().isEmpty());
        }
    }

    private void delete(UnitTarget t) {
        targets.delete(t.indicator(), t.unitCode(), t.year(), t.appliesTo());
        Notification.show(getTranslation("targets.ui.deleted", t.indicator(), t.unitCode(), t.year()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    /** The form for one target: a new one ({@code existing} null) or a change of a stored one. */
    void edit(UnitTarget existing) {
        TargetForm form = new TargetForm(existing);
        form.open();
    }

    /** One target's fields; saving goes through the same checks as a file and shows their messages. */
    class TargetForm extends com.vaadin.flow.component.dialog.Dialog {

        final ComboBox<IndicatorSummary> formIndicator = new ComboBox<>();
        final TextField formUnit = new TextField();
        final IntegerField formYear = new IntegerField();
        final Select<String> appliesTo = new Select<>();
        final TextField value = new TextField();
        final Select<String> comparison = new Select<>();
        final TextField source = new TextField();
        final Span error = new Span();

        TargetForm(UnitTarget existing) {
            setHeaderTitle(getTranslation(existing == null ? "targets.ui.add" : "targets.ui.edit"));
            formIndicator.setId("target-form-indicator");
            formIndicator.setLabel(getTranslation("targets.ui.indicator"));
            formIndicator.setItems(kpis);
            formIndicator.setItemLabelGenerator(i -> i.code() + " – " + i.name(getLocale()));
            formIndicator.setWidthFull();
            formUnit.setId("target-form-unit");
            formUnit.setLabel(getTranslation("targets.ui.unit-code"));
            formYear.setId("target-form-year");
            formYear.setLabel(getTranslation("targets.ui.year"));
            appliesTo.setId("target-form-applies-to");
            appliesTo.setLabel(getTranslation("targets.ui.applies-to"));
            appliesTo.setItems("unit", "below");
            appliesTo.setItemLabelGenerator(a -> getTranslation("targets.ui.applies-to." + a));
            value.setId("target-form-value");
            value.setLabel(getTranslation("targets.ui.target"));
            value.setHelperText(getTranslation("targets.ui.target.help"));
            comparison.setId("target-form-comparison");
            comparison.setLabel(getTranslation("targets.ui.comparison"));
            comparison.setItems("at_least", "at_most");
            comparison.setItemLabelGenerator(c -> getTranslation("indicators.comparison." + c));
            source.setId("target-form-source");
            source.setLabel(getTranslation("targets.ui.source"));
            source.setWidthFull();
            error.setId("target-form-error");
            error.addClassName("dti-error");
            if (existing != null) {
                kpis.stream().filter(i -> i.code().equals(existing.indicator())).findFirst()
                        .ifPresent(formIndicator::setValue);
                formUnit.setValue(existing.unitCode());
                formYear.setValue(existing.year());
                appliesTo.setValue(existing.appliesTo());
                value.setValue(number(existing.target()));
                comparison.setValue(existing.comparison());
                source.setValue(existing.source() == null ? "" : existing.source());
                formIndicator.setReadOnly(true);
                formUnit.setReadOnly(true);
                formYear.setReadOnly(true);
                appliesTo.setReadOnly(true);
            } else {
                formIndicator.setValue(indicator.getValue());
                formUnit.setValue(unit.getValue());
                formYear.setValue(year.getValue());
                appliesTo.setValue("unit");
            }
            formIndicator.addValueChangeListener(e -> {
                if (e.getValue() != null && comparison.isEmpty()) {
                    comparison.setValue(e.getValue().direction()
                            == vn.dti.dashboard.indicators.Direction.LOWER_IS_BETTER ? "at_most" : "at_least");
                }
            });
            VerticalLayout fields = new VerticalLayout(formIndicator, new HorizontalLayout(formUnit, formYear,
                    appliesTo), new HorizontalLayout(value, comparison), source, error);
            fields.setPadding(false);
            add(fields);
            Button save = new Button(getTranslation("targets.ui.save"), e -> save());
            save.setId("target-form-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("targets.ui.cancel"), e -> close()), save);
        }

        void save() {
            IndicatorSummary chosen = formIndicator.getValue();
            if (chosen == null || formUnit.getValue().isBlank() || formYear.getValue() == null
                    || value.getValue().isBlank()) {
                error.setText(getTranslation("targets.ui.required"));
                return;
            }
            BigDecimal number;
            // Typed in Vietnamese notation (1.240 or 52,5), as in the report templates.
            switch (ReportValueParser.parse(value.getValue(), ReportValueParser.Kind.NUMBER, false)) {
                case ReportValueParser.Value parsed -> number = parsed.number();
                default -> {
                    error.setText(getTranslation("targets.ui.not-a-number", value.getValue()));
                    return;
                }
            }
            try {
                targets.save(new UnitTarget(chosen.code(), formUnit.getValue().strip(), "", formYear.getValue(),
                        appliesTo.getValue() == null ? "unit" : appliesTo.getValue(), number,
                        comparison.getValue() == null ? "" : comparison.getValue(),
                        source.getValue().isBlank() ? null : source.getValue().strip(), ""), getLocale());
                close();
                Notification.show(getTranslation("targets.ui.saved", chosen.code(), formUnit.getValue().strip(),
                        formYear.getValue())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (ApiException e) {
                error.setText(e.details().stream().filter(RowProblem.class::isInstance).map(RowProblem.class::cast)
                        .map(RowProblem::message).findFirst().orElse(e.getMessage()));
            }
        }
    }
}
