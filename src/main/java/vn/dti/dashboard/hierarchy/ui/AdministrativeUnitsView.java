package vn.dti.dashboard.hierarchy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitImportService;
import vn.dti.dashboard.hierarchy.UnitLevel;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.shared.SearchText;
import vn.dti.dashboard.shared.ui.DatePickers;

/**
 * "Đơn vị hành chính": the hierarchy in force on a chosen date as a tree (province, districts, communes,
 * departments), with a search box and counts per level. The date is in the URL ({@code ?date=2024-06-01})
 * so a pasted link shows the same hierarchy. Administrators can import a units file from here.
 */
@Route("don-vi")
@Menu(order = 10, title = "hierarchy.menu", icon = "vaadin:sitemap")
@PermitAll
class AdministrativeUnitsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String DATE_PARAMETER = "date";

    private final HierarchyService hierarchy;
    private final Clock clock;
    private final DatePicker date = DatePickers.localized(new DatePicker());
    private final TextField search = new TextField();
    private final Span summary = new Span();
    private final TreeGrid<UnitSummary> tree = new TreeGrid<>();
    private final DateTimeFormatter dateFormat;
    private List<UnitSummary> units = List.of();

    AdministrativeUnitsView(HierarchyService hierarchy, UnitImportService imports, AuthenticationContext authentication,
            Clock clock) {
        this.hierarchy = hierarchy;
        this.clock = clock;
        this.dateFormat = DateTimeFormatter.ofPattern(getTranslation("shared.date.pattern"));
        setSizeFull();
        addClassName("dti-page");

        date.setId("unit-date");
        date.setLabel(getTranslation("hierarchy.view.date"));
        // No initial value here: beforeEnter sets it from the URL, and each change reloads once.
        date.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().getPage().getHistory().replaceState(null,
                        "don-vi?" + DATE_PARAMETER + "=" + e.getValue());
            }
            reload();
        });

        search.setId("unit-search");
        search.setPlaceholder(getTranslation("hierarchy.view.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("20rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refreshTree());

        HorizontalLayout toolbar = new HorizontalLayout(date, search);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        if (authentication.hasRole("ADMIN")) {
            Button importButton = new Button(getTranslation("hierarchy.import.button"), VaadinIcon.UPLOAD.create(),
                    e -> new UnitImportDialog(imports, this::reload).open());
            importButton.setId("unit-import");
            toolbar.add(importButton);
        }

        summary.setId("unit-summary");
        summary.addClassName("dti-summary");

        tree.setId("unit-tree");
        tree.addHierarchyColumn(UnitSummary::name).setHeader(getTranslation("hierarchy.column.name"))
                .setWidth("22rem").setFlexGrow(3).setResizable(true).setSortable(false);
        tree.addColumn(UnitSummary::code).setHeader(getTranslation("hierarchy.column.code")).setAutoWidth(true);
        tree.addColumn(u -> getTranslation("hierarchy.level." + u.level().code()))
                .setHeader(getTranslation("hierarchy.column.level")).setAutoWidth(true);
        tree.addColumn(u -> u.validFrom() == null ? getTranslation("shared.date.since-start")
                : dateFormat.format(u.validFrom())).setHeader(getTranslation("hierarchy.column.valid-from"))
                .setAutoWidth(true);
        tree.addColumn(u -> u.validTo() == null ? getTranslation("shared.date.open") : dateFormat.format(u.validTo()))
                .setHeader(getTranslation("hierarchy.column.valid-to")).setAutoWidth(true);
        tree.addColumn(u -> u.successors().stream().map(s -> s.code() + " " + s.name())
                .collect(Collectors.joining("; "))).setHeader(getTranslation("hierarchy.column.successors"))
                .setFlexGrow(2);
        tree.setSizeFull();

        add(new H2(getTranslation("hierarchy.view.title")), toolbar, summary, tree);
        setFlexGrow(1, tree);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        LocalDate day = parameters.getSingleParameter(DATE_PARAMETER).map(AdministrativeUnitsView::parseDate)
                .orElse(null);
        LocalDate shown = day != null ? day : LocalDate.now(clock);
        if (shown.equals(date.getValue())) {
            reload(); // same date as before (e.g. back navigation): no value change will reload
        } else {
            date.setValue(shown); // the value change listener reloads
        }
    }

    private static @Nullable LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void reload() {
        LocalDate day = date.getValue() != null ? date.getValue() : LocalDate.now(clock);
        units = hierarchy.unitsInForce(day);
        Map<UnitLevel, Long> counts = new EnumMap<>(UnitLevel.class);
        units.forEach(u -> counts.merge(u.level(), 1L, Long::sum));
        summary.setText(getTranslation("hierarchy.view.summary", dateFormat.format(day),
                counts.getOrDefault(UnitLevel.PROVINCE, 0L), counts.getOrDefault(UnitLevel.DISTRICT, 0L),
                counts.getOrDefault(UnitLevel.COMMUNE, 0L), counts.getOrDefault(UnitLevel.DEPARTMENT, 0L)));
        refreshTree();
    }

    /**
     * Rebuilds the tree from the units in force (the service lists parents first, siblings in the GSO
     * order), keeping only matches of the search and their ancestors.
     * A province's hierarchy on one date is a few hundred to a few thousand rows: one query and an
     * in-memory tree answer faster than a lazy provider's round trips, and make the search simple.
     */
    private void refreshTree() {
        String query = search.getValue() == null ? "" : search.getValue().strip();
        Map<Long, UnitSummary> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Set<Long> visible = new HashSet<>();
        for (UnitSummary unit : units) {
            if (query.isEmpty() || SearchText.matches(unit.name(), query) || unit.code().contains(query)) {
                // Walk up so every match shows under its ancestors; stop at an ancestor already added.
                UnitSummary current = unit;
                while (current != null && visible.add(current.id())) {
                    current = current.parentId() == null ? null : byId.get(current.parentId());
                }
            }
        }
        TreeData<UnitSummary> data = new TreeData<>();
        for (UnitSummary unit : units) { // ordered by path: parents come before their children
            if (visible.contains(unit.id())) {
                UnitSummary parent = unit.parentId() == null ? null : byId.get(unit.parentId());
                data.addItem(parent != null && visible.contains(parent.id()) ? parent : null, unit);
            }
        }
        tree.setTreeData(data);
        if (query.isEmpty()) {
            tree.expand(data.getRootItems());
        } else {
            tree.expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
        }
        if (data.getRootItems().isEmpty()) {
            tree.setEmptyStateText(query.isEmpty() ? getTranslation("hierarchy.view.empty")
                    : getTranslation("hierarchy.view.no-match", query));
        }
    }

    /** The unit rows currently shown, for tests: roots and their expanded descendants. */
    List<UnitSummary> shownUnits() {
        TreeData<UnitSummary> data = tree.getTreeData();
        return units.stream().filter(data::contains).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hierarchy.view.title");
    }
}
