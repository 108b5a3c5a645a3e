package vn.dti.dashboard.dashboard.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dti.dashboard.dashboard.DashboardFiles;
import vn.dti.dashboard.dashboard.DashboardFiles.Kind;
import vn.dti.dashboard.dashboard.DashboardService;
import vn.dti.dashboard.dashboard.DashboardService.MonthReport;
import vn.dti.dashboard.dashboard.DashboardService.GroupCount;
import vn.dti.dashboard.dashboard.DashboardService.ReportState;
import vn.dti.dashboard.dashboard.DashboardService.ReportingStatus;
import vn.dti.dashboard.dashboard.DashboardService.StatusRow;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * "Tình hình báo cáo": the reporting units × months, on time, late, missing or resubmitted, with counts per
 * district for the latest month and a filter for the units behind; what the committee uses to chase them.
 */
@Route("tinh-hinh-bao-cao")
@Menu(order = 3, title = "dashboard.menu.status", icon = "vaadin:calendar-clock")
@PermitAll
class ReportingStatusView extends DashboardPage {

    static final String MONTHS = "months";
    static final String BEHIND = "behind";

    ReportingStatusView(DashboardService dashboards,
            org.springframework.beans.factory.ObjectProvider<vn.dti.dashboard.dashboard.DashboardFiles> files) {
        super(dashboards, files);
    }

    @Override
    String titleKey() {
        return "dashboard.status.title";
    }

