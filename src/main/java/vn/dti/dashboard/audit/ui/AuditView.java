package vn.dti.dashboard.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dti.dashboard.audit.AuditActions;
import vn.dti.dashboard.audit.AuditEntry;
import vn.dti.dashboard.audit.AuditLog;
import vn.dti.dashboard.audit.AuditQuery;
import vn.dti.dashboard.audit.AuditResult;
import vn.dti.dashboard.shared.ClockConfiguration;
import vn.dti.dashboard.shared.ui.DatePickers;

/**
 * "Nhật ký hệ thống" (ADMIN): the audit trail, newest first, filtered by user (part of the name), action and
 * days; loaded a page at a time from the database, so a trail of millions of entries opens as fast as an empty
 * one. Read only: nothing here (or anywhere) changes an entry.
 */
@Route("quan-tri/nhat-ky")
@Menu(order = 22, title = "audit.ui.menu", icon = "vaadin:clipboard-text")
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog audit;
    private final TextField user = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = DatePickers.localized(new DatePicker());
    private final DatePicker to = DatePickers.localized(new DatePicker());
    private final Span count = new Span();
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditView(AuditLog audit) {
        this.audit = audit;
        addClassName("dti-page");
        setSizeFull();
        H2 title = new H2(getTranslation("audit.ui.title"));
        title.addClassName("dti-page-title");

        user.setId("audit-user");
        user.setLabel(getTranslation("audit.ui.filter.user"));
        user.setPrefixComponent(VaadinIcon.SEARCH.create());
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.ui.filter.action"));
        Set<String> actions = new LinkedHashSet<>(AuditActions.ALL);
        actions.addAll(audit.actions());
        action.setItems(List.copyOf(actions));
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        action.setWidth("18rem");
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.ui.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.ui.filter.to"));
        count.setId("audit-count");
        count.addClassName("dti-summary");
        user.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(user, action, from, to, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("dti-toolbar");

        DateTimeFormatter time = DateTimeFormatter.ofPattern(getTranslation("shared.date.pattern") + " HH:mm:ss")
                .withZone(ClockConfiguration.VIETNAM);
        grid.setId("audit-grid");
        grid.addColumn(e -> time.format(e.occurredAt())).setHeader(getTranslation("audit.ui.column.time"))
                .setWidth("11rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.ui.column.user")).setWidth("9rem")
                .setFlexGrow(0).setTooltipGenerator(AuditEntry::username);
        grid.addColumn(e -> actionLabel(e.action())).setHeader(getTranslation("audit.ui.column.action"))
                .setWidth("13rem").setFlexGrow(0);
        grid.addColumn(e -> e.objectId() == null ? "" : e.objectId()).setHeader(getTranslation("audit.ui.column.object"))
                .setWidth("10rem").setFlexGrow(0).setTooltipGenerator(e -> e.objectId() == null ? "" : e.objectId());
        grid.addColumn(e -> getTranslation(e.result() == AuditResult.SUCCESS ? "audit.ui.result.success"
                : "audit.ui.result.failure")).setHeader(getTranslation("audit.ui.column.result")).setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.ui.column.detail"))
                .setFlexGrow(1).setTooltipGenerator(e -> e.detail() == null ? "" : e.detail());
        grid.setPartNameGenerator(e -> e.result() == AuditResult.FAILURE ? "dti-row-warning" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("audit.ui.empty"));

        add(title, filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private AuditQuery query() {
        return new AuditQuery(user.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditQuery query = query();
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            count.setText(getTranslation("audit.search.bad-range"));
            grid.setItems(List.of());
            return;
        }
        long total = audit.search(query, 0, 1).total();
        count.setText(getTranslation("audit.ui.count", total));
        grid.setItems(page -> audit.search(query, page.getPage(), page.getPageSize()).entries().stream(),
                page -> (int) Math.min(Integer.MAX_VALUE, audit.search(query, 0, 1).total()));
    }

    /** The action's label in the UI language; an action without one (a newer feature's) as its name. */
    private String actionLabel(String name) {
        String label = getTranslation("audit.action." + name);
        return label.startsWith("!") ? name : label;
    }

    /** For tests: the entries the grid shows (its first page). */
    List<AuditEntry> shown() {
        return grid.getLazyDataView().getItems().limit(AuditLog.MAX_PAGE_SIZE).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.ui.title");
    }
}
