package vn.dti.dashboard.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.dti.dashboard.dashboard.DashboardService;
import vn.dti.dashboard.dashboard.DashboardService.Card;
import vn.dti.dashboard.dashboard.DashboardService.ChildRow;
import vn.dti.dashboard.dashboard.DashboardService.Overview;
import vn.dti.dashboard.dashboard.DashboardService.PillarCards;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.rollup.RolledValue;
import vn.dti.dashboard.shared.ui.ChartCanvas;

/**
 * "Tổng quan", the home page: the headline indicators of a unit for a period as cards grouped by pillar
 * (value, target and status, change since the previous period, a trend of months, how many units reported)
 * and, for a unit with units below it, one indicator across them as bars that drill down when clicked.
 */
@Route("")
@RouteAlias("tong-quan")
@Menu(order = 0, title = "dashboard.menu.overview", icon = "vaadin:dashboard")
@PermitAll
class OverviewView extends DashboardPage {

    OverviewView(DashboardService dashboards,
            org.springframework.beans.factory.ObjectProvider<vn.dti.dashboard.dashboard.DashboardFiles> files) {
        super(dashboards, files);
    }

    @Override
    String titleKey() {
        return "dashboard.overview.title";
    }

    @Override
    void render(Selection s) {
        Locale locale = getLocale();
        Overview overview = dashboards.overview(s.unit(), s.period());
        add(header(s, getTranslation("dashboard.overview.heading", s.unit().name(), s.period().label(locale))));
        if (s.period().isMonth()) {
            // "Tải báo cáo tháng": the steering brief of the unit and month.
            RouterLink printable = link(getTranslation("dashboard.brief.open"), BriefPrintView.class, s.unit(),
                    s.period(), null);
            printable.setId("overview-brief-print");
            HorizontalLayout brief = new HorizontalLayout(download("overview-brief",
                    getTranslation("dashboard.overview.brief"), f -> f.brief(s.unit().code(), s.period().toString(),
                            locale)), printable);
            brief.setAlignItems(Alignment.BASELINE);
            add(brief);
        }
        if (!overview.hasData()) {
            Div none = empty("dashboard.overview.no-data", s.period().label(locale));
            none.setId("overview-empty");
            add(none);
        }
        for (PillarCards pillar : overview.pillars()) {
            H3 heading = new H3(getTranslation("indicators.pillar." + pillar.pillar().code()));
            heading.addClassName("dti-pillar");
            FlexLayout cards = new FlexLayout();
            cards.addClassName("dti-cards");
            pillar.cards().forEach(card -> cards.add(card(s, card, locale)));
            add(heading, cards);
        }
        if (dashboards.mayOpen(s.unit()) && !overview.pillars().isEmpty()) {
            add(breakdown(s, overview, locale));
        }
    }

    private Component card(Selection s, Card card, Locale locale) {
        IndicatorSummary indicator = card.indicator();
        RolledValue value = card.value();
        Div box = new Div();
        box.addClassName("dti-card");
        box.setId("card-" + indicator.code());
        box.add(link(indicator.name(locale), IndicatorView.class, s.unit(), s.period(), indicator));
        Span figure = new Span(Figures.value(value.value(), indicator, locale));
        figure.addClassName("dti-card-value");
        figure.setId("card-value-" + indicator.code());
        Span unit = new Span(Figures.isPercent(indicator) ? "" : Figures.unitOf(indicator, this));
        unit.addClassName("dti-card-unit");
        box.add(new Div(figure, unit));
        HorizontalLayout target = new HorizontalLayout(Figures.status(card.check(), this));
        target.setSpacing(true);
        target.addClassName("dti-card-line");
        if (card.target() != null) {
            target.add(new Span(getTranslation("dashboard.card.target",
                    Figures.value(card.target().value(), indicator, locale))));
        }
        box.add(target);
        if (card.change() != null && card.previous() != null) {
            Span change = new Span(getTranslation("dashboard.card.change",
                    Figures.change(card.change(), indicator, locale, this), card.previous().period()));
            change.addClassName("dti-card-line");
            change.addClassName(card.change().signum() == 0 ? "dti-change-flat"
                    : (card.change().signum() > 0) == (indicator.direction()
                            == vn.dti.dashboard.indicators.Direction.HIGHER_IS_BETTER) ? "dti-change-good"
                                    : "dti-change-bad");
            box.add(change);
        }
        box.add(Sparkline.of(card.trend(), indicator, locale));
        Span reported = new Span(getTranslation("dashboard.card.reported", value.reportedUnits(),
                value.expectedUnits()));
        reported.addClassName("dti-card-line");
        reported.addClassName("dti-summary");
        if (value.asOfMonth() != null && !value.asOfMonth().equals(s.period().lastMonth().toString())) {
            reported.setText(reported.getText() + " · " + getTranslation("dashboard.card.as-of", value.asOfMonth()));
        }
        box.add(reported);
        return box;
    }

