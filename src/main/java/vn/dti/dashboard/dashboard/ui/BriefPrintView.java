package vn.dti.dashboard.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import vn.dti.dashboard.dashboard.DashboardService.Card;
import vn.dti.dashboard.dashboard.DashboardService.ChildRow;
import vn.dti.dashboard.dashboard.DashboardService.Overview;
import vn.dti.dashboard.dashboard.DashboardService.ReportState;
import vn.dti.dashboard.dashboard.DashboardService.ReportingStatus;
import vn.dti.dashboard.dashboard.DashboardService.StatusRow;
import vn.dti.dashboard.indicators.IndicatorSummary;

/**
 * "Báo cáo tháng – bản in": the monthly steering brief laid out for A4 paper, for those who print it or save it
 * as PDF from the browser: the headline KPIs with target, status and changes; the units one level down ranked
 * per KPI; the units late or missing; the definitions. The same reads as the XLSX brief, so the same figures.
 * Outside the app's frame (no menu on paper); the browser's print dialog does the rest.
 */
@Route(value = "in/bao-cao-thang", autoLayout = false)
@PermitAll
class BriefPrintView extends DashboardPage {

    BriefPrintView(vn.dti.dashboard.dashboard.DashboardService dashboards,
            org.springframework.beans.factory.ObjectProvider<vn.dti.dashboard.dashboard.DashboardFiles> files) {
        super(dashboards, files);
        addClassName("dti-print");
        setPadding(false);
    }

    @Override
    String titleKey() {
        return "dashboard.brief.title";
    }

    @Override
    void render(Selection s) {
        Locale locale = getLocale();
        if (!s.period().isMonth()) {
            add(empty("dashboard.brief.month-only"));
            return;
        }
        Button print = new Button(getTranslation("dashboard.brief.print"), VaadinIcon.PRINT.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("brief-print");
        print.addClassName("dti-no-print");
        Div tools = new Div(print, link(getTranslation("dashboard.brief.back"), OverviewView.class, s.unit(),
                s.period(), null));
        tools.addClassName("dti-no-print");
        tools.addClassName("dti-print-tools");
        H1 title = new H1(getTranslation("dashboard.brief.heading", s.unit().name(), s.period().label(locale)));
        title.setId("brief-title");
        Paragraph generated = new Paragraph(getTranslation("dashboard.brief.generated",
                Figures.dateTime(java.time.Instant.now(), this)));
        add(tools, title, generated);

        Overview overview = dashboards.overview(s.unit(), s.period());
        List<Card> cards = overview.pillars().stream().flatMap(p -> p.cards().stream()).toList();
        if (!overview.hasData()) {
            add(empty("dashboard.overview.no-data", s.period().label(locale)));
        }
        add(new H2(getTranslation("dashboard.brief.summary")), summary(cards, locale));
        if (dashboards.mayOpen(s.unit())) {
            Div rankings = new Div(new H2(getTranslation("dashboard.brief.rankings", s.unit().name())));
            rankings.addClassName("dti-print-section");
            for (Card card : cards) {
                List<ChildRow> rows = dashboards.children(card.indicator(), s.unit(), s.period());
                if (!rows.isEmpty()) {
                    Div block = new Div(new H3(card.indicator().name(locale)), ranking(card.indicator(), rows, locale));
                    block.addClassName("dti-print-block");
                    rankings.add(block);
                }
            }
            add(rankings, lateAndMissing(s, locale));
        }
        Div definitions = new Div(new H2(getTranslation("dashboard.brief.definitions")));
        definitions.addClassName("dti-print-section");
        for (Card card : cards) {
            String definition = dashboards.definition(card.indicator().code(), "en".equals(locale.getLanguage()));
            definitions.add(new Paragraph(card.indicator().name(locale) + (definition == null ? "" : ": " + definition)));
        }
        add(definitions, new Paragraph(getTranslation("dashboard.chart.source",
                Figures.dateTime(java.time.Instant.now(), this).substring(0, 10))));
    }

    private Component summary(List<Card> cards, Locale locale) {
        NativeTable table = table("brief-summary", "dashboard.column.indicator", "dashboard.column.value",
                "dashboard.column.target", "dashboard.column.status", "dashboard.brief.change-month",
                "dashboard.brief.change-year", "dashboard.column.reported", "dashboard.column.trend");
        NativeTableBody body = table.getBody();
        for (Card card : cards) {
            IndicatorSummary indicator = card.indicator();
            body.add(new NativeTableRow(cell(indicator.name(locale)),
                    number(Figures.value(card.value().value(), indicator, locale)
                            + (Figures.isPercent(indicator) ? "" : " " + Figures.unitOf(indicator, this))),
                    number(card.target() == null ? "" : Figures.value(card.target().value(), indicator, locale)),
                    new NativeTableCell(Figures.status(card.check(), this)),
                    number(card.change() == null ? "" : Figures.change(card.change(), indicator, locale, this)),
                    number(card.changeFromLastYear() == null ? ""
                            : Figures.change(card.changeFromLastYear(), indicator, locale, this)),
                    number(card.value().reportedUnits() + "/" + card.value().expectedUnits()),
                    new NativeTableCell(Sparkline.of(card.trend(), indicator, locale))));
        }
        return table;
    }

    private Component ranking(IndicatorSummary indicator, List<ChildRow> rows, Locale locale) {
        NativeTable table = table(null, "dashboard.column.rank", "dashboard.column.unit", "dashboard.column.value",
                "dashboard.column.status", "dashboard.column.reported");
        for (ChildRow row : rows) {
            table.getBody().add(new NativeTableRow(number(row.rank() == null ? "—" : String.valueOf(row.rank())),
                    cell(row.unit().name()), number(Figures.value(row.value().value(), indicator, locale)),
                    new NativeTableCell(Figures.status(row.check(), this)),
                    number(row.value().reportedUnits() + "/" + row.value().expectedUnits())));
        }
        return table;
    }

    private Component lateAndMissing(Selection s, Locale locale) {
        YearMonth month = s.period().lastMonth();
        Div section = new Div(new H2(getTranslation("dashboard.brief.late", String.format("%02d/%d",
                month.getMonthValue(), month.getYear()))));
        section.addClassName("dti-print-section");
        ReportingStatus status = dashboards.reportingStatus(s.unit(), month, 1, true);
        NativeTable table = table("brief-late", "dashboard.column.unit", "dashboard.column.group",
                "dashboard.column.state");
        for (StatusRow row : status.rows()) {
            ReportState state = row.months().getLast().state();
            if (state == ReportState.LATE || state == ReportState.MISSING) {
                table.getBody().add(new NativeTableRow(cell(row.unit().name()), cell(row.group().name()),
                        new NativeTableCell(Figures.state(state, row.months().getLast().resubmitted(), this))));
            }
        }
        if (table.getBody().getChildren().findAny().isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.brief.none-late")));
        } else {
            section.add(table);
        }
        return section;
    }

    private NativeTable table(String id, String... headingKeys) {
        NativeTable table = new NativeTable();
        table.addClassName("dti-print-table");
        if (id != null) {
            table.setId(id);
        }
        NativeTableRow head = new NativeTableRow();
        for (String key : headingKeys) {
            head.add(new NativeTableHeaderCell(getTranslation(key)));
        }
        NativeTableHeader header = table.getHead();
        header.add(head);
        return table;
    }

    /** A name: the column that takes the width the numbers leave. */
    private static NativeTableCell cell(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.addClassName("dti-name");
        return cell;
    }

    private static NativeTableCell number(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.addClassName("dti-number");
        return cell;
    }
}
