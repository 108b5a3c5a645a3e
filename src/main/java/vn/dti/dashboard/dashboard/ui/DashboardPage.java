package vn.dti.dashboard.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import vn.dti.dashboard.dashboard.DashboardFiles;
import vn.dti.dashboard.dashboard.DashboardFiles.DashboardFile;
import vn.dti.dashboard.dashboard.DashboardService;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.shared.period.PeriodType;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * What the dashboard views share: the unit, period (and indicator) come from the URL's query parameters,
 * so a link pasted into a chat opens the same view and the browser's back button walks the drill-down; a
 * breadcrumb from the province down and a period picker change them by navigating. Missing parameters take
 * the latest month with data and the user's default unit; wrong ones get a message, never an error page.
 */
abstract class DashboardPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String UNIT = "unit";
    static final String PERIOD = "period";
    static final String INDICATOR = "indicator";

    /** What the URL asked for, resolved. */
    record Selection(UnitSummary unit, ReportingPeriod period, @Nullable IndicatorSummary indicator,
            Map<String, String> extra) {
    }

    protected final DashboardService dashboards;
    /** The exports feature's files, when it is there (it depends on this feature, not the reverse). */
    private final org.springframework.beans.factory.ObjectProvider<DashboardFiles> files;
    private String title = "";
    protected @Nullable Selection selection;

    DashboardPage(DashboardService dashboards, org.springframework.beans.factory.ObjectProvider<DashboardFiles> files) {
        this.dashboards = dashboards;
        this.files = files;
        addClassName("dti-page");
        setWidthFull();
    }

    /** Whether the view needs an indicator (the detail); the others ignore the parameter. */
    boolean needsIndicator() {
        return false;
    }

    abstract String titleKey();

    abstract void render(Selection selection);

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title = getTranslation(titleKey());
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String periodText = first(query, PERIOD);
        YearMonth latest = dashboards.latestMonth();
        Optional<ReportingPeriod> period = periodText == null ? Optional.of(ReportingPeriod.ofMonth(latest))
                : ReportingPeriod.tryParse(periodText);
        if (period.isEmpty()) {
            problem("dashboard.problem.period", periodText);
            return;
        }
        String unitCode = first(query, UNIT);
        Optional<UnitSummary> unit = unitCode == null ? dashboards.defaultUnit(period.get())
                : dashboards.unit(unitCode, period.get());
        if (unit.isEmpty()) {
            problem(unitCode == null ? "dashboard.problem.no-unit" : "dashboard.problem.unit", unitCode,
                    period.get().label(getLocale()));
            return;
        }
        IndicatorSummary indicator = null;
        if (needsIndicator()) {
            String code = first(query, INDICATOR);
            indicator = code == null ? dashboards.headline().stream().findFirst().orElse(null)
                    : dashboards.indicator(code).orElse(null);
            if (indicator == null) {
                problem("dashboard.problem.indicator", code);
                return;
            }
        }
        Map<String, String> extra = new LinkedHashMap<>();
        query.forEach((k, v) -> {
            if (!v.isEmpty() && !List.of(UNIT, PERIOD, INDICATOR).contains(k)) {
                extra.put(k, v.getFirst());
            }
        });
        selection = new Selection(unit.get(), period.get(), indicator, extra);
        // What is shown, readable by scripts and tests without parsing the text.
        getElement().setAttribute("data-unit", unit.get().code());
        getElement().setAttribute("data-period", period.get().toString());
        title = getTranslation(titleKey()) + " · " + unit.get().name();
        render(selection);
    }

    private static @Nullable String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }

    private void problem(String key, @Nullable Object... args) {
        H2 heading = new H2(getTranslation(titleKey()));
        heading.addClassName("dti-page-title");
        Div message = new Div(getTranslation(key, args));
        message.addClassName("dti-empty");
        message.setId("dashboard-problem");
        RouterLink home = new RouterLink(getTranslation("dashboard.problem.home"), OverviewView.class);
        add(heading, message, home);
    }

    /** The query parameters of a link to this kind of view with another unit, period or indicator. */
    static QueryParameters parameters(UnitSummary unit, ReportingPeriod period, @Nullable IndicatorSummary indicator,
            Map<String, String> extra) {
        Map<String, String> map = new LinkedHashMap<>();
        if (indicator != null) {
            map.put(INDICATOR, indicator.code());
        }
        map.put(UNIT, unit.code());
        map.put(PERIOD, period.toString());
        map.putAll(extra);
        return QueryParameters.simple(map);
    }

    /** A link to a dashboard view for a unit, period and (for the detail) indicator. */
    static RouterLink link(String text, Class<? extends Component> view, UnitSummary unit, ReportingPeriod period,
            @Nullable IndicatorSummary indicator) {
        RouterLink link = new RouterLink(text, view);
        link.setQueryParameters(parameters(unit, period, indicator, Map.of()));
        return link;
    }

    void go(Class<? extends Component> view, UnitSummary unit, ReportingPeriod period,
            @Nullable IndicatorSummary indicator) {
        UI.getCurrent().navigate(view, parameters(unit, period, indicator,
                view == getClass() && selection != null ? selection.extra() : Map.of()));
    }

    /**
     * The page heading, the breadcrumb (Tỉnh › Huyện › Xã, each a link to this view one level up, plain text
     * where the user may not see the unit) and the period picker.
     */
    Component header(Selection s, String heading) {
        H2 h = new H2(heading);
        h.addClassName("dti-page-title");
        HorizontalLayout crumbs = new HorizontalLayout();
        crumbs.addClassName("dti-breadcrumb");
        crumbs.setId("breadcrumb");
        crumbs.setSpacing(false);
        crumbs.getElement().setAttribute("aria-label", getTranslation("dashboard.breadcrumb"));
        List<UnitSummary> path = dashboards.breadcrumb(s.unit());
        for (int i = 0; i < path.size(); i++) {
            UnitSummary u = path.get(i);
            if (i > 0) {
                crumbs.add(new Span(" › "));
            }
            if (u.id() == s.unit().id() || !dashboards.maySee(u)) {
                Span here = new Span(u.name());
                here.addClassName(u.id() == s.unit().id() ? "dti-breadcrumb-current" : "dti-breadcrumb-plain");
                crumbs.add(here);
            } else {
                RouterLink up = new RouterLink(u.name(), getClass());
                up.setQueryParameters(parameters(u, s.period(), s.indicator(), s.extra()));
                crumbs.add(up);
            }
        }
        HorizontalLayout bar = new HorizontalLayout(crumbs, periodPicker(s));
        bar.addClassName("dti-toolbar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(crumbs);
        VerticalLayout top = new VerticalLayout(h, bar);
        top.setPadding(false);
        top.setSpacing(false);
        return top;
    }

    private Component periodPicker(Selection s) {
        YearMonth latest = dashboards.latestMonth();
        Locale locale = getLocale();
        Select<PeriodType> type = new Select<>();
        type.setId("period-type");
        type.setLabel(getTranslation("dashboard.period.type"));
        type.setItems(PeriodType.values());
        type.setItemLabelGenerator(t -> getTranslation("dashboard.period.type." + t.name().toLowerCase(Locale.ROOT)));
        type.setValue(s.period().type());
        Select<ReportingPeriod> period = new Select<>();
        period.setId("period");
        period.setLabel(getTranslation("dashboard.period"));
        List<ReportingPeriod> choices = new java.util.ArrayList<>(PeriodChoices.of(s.period().type(),
                latest.isBefore(s.period().lastMonth()) ? s.period().lastMonth() : latest));
        if (!choices.contains(s.period())) {
            choices.addFirst(s.period());
        }
        period.setItems(choices);
        period.setItemLabelGenerator(p -> p.label(locale));
        period.setValue(s.period());
        type.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(getClass(), s.unit(), ReportingPeriod.containing(e.getValue(), s.period().lastMonth()),
                        s.indicator());
            }
        });
        period.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(getClass(), s.unit(), e.getValue(), s.indicator());
            }
        });
        HorizontalLayout picker = new HorizontalLayout(type, period);
        picker.setAlignItems(FlexComponent.Alignment.BASELINE);
        return picker;
    }

    /**
     * A link whose file is made when it is followed (an export, the monthly brief) and written straight to the
     * response. A refusal (a unit out of scope, a bad request) answers its status, never an error page.
     */
    Anchor download(String id, String label, java.util.function.Function<DashboardFiles, DashboardFile> make) {
        DashboardFiles provider = files.getIfAvailable();
        Anchor link = new Anchor((DownloadHandler) event -> {
            if (provider == null) {
                event.getResponse().setStatus(404);
                return;
            }
            DashboardFile file;
            try {
                file = make.apply(provider);
            } catch (org.springframework.security.access.AccessDeniedException e) {
                event.getResponse().setStatus(403);
                return;
            } catch (vn.dti.dashboard.shared.api.ApiException e) {
                event.getResponse().setStatus(e.status().value());
                return;
            }
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            try (java.io.OutputStream out = event.getOutputStream()) {
                file.body().writeTo(out);
            }
        }, label);
        link.setId(id);
        link.addClassName("dti-download");
        return link;
    }

    /** "Tải bảng (XLSX)" and "(CSV)": the table as the view shows it, made when the link is followed. */
    HorizontalLayout tableDownloads(String id, java.util.function.Supplier<DashboardFiles.Table> table) {
        Locale locale = getLocale();
        HorizontalLayout links = new HorizontalLayout();
        for (String format : List.of("xlsx", "csv")) {
            links.add(download(id + "-" + format, getTranslation("dashboard.export." + format),
                    f -> f.table(table.get(), format, locale)));
        }
        links.addClassName("dti-downloads");
        return links;
    }

    /** A column of an exported table, its heading from the same key as on screen. */
    DashboardFiles.Column column(String headingKey, String field, DashboardFiles.Kind kind, int width) {
        return new DashboardFiles.Column(getTranslation(headingKey), field, kind, width);
    }

    /** The facts every exported table of this view starts with: the unit and the period shown. */
    List<DashboardFiles.Fact> facts(Selection s) {
        List<DashboardFiles.Fact> facts = new java.util.ArrayList<>();
        facts.add(new DashboardFiles.Fact(getTranslation("dashboard.export.fact.unit"),
                s.unit().code() + " – " + s.unit().name()));
        facts.add(new DashboardFiles.Fact(getTranslation("dashboard.export.fact.period"), s.period().label(getLocale())));
        return facts;
    }

    /**
     * The chart as a PNG: the indicator as title; the unit, what is shown, the unit of measure and the period
     * below it; the source with the date of the latest report; a file name of indicator, unit and period.
     */
    com.vaadin.flow.component.button.Button pngButton(vn.dti.dashboard.shared.ui.ChartCanvas chart,
            IndicatorSummary indicator, UnitSummary unit, ReportingPeriod period, java.time.@Nullable Instant latest,
            String subtitle, String name) {
        Locale locale = getLocale();
        String updated = Figures.dateTime(latest, this);
        var labels = new vn.dti.dashboard.shared.ui.ChartCanvas.PngLabels(indicator.name(locale), subtitle + " · "
                + getTranslation("dashboard.chart.measure", Figures.unitOf(indicator, this)) + " · "
                + period.label(locale), getTranslation("dashboard.chart.source", updated.isEmpty() ? "—"
                        : updated.substring(0, 10)),
                indicator.code() + "_" + unit.code() + "_" + period + "_" + name + ".png");
        var png = new com.vaadin.flow.component.button.Button(getTranslation("dashboard.chart.png"),
                com.vaadin.flow.component.icon.VaadinIcon.DOWNLOAD.create(), e -> chart.downloadPng(labels));
        png.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        return png;
    }

    /** A message where a chart or table would be, saying what is missing. */
    Div empty(String key, Object... args) {
        Div div = new Div(getTranslation(key, args));
        div.addClassName("dti-empty");
        return div;
    }
}
