package vn.dti.dashboard.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.dti.dashboard.reporting.PeriodLockService;
import vn.dti.dashboard.reporting.PeriodLockService.Lock;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * "Khóa sổ kỳ báo cáo" (ADMIN): lock a month with a reason, so that no more reports are taken for it (from
 * anyone, ADMIN included), and unlock a locked one, again with a reason. Both reasons go to the audit trail;
 * the list shows who locked each month, when and why.
 */
@Route("quan-tri/khoa-so")
@Menu(order = 21, title = "reporting.ui.locks.menu", icon = "vaadin:lock")
@RolesAllowed("ADMIN")
class PeriodLocksView extends VerticalLayout implements HasDynamicTitle {

    private final PeriodLockService locks;
    private final Grid<Lock> grid = new Grid<>();
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final TextField lockReason = new TextField();
    private final TextField unlockReason = new TextField();
    private final Button unlock = new Button();
    private final Span status = new Span();

    PeriodLocksView(PeriodLockService locks, Clock clock) {
        this.locks = locks;
        addClassName("dti-page");
        setSizeFull();
        H2 title = new H2(getTranslation("reporting.ui.locks.title"));
        title.addClassName("dti-page-title");
        Paragraph intro = new Paragraph(getTranslation("reporting.ui.locks.intro"));
        intro.addClassName("dti-summary");

        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.now(clock); !m.isBefore(UnitMonthPicker.FIRST_MONTH); m = m.minusMonths(1)) {
            months.add(m);
        }
        month.setId("lock-period");
        month.setLabel(getTranslation("reporting.ui.field.period"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> ReportingPeriod.ofMonth(m).label(getLocale()));
        month.setValue(YearMonth.now(clock).minusMonths(1));
        lockReason.setId("lock-reason");
        lockReason.setLabel(getTranslation("reporting.ui.locks.reason"));
        lockReason.setMaxLength(PeriodLockService.MAX_REASON);
        lockReason.setWidth("24rem");
        Button lock = new Button(getTranslation("reporting.ui.locks.lock"), VaadinIcon.LOCK.create(), e -> lock());
        lock.setId("lock-button");
        lock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout lockRow = new HorizontalLayout(month, lockReason, lock);
        lockRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        lockRow.addClassName("dti-toolbar");

        grid.setId("locks-grid");
        grid.addColumn(l -> ReportingUi.periodLabel(l.period(), getLocale()))
                .setHeader(getTranslation("reporting.ui.column.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Lock::lockedBy).setHeader(getTranslation("reporting.ui.locks.locked-by")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> ReportingUi.dateTime(l.lockedAt(), this))
                .setHeader(getTranslation("reporting.ui.locks.locked-at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Lock::reason).setHeader(getTranslation("reporting.ui.locks.reason")).setFlexGrow(1)
                .setTooltipGenerator(Lock::reason);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("reporting.ui.locks.none"));
        grid.asSingleSelect().addValueChangeListener(e -> unlock.setEnabled(e.getValue() != null));

        unlockReason.setId("unlock-reason");
        unlockReason.setLabel(getTranslation("reporting.ui.locks.unlock-reason"));
        unlockReason.setMaxLength(PeriodLockService.MAX_REASON);
        unlockReason.setWidth("24rem");
        unlock.setText(getTranslation("reporting.ui.locks.unlock"));
        unlock.setIcon(VaadinIcon.UNLOCK.create());
        unlock.setId("unlock-button");
        unlock.setEnabled(false);
        unlock.addClickListener(e -> unlock());
        HorizontalLayout unlockRow = new HorizontalLayout(unlockReason, unlock);
        unlockRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        unlockRow.addClassName("dti-toolbar");

        status.setId("locks-status");
        status.addClassName("dti-status");
        add(title, intro, new H3(getTranslation("reporting.ui.locks.lock-title")), lockRow, status,
                new H3(getTranslation("reporting.ui.locks.locked-title")), grid, unlockRow);
        setFlexGrow(1, grid);
        refresh();
    }

    private void lock() {
        YearMonth chosen = month.getValue();
        if (chosen == null) {
            status(getTranslation("reporting.ui.locks.pick-month"), "error");
            return;
        }
        try {
            locks.lock(ReportingPeriod.ofMonth(chosen), lockReason.getValue(), getLocale());
        } catch (ApiException e) {
            status(e.getMessage(), "error");
            return;
        }
        lockReason.clear();
        status(getTranslation("reporting.ui.locks.locked", ReportingPeriod.ofMonth(chosen).label(getLocale())),
                "success");
        refresh();
    }

    private void unlock() {
        Lock selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        ReportingPeriod period = ReportingPeriod.parse(selected.period());
        try {
            locks.unlock(period, unlockReason.getValue(), getLocale());
        } catch (ApiException e) {
            status(e.getMessage(), "error");
            return;
        }
        unlockReason.clear();
        status(getTranslation("reporting.ui.locks.unlocked", period.label(getLocale())), "success");
        refresh();
    }

    private void refresh() {
        grid.setItems(locks.locks());
        unlock.setEnabled(false);
    }

    private void status(String text, String kind) {
        status.setText(text);
        status.getElement().setAttribute("data-kind", kind);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.ui.locks.title");
    }
}
