package vn.dti.dashboard.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.reporting.StoredValue;
import vn.dti.dashboard.reporting.SubmissionRefusedException;
import vn.dti.dashboard.reporting.SubmissionService;
import vn.dti.dashboard.reporting.SubmissionVersion;
import vn.dti.dashboard.shared.SearchText;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * "Lịch sử báo cáo": the newest submissions the user may read (every version, the current one marked),
 * filtered by unit and month; the selected one shows its stored values with their cells and warnings, and
 * the original file for download. {@code ?id=} selects a submission (the upload's result panel links here).
 */
@Route("lich-su-bao-cao")
@Menu(order = 7, title = "reporting.ui.history.menu", icon = "vaadin:time-backward")
@PermitAll
class SubmissionHistoryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ID_PARAMETER = "id";
    /** How many submissions the list holds: a province's month is a few hundred reports. */
    static final int LIMIT = 200;

    private final SubmissionService submissions;
    private final TextField unitFilter = new TextField();
    private final ComboBox<YearMonth> monthFilter = new ComboBox<>();
    private final Span count = new Span();
    private final Grid<SubmissionVersion> grid = new Grid<>();
    private final Div details = new Div();
    private List<SubmissionVersion> all = List.of();

    SubmissionHistoryView(SubmissionService submissions) {
        this.submissions = submissions;
        addClassName("dti-page");
        setSizeFull();

        H2 title = new H2(getTranslation("reporting.ui.history.title"));
        title.addClassName("dti-page-title");

        unitFilter.setId("history-unit-filter");
        unitFilter.setLabel(getTranslation("reporting.ui.history.filter.unit"));
        unitFilter.setPlaceholder(getTranslation("reporting.ui.history.filter.unit-placeholder"));
        unitFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        unitFilter.setClearButtonVisible(true);
        unitFilter.setValueChangeMode(ValueChangeMode.LAZY);
        unitFilter.addValueChangeListener(e -> refresh());
        unitFilter.setWidth("18rem");

        monthFilter.setId("history-period-filter");
        monthFilter.setLabel(getTranslation("reporting.ui.history.filter.period"));
        monthFilter.setItemLabelGenerator(m -> ReportingPeriod.ofMonth(m).label(getLocale()));
        monthFilter.setClearButtonVisible(true);
        monthFilter.addValueChangeListener(e -> refresh());
        monthFilter.setWidth("12rem");

        count.setId("history-count");
        count.addClassName("dti-summary");
        HorizontalLayout toolbar = new HorizontalLayout(unitFilter, monthFilter, count);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("dti-toolbar");

        grid.setId("history-grid");
        // Fixed, narrow columns so that the ten facts fit a 1366 px laptop screen beside the menu.
        grid.addColumn(v -> ReportingUi.dateTime(v.submittedAt(), this))
                .setHeader(getTranslation("reporting.ui.column.time")).setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(v -> ReportingUi.unitLabel(v.unitCode(), v.unitName()))
                .setHeader(getTranslation("reporting.ui.column.unit")).setWidth("12rem").setFlexGrow(2)
                .setResizable(true).setTooltipGenerator(v -> ReportingUi.unitLabel(v.unitCode(), v.unitName()));
        grid.addColumn(v -> ReportingUi.periodLabel(v.period(), getLocale()))
                .setHeader(getTranslation("reporting.ui.column.period")).setWidth("7.5rem").setFlexGrow(0);
        // Version and whether it is the one that counts, in one column: "2 · đang dùng", "1 · đã thay thế".
        grid.addColumn(v -> getTranslation(v.current() ? "reporting.ui.history.current" : "reporting.ui.history.superseded",
                v.version())).setHeader(getTranslation("reporting.ui.column.version")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(v -> ReportingUi.channel(v.channel(), this)).setHeader(getTranslation("reporting.ui.column.channel"))
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(SubmissionVersion::submittedBy).setHeader(getTranslation("reporting.ui.column.user"))
                .setWidth("6rem").setFlexGrow(0).setTooltipGenerator(SubmissionVersion::submittedBy);
        grid.addColumn(v -> v.fileName() == null ? "" : v.fileName())
                .setHeader(getTranslation("reporting.ui.column.file")).setWidth("7rem").setFlexGrow(1)
                .setResizable(true).setTooltipGenerator(v -> v.fileName() == null ? "" : v.fileName());
        grid.addColumn(SubmissionVersion::valuesAccepted).setHeader(getTranslation("reporting.ui.column.values"))
                .setWidth("5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(SubmissionVersion::warnings).setHeader(getTranslation("reporting.ui.column.warnings"))
                .setWidth("5.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));

        details.setId("history-details");
        details.addClassName("dti-history-details");
        details.setSizeFull();

        SplitLayout split = new SplitLayout(grid, details, SplitLayout.Orientation.VERTICAL);
        split.setSplitterPosition(55);
        split.setSizeFull();
        add(title, toolbar, split);
        setFlexGrow(1, split);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        all = submissions.recent(LIMIT);
        monthFilter.setItems(all.stream().map(v -> YearMonth.parse(v.period())).distinct()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        refresh();
        event.getLocation().getQueryParameters().getSingleParameter(ID_PARAMETER).flatMap(SubmissionHistoryView::id)
                .flatMap(id -> all.stream().filter(v -> v.id() == id).findFirst()).ifPresent(grid::select);
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void refresh() {
        String unit = unitFilter.getValue() == null ? "" : unitFilter.getValue().strip();
        YearMonth month = monthFilter.getValue();
        List<SubmissionVersion> shown = all.stream()
                .filter(v -> SearchText.matches(ReportingUi.unitLabel(v.unitCode(), v.unitName()), unit))
                .filter(v -> month == null || v.period().equals(month.toString())).toList();
        SubmissionVersion selected = grid.asSingleSelect().getValue();
        grid.setItems(shown);
        if (selected != null && shown.contains(selected)) {
            grid.select(selected); // a filter that still shows the selected submission keeps its details open
        }
        count.setText(getTranslation("reporting.ui.history.count", shown.size(), all.size()));
        grid.setEmptyStateText(getTranslation(all.isEmpty() ? "reporting.ui.history.empty"
                : "reporting.ui.history.no-match"));
    }

    /** The rows currently listed, for tests. */
    List<SubmissionVersion> shown() {
        return grid.getListDataView().getItems().toList();
    }

    private void showDetails(@Nullable SubmissionVersion version) {
        details.removeAll();
        if (version == null) {
            return;
        }
        details.add(new H3(getTranslation("reporting.ui.history.details", ReportingUi.unitLabel(version.unitCode(),
                version.unitName()), ReportingUi.periodLabel(version.period(), getLocale()), version.version())));
        List<StoredValue> values;
        try {
            values = submissions.values(version.id(), getLocale());
        } catch (SubmissionRefusedException e) {
            details.add(new Span(e.getMessage()));
            return;
        }
        String fileName = version.fileName();
        if (fileName != null) {
            // The bytes are read at download time, so the session keeps no copy of every file looked at.
            long id = version.id();
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> submissions.original(id)
                    .map(f -> new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(),
                            contentType(f.fileName()), f.content().length))
                    .orElseGet(() -> DownloadResponse.error(404))),
                    getTranslation("reporting.ui.history.download", fileName));
            download.setId("history-download");
            details.add(download);
        }
        Grid<StoredValue> grid = new Grid<>();
        grid.setId("history-values");
        grid.addColumn(StoredValue::indicator).setHeader(getTranslation("reporting.ui.column.indicator"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StoredValue::indicatorName).setHeader(getTranslation("reporting.ui.column.name"))
                .setWidth("18rem").setFlexGrow(2).setTooltipGenerator(StoredValue::indicatorName);
        grid.addColumn(v -> ReportingUi.number(v.number(), getLocale()))
                .setHeader(getTranslation("reporting.ui.column.value")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(v -> ReportingUi.measureUnit(v.measureUnit(), this))
                .setHeader(getTranslation("reporting.ui.column.measure")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> ReportingUi.where(v.sheet(), v.cell())).setHeader(getTranslation("reporting.ui.column.where"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.warning() == null ? "" : v.warning())
                .setHeader(getTranslation("reporting.ui.column.warning")).setWidth("16rem").setFlexGrow(3)
                .setTooltipGenerator(v -> v.warning() == null ? "" : v.warning());
        grid.setPartNameGenerator(v -> v.warning() == null ? null : "dti-row-warning");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(values);
        grid.setAllRowsVisible(true);
        details.add(grid);
    }

    static String contentType(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xls") ? "application/vnd.ms-excel"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.ui.history.title");
    }
}