    /** One headline indicator across the units one level down; a click on a bar opens that unit's overview. */
    private Component breakdown(Selection s, Overview overview, Locale locale) {
        Div section = new Div();
        section.addClassName("dti-section");
        List<IndicatorSummary> choices = overview.pillars().stream().flatMap(p -> p.cards().stream())
                .map(Card::indicator).toList();
        String wanted = s.extra().getOrDefault("compare", "DOSSIERS_ONLINE_RATE");
        IndicatorSummary indicator = choices.stream().filter(i -> i.code().equals(wanted)).findFirst()
                .orElse(choices.getFirst());
        List<ChildRow> rows = dashboards.children(indicator, s.unit(), s.period());
        if (rows.isEmpty()) {
            return section;
        }
        H3 heading = new H3(getTranslation("dashboard.overview.below", s.unit().name()));
        Select<IndicatorSummary> pick = new Select<>();
        pick.setId("overview-compare");
        pick.setLabel(getTranslation("dashboard.indicator"));
        pick.setItems(choices);
        pick.setItemLabelGenerator(i -> i.name(locale));
        pick.setValue(indicator);
        pick.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                com.vaadin.flow.component.UI.getCurrent().navigate(OverviewView.class, parameters(s.unit(), s.period(),
                        null, java.util.Map.of("compare", e.getValue().code())));
            }
        });
        ChartCanvas chart = new ChartCanvas();
        chart.setId("overview-chart");
        chart.setHeight(Math.max(220, 28 * rows.size() + 60) + "px");
        RolledValue parent = overview.pillars().stream()
                .flatMap(p -> p.cards().stream()).filter(c -> c.indicator().equals(indicator)).findFirst()
                .map(Card::value).orElse(null);
        BigDecimal parentValue = parent == null ? null : parent.value();
        chart.show(DashboardCharts.breakdown(rows.stream().map(r -> r.unit().name()).toList(),
                rows.stream().map(r -> r.value().value()).toList(),
                rows.stream().map(r -> Figures.colour(r.check())).toList(), parentValue, indicator.name(locale),
                s.unit().name()), locale, Figures.chartSuffix(indicator),
                getTranslation("dashboard.chart.breakdown", indicator.name(locale), s.unit().name()));
        chart.addPointClickListener(click -> {
            if (click.dataset() == 0 && click.index() < rows.size()) {
                go(OverviewView.class, rows.get(click.index()).unit(), s.period(), null);
            }
        });
        Button detail = new Button(getTranslation("dashboard.overview.open-detail"), VaadinIcon.CHART.create(),
                e -> go(IndicatorView.class, s.unit(), s.period(), indicator));
        detail.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout tools = new HorizontalLayout(pick, detail);
        tools.setAlignItems(Alignment.BASELINE);
        Button png = pngButton(chart, indicator, s.unit(), s.period(), parent == null ? null : parent.latestReportAt(),
                getTranslation("dashboard.overview.below", s.unit().name()), "don-vi-truc-thuoc");
        png.setId("overview-png");
        // The chart's numbers as a table (accessible, and what the file downloads hold).
        Grid<ChildRow> table = new Grid<>();
        table.setId("overview-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.addColumn(r -> r.rank() == null ? "—" : String.valueOf(r.rank()))
                .setHeader(getTranslation("dashboard.column.rank")).setWidth("5rem").setFlexGrow(0);
        table.addColumn(r -> r.unit().name()).setHeader(getTranslation("dashboard.column.unit")).setFlexGrow(3);
        table.addColumn(r -> Figures.value(r.value().value(), indicator, locale))
                .setHeader(getTranslation("dashboard.column.value")).setTextAlign(ColumnTextAlign.END);
        table.addColumn(r -> r.target() == null ? "" : Figures.value(r.target().value(), indicator, locale))
                .setHeader(getTranslation("dashboard.column.target")).setTextAlign(ColumnTextAlign.END);
        table.addComponentColumn(r -> Figures.status(r.check(), this)).setHeader(getTranslation("dashboard.column.status"));
        table.addColumn(r -> r.value().reportedUnits() + "/" + r.value().expectedUnits())
                .setHeader(getTranslation("dashboard.column.reported")).setTextAlign(ColumnTextAlign.END);
        table.setItems(rows);
        table.setAllRowsVisible(true);
        HorizontalLayout files = new HorizontalLayout(png);
        for (String format : List.of("xlsx", "csv")) {
            files.add(download("overview-" + format, getTranslation("dashboard.export." + format),
                    f -> f.file(indicator.code(), s.unit().code(), s.period().toString(), format, locale)));
        }
        files.setAlignItems(Alignment.BASELINE);
        section.add(heading, tools, chart, new Span(getTranslation("dashboard.overview.click-hint")), files,
                new Details(getTranslation("dashboard.chart.table"), table));
        return section;
    }
}
