package vn.dti.dashboard.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.dashboard.DashboardFiles;
import vn.dti.dashboard.dashboard.DashboardFiles.Kind;
import vn.dti.dashboard.dashboard.DashboardService;
import vn.dti.dashboard.dashboard.DashboardService.ChildRow;
import vn.dti.dashboard.dashboard.DashboardService.IndicatorDetail;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.shared.ui.ChartCanvas;

/**
 * One indicator at a unit: the figure against its target, the trend of months with last year's and the
 * target, and the units one level down as bars and as a table; a click on a bar or a row opens the same view
 * for that unit, the breadcrumb goes back up.
 */
@Route("chi-so")
@Menu(order = 1, title = "dashboard.menu.detail", icon = "vaadin:chart")
@PermitAll
class IndicatorView extends DashboardPage {

    IndicatorView(DashboardService dashboards,
            org.springframework.beans.factory.ObjectProvider<vn.dti.dashboard.dashboard.DashboardFiles> files) {
        super(dashboards, files);
    }

    /** "Tải bảng (XLSX/CSV)": the table of units below as a file. */
    private com.vaadin.flow.component.html.Anchor tableDownload(Selection s, String format) {
        Locale locale = getLocale();
        return download("children-" + format, getTranslation("dashboard.export." + format),
                f -> f.file(s.indicator().code(), s.unit().code(), s.period().toString(), format, locale));
    }

    @Override
    boolean needsIndicator() {
        return true;
    }

    @Override
    String titleKey() {
        return "dashboard.detail.title";
    }

    @Override
    void render(Selection s) {
        Locale locale = getLocale();
        IndicatorSummary indicator = s.indicator();
        IndicatorDetail d = dashboards.detail(indicator, s.unit(), s.period());
        add(header(s, indicator.name(locale)));
        add(indicatorPicker(s, locale));
        add(summary(d, locale));
        add(trend(d, locale));
        add(children(s, d, locale));
    }