    @Override
    void render(Selection s) {
        add(header(s, getTranslation("dashboard.status.heading", s.unit().name())));
        if (!dashboards.mayOpen(s.unit())) {
            add(empty("dashboard.detail.below.not-allowed"));
            return;
        }
        int months = parse(s.extra().get(MONTHS), 6);
        boolean onlyBehind = "true".equals(s.extra().get(BEHIND));
        YearMonth last = s.period().lastMonth();
        ReportingStatus status = dashboards.reportingStatus(s.unit(), last, months, onlyBehind);

        Select<Integer> span = new Select<>();
        span.setId("status-months");
        span.setLabel(getTranslation("dashboard.status.months"));
        span.setItems(3, 6, 12);
        span.setItemLabelGenerator(n -> getTranslation("dashboard.status.months.n", n));
        span.setValue(List.of(3, 6, 12).contains(months) ? months : 6);
        span.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(s, e.getValue(), onlyBehind);
            }
        });
        Checkbox behind = new Checkbox(getTranslation("dashboard.status.only-behind"), onlyBehind);
        behind.setId("status-only-behind");
        behind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(s, months, e.getValue());
            }
        });
        HorizontalLayout tools = new HorizontalLayout(span, behind);
        tools.setAlignItems(Alignment.BASELINE);
        add(tools);

        add(new H3(getTranslation("dashboard.status.groups", String.format("%02d/%d", last.getMonthValue(),
                last.getYear()))));
        Grid<GroupCount> groups = new Grid<>();
        groups.setId("status-groups");
        groups.addThemeVariants(GridVariant.LUMO_COMPACT);
        groups.addColumn(g -> g.group().name()).setHeader(getTranslation("dashboard.column.group")).setFlexGrow(3);
        groups.addColumn(GroupCount::units).setHeader(getTranslation("dashboard.column.units"))
                .setTextAlign(ColumnTextAlign.END);
        groups.addColumn(GroupCount::onTime).setHeader(getTranslation("dashboard.state.on_time"))
                .setTextAlign(ColumnTextAlign.END);
        groups.addColumn(GroupCount::late).setHeader(getTranslation("dashboard.state.late"))
                .setTextAlign(ColumnTextAlign.END);
        groups.addColumn(GroupCount::missing).setHeader(getTranslation("dashboard.state.missing"))
                .setTextAlign(ColumnTextAlign.END);
        groups.addColumn(GroupCount::resubmitted).setHeader(getTranslation("dashboard.state.resubmitted"))
                .setTextAlign(ColumnTextAlign.END);
        groups.setItems(status.groups());
        groups.setAllRowsVisible(true);
        add(groups, tableDownloads("groups-export", () -> groupsTable(s, status, last)));

        add(new H3(getTranslation("dashboard.status.matrix")));
        if (status.rows().isEmpty()) {
            add(empty(onlyBehind ? "dashboard.status.none-behind" : "dashboard.status.no-units"));
            return;
        }
        Grid<StatusRow> matrix = new Grid<>();
        matrix.setId("status-matrix");
        matrix.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        matrix.addComponentColumn(r -> link(r.unit().name(), UnitProfileView.class, r.unit(), s.period(), null))
                .setHeader(getTranslation("dashboard.column.unit")).setFlexGrow(3).setFrozen(true);
        matrix.addColumn(r -> r.group().name()).setHeader(getTranslation("dashboard.column.group")).setFlexGrow(2);
        for (int i = 0; i < status.months().size(); i++) {
            int index = i;
            YearMonth month = status.months().get(i);
            matrix.addComponentColumn(r -> Figures.state(r.months().get(index).state(),
                    r.months().get(index).resubmitted(), this))
                    .setHeader(String.format("%02d/%d", month.getMonthValue(), month.getYear())).setFlexGrow(1);
        }
        matrix.addColumn(r -> r.count(ReportState.LATE) + r.count(ReportState.MISSING))
                .setHeader(getTranslation("dashboard.column.behind-count")).setTextAlign(ColumnTextAlign.END);
        matrix.setItems(status.rows());
        matrix.setAllRowsVisible(status.rows().size() <= 200);
        matrix.setHeight(status.rows().size() <= 200 ? null : "36rem");
        add(matrix, tableDownloads("status-export", () -> matrixTable(s, status, months, onlyBehind)),
                new Paragraph(getTranslation("dashboard.status.legend")));
    }

    /** The counts per district of the latest month, as shown. */
    private DashboardFiles.Table groupsTable(Selection s, ReportingStatus status, YearMonth last) {
        List<List<?>> rows = new ArrayList<>();
        for (GroupCount g : status.groups()) {
            rows.add(List.of(g.group().code(), g.group().name(), g.units(), g.onTime(), g.late(), g.missing(),
                    g.resubmitted()));
        }
        return new DashboardFiles.Table("TinhHinhBaoCao_TongHop_" + s.unit().code() + "_" + last,
                getTranslation("dashboard.status.groups", String.format("%02d/%d", last.getMonthValue(), last.getYear())),
                List.of(column("dashboard.column.unit-code", "group", Kind.TEXT, 10),
                        column("dashboard.column.group", "name", Kind.TEXT, 30),
                        column("dashboard.column.units", "units", Kind.COUNT, 10),
                        column("dashboard.state.on_time", "onTime", Kind.COUNT, 10),
                        column("dashboard.state.late", "late", Kind.COUNT, 10),
                        column("dashboard.state.missing", "missing", Kind.COUNT, 10),
                        column("dashboard.state.resubmitted", "resubmitted", Kind.COUNT, 10)),
                rows, facts(s), null);
    }

    /** The matrix as shown, with its filters (months shown, only units behind) on the metadata sheet. */
    private DashboardFiles.Table matrixTable(Selection s, ReportingStatus status, int months, boolean onlyBehind) {
        List<DashboardFiles.Column> columns = new ArrayList<>(List.of(
                column("dashboard.column.unit-code", "unit", Kind.TEXT, 10),
                column("dashboard.column.unit", "name", Kind.TEXT, 34),
                column("dashboard.column.group", "group", Kind.TEXT, 26)));
        for (YearMonth month : status.months()) {
            columns.add(new DashboardFiles.Column(String.format("%02d/%d", month.getMonthValue(), month.getYear()),
                    month.toString(), Kind.TEXT, 14));
        }
        columns.add(column("dashboard.column.behind-count", "behind", Kind.COUNT, 12));
        List<List<?>> rows = new ArrayList<>();
        for (StatusRow r : status.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.unit().code(), r.unit().name(), r.group().name()));
            r.months().forEach(m -> row.add(Figures.state(m.state(), m.resubmitted(), this).getText()));
            row.add(r.count(ReportState.LATE) + r.count(ReportState.MISSING));
            rows.add(row);
        }
        List<DashboardFiles.Fact> facts = facts(s);
        facts.add(new DashboardFiles.Fact(getTranslation("dashboard.status.months"),
                getTranslation("dashboard.status.months.n", months)));
        facts.add(new DashboardFiles.Fact(getTranslation("dashboard.status.only-behind"),
                getTranslation(onlyBehind ? "dashboard.export.yes" : "dashboard.export.no")));
        facts.add(new DashboardFiles.Fact(getTranslation("dashboard.export.fact.legend"),
                getTranslation("dashboard.status.legend")));
        YearMonth last = s.period().lastMonth();
        return new DashboardFiles.Table("TinhHinhBaoCao_" + s.unit().code() + "_" + last,
                getTranslation("dashboard.status.heading", s.unit().name()), columns, rows, facts,
                status.rows().stream().flatMap(r -> r.months().stream()).map(MonthReport::latest)
                        .filter(java.util.Objects::nonNull).max(java.time.Instant::compareTo).orElse(null));
    }

    private void navigate(Selection s, int months, boolean onlyBehind) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put(MONTHS, String.valueOf(months));
        if (onlyBehind) {
            extra.put(BEHIND, "true");
        }
        com.vaadin.flow.component.UI.getCurrent().navigate(ReportingStatusView.class,
                parameters(s.unit(), ReportingPeriod.ofMonth(s.period().lastMonth()), null, extra));
    }

    private static int parse(String text, int fallback) {
        try {
            return text == null ? fallback : Math.max(1, Math.min(24, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
