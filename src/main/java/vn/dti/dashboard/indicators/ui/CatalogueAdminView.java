package vn.dti.dashboard.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.dti.dashboard.indicators.Direction;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.NewIndicator;
import vn.dti.dashboard.indicators.Pillar;
import vn.dti.dashboard.indicators.TimeAggregation;
import vn.dti.dashboard.indicators.UnitLevel;
import vn.dti.dashboard.indicators.ValueType;

/**
 * "Quản trị chỉ tiêu" (ADMIN): add a province's own KPI, rename an indicator, retire one or take it back. Codes
 * never change and nothing is deleted, so stored reports and past figures keep their indicator; every change
 * goes to the audit trail.
 */
@Route("quan-tri/chi-tieu")
@Menu(order = 25, title = "indicators.admin.menu", icon = "vaadin:list-select")
@RolesAllowed("ADMIN")
class CatalogueAdminView extends VerticalLayout implements HasDynamicTitle {

    private final IndicatorService service;
    final Grid<IndicatorSummary> grid = new Grid<>();

    CatalogueAdminView(IndicatorService service) {
        this.service = service;
        addClassName("dti-page");
        H2 title = new H2(getTranslation("indicators.admin.title"));
        title.addClassName("dti-page-title");
        Button add = new Button(getTranslation("indicators.admin.add"), VaadinIcon.PLUS.create(),
                e -> new AddForm().open());
        add.setId("indicator-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, new Paragraph(getTranslation("indicators.admin.intro")), add);
        grid.setId("catalogue-admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(IndicatorSummary::code).setHeader(getTranslation("indicators.column.code")).setAutoWidth(true);
        grid.addColumn(i -> i.name(getLocale())).setHeader(getTranslation("indicators.column.name")).setFlexGrow(3);
        grid.addColumn(i -> getTranslation(i.active() ? "indicators.admin.active" : "indicators.admin.retired"))
                .setHeader(getTranslation("indicators.admin.state")).setAutoWidth(true);
        grid.addComponentColumn(i -> {
            Button rename = new Button(getTranslation("indicators.admin.rename"), e -> new RenameForm(i).open());
            rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button toggle = new Button(getTranslation(i.active() ? "indicators.admin.retire" : "indicators.admin.reuse"),
                    e -> toggle(i));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(rename, toggle);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("60vh");
        add(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.admin.title");
    }

    private void refresh() {
        grid.setItems(service.catalogue());
    }

    void toggle(IndicatorSummary indicator) {
        service.setActive(indicator.code(), !indicator.active());
        Notification.show(getTranslation(indicator.active() ? "indicators.admin.retired.done"
                : "indicators.admin.reused.done", indicator.code())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    /** New names; the code and the rules stay. */
    class RenameForm extends Dialog {

        final TextField nameVi = new TextField();
        final TextField nameEn = new TextField();
        final Span error = new Span();

        RenameForm(IndicatorSummary indicator) {
            setHeaderTitle(getTranslation("indicators.admin.rename") + ": " + indicator.code());
            nameVi.setLabel(getTranslation("indicators.admin.name-vi"));
            nameVi.setValue(indicator.nameVi());
            nameVi.setWidth("36rem");
            nameEn.setLabel(getTranslation("indicators.admin.name-en"));
            nameEn.setValue(indicator.nameEn());
            nameEn.setWidth("36rem");
            error.addClassName("dti-error");
            add(new VerticalLayout(nameVi, nameEn, error));
            Button save = new Button(getTranslation("indicators.admin.save"), e -> {
                try {
                    service.rename(indicator.code(), nameVi.getValue(), nameEn.getValue());
                    close();
                    refresh();
                } catch (IndicatorService.CatalogueChangeRefused refused) {
                    error.setText(refused.getMessage());
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("indicators.admin.cancel"), e -> close()), save);
        }
    }

    /** A province's own KPI: a count reported by units, or a ratio of two counts of the catalogue. */
    class AddForm extends Dialog {

        final TextField code = new TextField();
        final TextField nameVi = new TextField();
        final TextField nameEn = new TextField();
        final Select<Pillar> pillar = new Select<>();
        final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
        final TextField unit = new TextField();
        final ComboBox<IndicatorSummary> numerator = new ComboBox<>();
        final ComboBox<IndicatorSummary> denominator = new ComboBox<>();
        final RadioButtonGroup<TimeAggregation> time = new RadioButtonGroup<>();
        final CheckboxGroup<UnitLevel> levels = new CheckboxGroup<>();
        final Select<Direction> direction = new Select<>();
        final TextArea definition = new TextArea();
        final Span error = new Span();

        AddForm() {
            setHeaderTitle(getTranslation("indicators.admin.add"));
            setWidth("min(44rem, 95vw)");
            List<IndicatorSummary> counts = service.catalogue().stream()
                    .filter(i -> i.active() && i.valueType() == ValueType.COUNT).toList();
            code.setLabel(getTranslation("indicators.admin.code"));
            code.setHelperText(getTranslation("indicators.admin.code.help"));
            nameVi.setLabel(getTranslation("indicators.admin.name-vi"));
            nameVi.setWidthFull();
            nameEn.setLabel(getTranslation("indicators.admin.name-en"));
            nameEn.setWidthFull();
            pillar.setLabel(getTranslation("indicators.filter.pillar"));
            pillar.setItems(Pillar.values());
            pillar.setItemLabelGenerator(p -> getTranslation("indicators.pillar." + p.code()));
            pillar.setValue(Pillar.values()[0]);
            kind.setLabel(getTranslation("indicators.admin.kind"));
            kind.setItems("count", "count-own", "ratio");
            kind.setItemLabelGenerator(k -> getTranslation("indicators.admin.kind." + k));
            kind.setValue("count");
            unit.setLabel(getTranslation("indicators.column.unit"));
            numerator.setLabel(getTranslation("indicators.admin.numerator"));
            denominator.setLabel(getTranslation("indicators.admin.denominator"));
            for (ComboBox<IndicatorSummary> part : List.of(numerator, denominator)) {
                part.setItems(counts);
                part.setItemLabelGenerator(i -> i.code() + " – " + i.name(getLocale()));
                part.setWidthFull();
            }
            time.setLabel(getTranslation("indicators.admin.time"));
            time.setItems(TimeAggregation.SUM_OF_FLOWS, TimeAggregation.LAST_VALUE_FOR_STOCKS);
            time.setItemLabelGenerator(t -> getTranslation("indicators.agg-time." + t.code()));
            time.setValue(TimeAggregation.SUM_OF_FLOWS);
            levels.setLabel(getTranslation("indicators.admin.levels"));
            levels.setItems(UnitLevel.values());
            levels.setItemLabelGenerator(l -> getTranslation("indicators.level." + l.code()));
            direction.setLabel(getTranslation("indicators.admin.direction"));
            direction.setItems(Direction.values());
            direction.setItemLabelGenerator(d -> getTranslation("indicators.direction." + d.code()));
            direction.setValue(Direction.HIGHER_IS_BETTER);
            definition.setLabel(getTranslation("indicators.admin.definition"));
            definition.setWidthFull();
            error.addClassName("dti-error");
            kind.addValueChangeListener(e -> showKind());
            showKind();
            add(new VerticalLayout(code, nameVi, nameEn, new HorizontalLayout(pillar, direction), kind,
                    new HorizontalLayout(unit, time), numerator, denominator, levels, definition, error));
            Button save = new Button(getTranslation("indicators.admin.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("indicators.admin.cancel"), e -> close()), save);
        }

        private void showKind() {
            boolean ratio = "ratio".equals(kind.getValue());
            unit.setVisible(!ratio);
            time.setVisible(!ratio);
            numerator.setVisible(ratio);
            denominator.setVisible(ratio);
        }

        void save() {
            boolean ratio = "ratio".equals(kind.getValue());
            try {
                IndicatorSummary added = service.add(new NewIndicator(code.getValue(), nameVi.getValue(),
                        nameEn.getValue(), pillar.getValue(), unit.getValue(),
                        ratio && numerator.getValue() != null ? numerator.getValue().code() : ratio ? "" : null,
                        ratio && denominator.getValue() != null ? denominator.getValue().code() : ratio ? "" : null,
                        !"count-own".equals(kind.getValue()), time.getValue(), levels.getValue(),
                        direction.getValue(), definition.getValue()));
                close();
                Notification.show(getTranslation("indicators.admin.added", added.code()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (IndicatorService.CatalogueChangeRefused refused) {
                error.setText(refused.getMessage());
            }
        }
    }

}