    private Component indicatorPicker(Selection s, Locale locale) {
        Select<IndicatorSummary> pick = new Select<>();
        pick.setId("indicator");
        pick.setLabel(getTranslation("dashboard.indicator"));
        pick.setItems(dashboards.kpis());
        pick.setItemLabelGenerator(i -> i.name(locale));
        pick.setValue(s.indicator());
        pick.setWidth("32rem");
        pick.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(IndicatorView.class, s.unit(), s.period(), e.getValue());
            }
        });
        return pick;
    }

    private Component summary(IndicatorDetail d, Locale locale) {
        IndicatorSummary indicator = d.indicator();
        Span value = new Span(Figures.value(d.value().value(), indicator, locale));
        value.addClassName("dti-card-value");
        value.setId("detail-value");
        Span unit = new Span(Figures.isPercent(indicator) ? "" : Figures.unitOf(indicator, this));
        unit.addClassName("dti-card-unit");
        HorizontalLayout line = new HorizontalLayout(new Div(value, unit), Figures.status(d.check(), this));
        line.setAlignItems(Alignment.BASELINE);
        Div facts = new Div();
        facts.addClassName("dti-facts");
        if (d.target() != null) {
            facts.add(new Paragraph(getTranslation("dashboard.card.target",
                    Figures.value(d.target().value(), indicator, locale))
                    + (d.check() == null ? "" : " · " + getTranslation("dashboard.detail.gap",
                            Figures.change(d.check().gap(), indicator, locale, this)))));
        }
        if (d.value().numerator() != null) {
            facts.add(new Paragraph(getTranslation("dashboard.detail.parts",
                    Figures.number(d.value().numerator(), locale, 2), Figures.number(d.value().denominator(), locale, 2))));
        }
        Paragraph reported = new Paragraph(getTranslation("dashboard.card.reported", d.value().reportedUnits(),
                d.value().expectedUnits()) + (d.value().latestReportAt() == null ? ""
                        : " · " + getTranslation("dashboard.detail.latest",
                                Figures.dateTime(d.value().latestReportAt(), this))));
        reported.setId("detail-reported");
        facts.add(reported);
        String definition = dashboards.definition(indicator.code(), "en".equals(locale.getLanguage()));
        if (definition != null) {
            Paragraph def = new Paragraph(definition);
            def.addClassName("dti-definition");
            def.addClassName("dti-summary");
            facts.add(def);
        }
        Div box = new Div(line, facts);
        box.addClassName("dti-section");
        return box;
    }

    /** A month of the trend as the table next to the chart lists it. */
    record TrendRow(YearMonth month, @Nullable BigDecimal value, @Nullable BigDecimal lastYear,
            @Nullable BigDecimal target) {
    }

    private Component trend(IndicatorDetail d, Locale locale) {
        IndicatorSummary indicator = d.indicator();
        Div section = new Div();
        section.addClassName("dti-section");
        H3 heading = new H3(getTranslation("dashboard.detail.trend"));
        section.add(heading);
        if (d.trend().stream().allMatch(v -> v == null)) {
            section.add(empty("dashboard.detail.trend.empty"));
            return section;
        }
        List<String> labels = d.months().stream().map(m -> String.format("%02d/%d", m.getMonthValue(), m.getYear()))
                .toList();
        ChartCanvas chart = new ChartCanvas();
        chart.setId("trend-chart");
        chart.show(DashboardCharts.trend(labels, d.trend(), d.lastYear(), d.targetLine(),
                new DashboardCharts.TrendLabels(getTranslation("dashboard.detail.series.value", d.unit().name()),
                        getTranslation("dashboard.detail.series.last-year"),
                        getTranslation("dashboard.detail.series.target"))),
                locale, Figures.chartSuffix(indicator), getTranslation("dashboard.chart.trend",
                        indicator.name(locale), d.unit().name()));
        Button png = pngButton(chart, d.indicator(), d.unit(), d.period(), d.value().latestReportAt(), d.unit().name() + " · " + getTranslation("dashboard.detail.trend"), "xu-huong");
        png.setId("trend-png");
        List<TrendRow> rows = new ArrayList<>();
        for (int i = 0; i < d.months().size(); i++) {
            rows.add(new TrendRow(d.months().get(i), d.trend().get(i), d.lastYear().get(i), d.targetLine().get(i)));
        }
        Grid<TrendRow> table = new Grid<>();
        table.setId("trend-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.addColumn(r -> String.format("%02d/%d", r.month().getMonthValue(), r.month().getYear()))
                .setHeader(getTranslation("dashboard.column.month"));
        table.addColumn(r -> Figures.value(r.value(), indicator, locale)).setHeader(getTranslation("dashboard.column.value"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(r -> Figures.value(r.lastYear(), indicator, locale))
                .setHeader(getTranslation("dashboard.detail.series.last-year")).setTextAlign(ColumnTextAlign.END);
        table.addColumn(r -> Figures.value(r.target(), indicator, locale))
                .setHeader(getTranslation("dashboard.detail.series.target")).setTextAlign(ColumnTextAlign.END);
        table.setItems(rows);
        table.setAllRowsVisible(true);
        Details data = new Details(getTranslation("dashboard.chart.table"), new Div(table,
                tableDownloads("trend-export", () -> trendTable(d, rows, locale))));
        section.add(chart, new HorizontalLayout(png), data);
        return section;
    }

    /** The trend's table as shown: the months with the value, last year's and the target. */
    private DashboardFiles.Table trendTable(IndicatorDetail d, List<TrendRow> rows, Locale locale) {
        Kind kind = Figures.isPercent(d.indicator()) ? Kind.DECIMAL : Kind.NUMBER;
        List<List<?>> cells = rows.stream().<List<?>>map(r -> java.util.Arrays.asList(
                String.format("%02d/%d", r.month().getMonthValue(), r.month().getYear()), r.value(), r.lastYear(),
                r.target())).toList();
        List<DashboardFiles.Fact> facts = new ArrayList<>(List.of(
                new DashboardFiles.Fact(getTranslation("dashboard.indicator"), d.indicator().code() + " – "
                        + d.indicator().name(locale)),
                new DashboardFiles.Fact(getTranslation("dashboard.column.unit-of-measure"),
                        Figures.unitOf(d.indicator(), this))));
        facts.addAll(facts(selection));
        return new DashboardFiles.Table("XuHuong_" + d.indicator().code() + "_" + d.unit().code() + "_" + d.period(),
                getTranslation("dashboard.chart.trend", d.indicator().name(locale), d.unit().name()),
                List.of(column("dashboard.column.month", "month", Kind.TEXT, 10),
                        column("dashboard.column.value", "value", kind, 14),
                        column("dashboard.detail.series.last-year", "lastYear", kind, 14),
                        column("dashboard.detail.series.target", "target", kind, 14)),
                cells, facts, d.value().latestReportAt());
    }

    private Component children(Selection s, IndicatorDetail d, Locale locale) {
        IndicatorSummary indicator = d.indicator();
        Div section = new Div();
        section.addClassName("dti-section");
        section.add(new H3(getTranslation("dashboard.detail.below", d.unit().name())));
        if (!d.childrenAllowed()) {
            section.add(empty("dashboard.detail.below.not-allowed"));
            return section;
        }
        List<ChildRow> rows = d.children();
        if (rows.isEmpty()) {
            section.add(empty("dashboard.detail.below.none", d.unit().name()));
            return section;
        }
        if (rows.stream().allMatch(r -> r.value().value() == null)) {
            section.add(empty("dashboard.detail.below.no-data", s.period().label(locale)));
        } else {
            ChartCanvas chart = new ChartCanvas();
            chart.setId("children-chart");
            chart.setHeight(Math.max(220, 26 * rows.size() + 60) + "px");
            chart.show(DashboardCharts.breakdown(rows.stream().map(r -> r.unit().name()).toList(),
                    rows.stream().map(r -> r.value().value()).toList(),
                    rows.stream().map(r -> Figures.colour(r.check())).toList(), d.value().value(),
                    indicator.name(locale), d.unit().name()), locale, Figures.chartSuffix(indicator),
                    getTranslation("dashboard.chart.breakdown", indicator.name(locale), d.unit().name()));
            chart.addPointClickListener(click -> {
                if (click.dataset() == 0 && click.index() < rows.size()) {
                    go(IndicatorView.class, rows.get(click.index()).unit(), s.period(), indicator);
                }
            });
            Button png = pngButton(chart, d.indicator(), d.unit(), d.period(), d.value().latestReportAt(), getTranslation("dashboard.detail.below", d.unit().name()), "don-vi-truc-thuoc");
            png.setId("children-png");
            section.add(chart, new HorizontalLayout(png));
        }
        Grid<ChildRow> grid = new Grid<>();
        grid.setId("children-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.rank() == null ? "—" : String.valueOf(r.rank()))
                .setHeader(getTranslation("dashboard.column.rank")).setWidth("5rem").setFlexGrow(0);
        grid.addComponentColumn(r -> link(r.unit().name(), IndicatorView.class, r.unit(), s.period(), indicator))
                .setHeader(getTranslation("dashboard.column.unit")).setFlexGrow(3);
        grid.addColumn(r -> Figures.value(r.value().value(), indicator, locale))
                .setHeader(getTranslation("dashboard.column.value")).setTextAlign(ColumnTextAlign.END);
        if (indicator.isRatioOfCounts()) {
            grid.addColumn(r -> Figures.number(r.value().numerator(), locale, 2))
                    .setHeader(getTranslation("dashboard.column.numerator")).setTextAlign(ColumnTextAlign.END);
            grid.addColumn(r -> Figures.number(r.value().denominator(), locale, 2))
                    .setHeader(getTranslation("dashboard.column.denominator")).setTextAlign(ColumnTextAlign.END);
        }
        grid.addColumn(r -> r.target() == null ? "" : Figures.value(r.target().value(), indicator, locale))
                .setHeader(getTranslation("dashboard.column.target")).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(r -> Figures.status(r.check(), this)).setHeader(getTranslation("dashboard.column.status"));
        grid.addColumn(r -> r.value().reportedUnits() + "/" + r.value().expectedUnits())
                .setHeader(getTranslation("dashboard.column.reported")).setTextAlign(ColumnTextAlign.END);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 40);
        grid.addItemClickListener(e -> go(IndicatorView.class, e.getItem().unit(), s.period(), indicator));
        FlexLayout wrap = new FlexLayout(grid);
        wrap.setWidthFull();
        HorizontalLayout downloads = new HorizontalLayout(tableDownload(s, "xlsx"), tableDownload(s, "csv"));
        section.add(wrap, downloads);
        return section;
    }

}
