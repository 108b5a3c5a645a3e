package vn.dti.dashboard.rollup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.dti.dashboard.rollup.ReportingDeadlines;
import vn.dti.dashboard.rollup.ReportingDeadlines.Deadline;
import vn.dti.dashboard.shared.api.ApiException;

/** "Hạn báo cáo" (ADMIN): the day of the following month by which each province's monthly reports are due. */
@Route("quan-tri/han-bao-cao")
@Menu(order = 24, title = "rollup.ui.deadlines.menu", icon = "vaadin:calendar")
@RolesAllowed("ADMIN")
class DeadlinesView extends VerticalLayout implements HasDynamicTitle {

    private final ReportingDeadlines deadlines;
    final Grid<Deadline> grid = new Grid<>();
    final IntegerField day = new IntegerField();
    final TextField reason = new TextField();
    final Span error = new Span();

    DeadlinesView(ReportingDeadlines deadlines) {
        this.deadlines = deadlines;
        addClassName("dti-page");
        H2 title = new H2(getTranslation("rollup.ui.deadlines.title"));
        title.addClassName("dti-page-title");
        add(title, new Paragraph(getTranslation("rollup.ui.deadlines.intro")));
        grid.setId("deadlines-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(d -> d.provinceCode() + " – " + d.provinceName())
                .setHeader(getTranslation("rollup.ui.deadlines.province")).setFlexGrow(2);
        grid.addColumn(Deadline::day).setHeader(getTranslation("rollup.ui.deadlines.day")).setAutoWidth(true);
        grid.addColumn(d -> d.setByAdministrator()
                ? getTranslation("rollup.ui.deadlines.source.admin", d.setBy(), d.reason())
                : getTranslation("rollup.ui.deadlines.source.config")).setHeader(getTranslation(
                        "rollup.ui.deadlines.source")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(d -> day.setValue(d.day())));
        day.setId("deadline-day");
        day.setLabel(getTranslation("rollup.ui.deadlines.day"));
        day.setMin(1);
        day.setMax(28);
        day.setStepButtonsVisible(true);
        reason.setId("deadline-reason");
        reason.setLabel(getTranslation("rollup.ui.deadlines.reason"));
        reason.setWidth("28rem");
        Button save = new Button(getTranslation("rollup.ui.deadlines.save"), e -> save());
        save.setId("deadline-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId("deadline-error");
        error.addClassName("dti-error");
        HorizontalLayout form = new HorizontalLayout(day, reason, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(grid, form, error);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rollup.ui.deadlines.title");
    }

    private void refresh() {
        grid.setItems(deadlines.list());
    }

    /** Sets the selected province's deadline (the first province when none is selected). */
    void save() {
        Deadline chosen = grid.getSelectedItems().stream().findFirst()
                .orElse(grid.getListDataView().getItems().findFirst().orElse(null));
        if (chosen == null || day.getValue() == null) {
            return;
        }
        try {
            deadlines.set(chosen.provinceCode(), day.getValue(), reason.getValue());
            error.setText("");
            Notification.show(getTranslation("rollup.ui.deadlines.saved", chosen.provinceName(), day.getValue()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reason.clear();
            refresh();
        } catch (ApiException e) {
            error.setText(e.getMessage());
        }
    }
}
