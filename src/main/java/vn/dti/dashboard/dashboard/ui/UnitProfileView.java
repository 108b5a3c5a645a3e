package vn.dti.dashboard.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.dti.dashboard.dashboard.DashboardFiles;
import vn.dti.dashboard.dashboard.DashboardFiles.Kind;
import vn.dti.dashboard.dashboard.DashboardService;
import vn.dti.dashboard.dashboard.DashboardService.MonthReport;
import vn.dti.dashboard.dashboard.DashboardService.ProfileRow;
import vn.dti.dashboard.dashboard.DashboardService.UnitProfile;

/**
 * All indicators of one unit for a period: value, target, status, rank among its peers, the parent's value
 * and a trend of months; below, the unit's own reports of the last months.
 */
@Route("ho-so-don-vi")
@Menu(order = 2, title = "dashboard.menu.profile", icon = "vaadin:building")
@PermitAll
class UnitProfileView extends DashboardPage {

    UnitProfileView(DashboardService dashboards,
            org.springframework.beans.factory.ObjectProvider<vn.dti.dashboard.dashboard.DashboardFiles> files) {
        super(dashboards, files);
    }

    @Override
    String titleKey() {
        return "dashboard.profile.title";
    }

    @Override
    void render(Selection s) {
        Locale locale = getLocale();
        add(header(s, getTranslation("dashboard.profile.heading", s.unit().name(), s.period().label(locale))));
        if (!dashboards.mayOpen(s.unit())) {
            add(empty("dashboard.detail.below.not-allowed"));
            return;
        }
        UnitProfile profile = dashboards.profile(s.unit(), s.period());
        if (profile.rows().stream().allMatch(r -> r.value().value() == null)) {
            add(empty("dashboard.overview.no-data", s.period().label(locale)));
        }
        Grid<ProfileRow> grid = new Grid<>();
        grid.setId("profile-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(r -> link(r.indicator().name(locale), IndicatorView.class, s.unit(), s.period(),
                r.indicator())).setHeader(getTranslation("dashboard.column.indicator")).setFlexGrow(4);
        grid.addColumn(r -> Figures.value(r.value().value(), r.indicator(), locale))
                .setHeader(getTranslation("dashboard.column.value")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Figures.isPercent(r.indicator()) ? "%" : Figures.unitOf(r.indicator(), this))
                .setHeader(getTranslation("dashboard.column.unit-of-measure"));
        grid.addColumn(r -> r.target() == null ? "" : Figures.value(r.target().value(), r.indicator(), locale))
                .setHeader(getTranslation("dashboard.column.target")).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(r -> Figures.status(r.check(), this)).setHeader(getTranslation("dashboard.column.status"));
        grid.addColumn(r -> r.rank() == null ? "—" : r.rank() + "/" + r.peers())
                .setHeader(getTranslation("dashboard.column.rank-peers")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.parent() == null ? "" : Figures.value(r.parent().value(), r.indicator(), locale))
                .setHeader(getTranslation("dashboard.column.parent")).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(r -> Sparkline.of(r.trend(), r.indicator(), locale))
                .setHeader(getTranslation("dashboard.column.trend")).setWidth("9rem").setFlexGrow(0);
        grid.setItems(profile.rows());
        grid.setAllRowsVisible(true);
        add(grid, tableDownloads("profile-export", () -> profileTable(s, profile)));

        add(new H3(getTranslation("dashboard.profile.history")));
        Grid<MonthReport> history = new Grid<>();
        history.setId("profile-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(m -> String.format("%02d/%d", m.month().getMonthValue(), m.month().getYear()))
                .setHeader(getTranslation("dashboard.column.month"));
        history.addComponentColumn(m -> Figures.state(m.state(), m.resubmitted(), this))
                .setHeader(getTranslation("dashboard.column.state"));
        history.addColumn(m -> Figures.dateTime(m.first(), this)).setHeader(getTranslation("dashboard.column.first"));
        history.addColumn(m -> Figures.dateTime(m.latest(), this)).setHeader(getTranslation("dashboard.column.latest"));
        history.addColumn(MonthReport::versions).setHeader(getTranslation("dashboard.column.versions"))
                .setTextAlign(ColumnTextAlign.END);
        history.setItems(profile.history().reversed());
        history.setAllRowsVisible(true);
        add(history, tableDownloads("history-export", () -> historyTable(s, profile)));
    }

    /** The unit's reporting history as shown, newest month first. */
    private DashboardFiles.Table historyTable(Selection s, UnitProfile profile) {
        List<List<?>> rows = new ArrayList<>();
        for (MonthReport m : profile.history().reversed()) {
            rows.add(Arrays.asList(String.format("%02d/%d", m.month().getMonthValue(), m.month().getYear()),
                    Figures.state(m.state(), m.resubmitted(), this).getText(), Figures.dateTime(m.first(), this),
                    Figures.dateTime(m.latest(), this), m.versions()));
        }
        return new DashboardFiles.Table("LichSuBaoCao_" + s.unit().code() + "_" + s.period(),
                getTranslation("dashboard.profile.history"),
                List.of(column("dashboard.column.month", "month", Kind.TEXT, 10),
                        column("dashboard.column.state", "state", Kind.TEXT, 16),
                        column("dashboard.column.first", "first", Kind.TEXT, 18),
                        column("dashboard.column.latest", "latest", Kind.TEXT, 18),
                        column("dashboard.column.versions", "versions", Kind.COUNT, 12)),
                rows, facts(s), profile.history().stream().map(MonthReport::latest)
                        .filter(java.util.Objects::nonNull).max(java.time.Instant::compareTo).orElse(null));
    }

    /** The profile table as shown: the indicators in the same order, numbers as numbers. */
    private DashboardFiles.Table profileTable(Selection s, UnitProfile profile) {
        Locale locale = getLocale();
        List<List<?>> rows = new ArrayList<>();
        for (ProfileRow r : profile.rows()) {
            rows.add(Arrays.asList(r.indicator().code(), r.indicator().name(locale), r.value().value(),
                    Figures.isPercent(r.indicator()) ? "%" : Figures.unitOf(r.indicator(), this),
                    r.target() == null ? null : r.target().value(), Figures.status(r.check(), this).getText(),
                    r.rank(), r.rank() == null ? null : r.peers(), r.parent() == null ? null : r.parent().value(),
                    r.value().reportedUnits(), r.value().expectedUnits()));
        }
        return new DashboardFiles.Table("HoSo_" + s.unit().code() + "_" + s.period(),
                getTranslation("dashboard.profile.heading", s.unit().name(), s.period().label(locale)),
                List.of(column("dashboard.column.code", "indicator", Kind.TEXT, 26),
                        column("dashboard.column.indicator", "name", Kind.TEXT, 48),
                        column("dashboard.column.value", "value", Kind.NUMBER, 14),
                        column("dashboard.column.unit-of-measure", "unit", Kind.TEXT, 12),
                        column("dashboard.column.target", "target", Kind.NUMBER, 12),
                        column("dashboard.column.status", "status", Kind.TEXT, 16),
                        column("dashboard.column.rank", "rank", Kind.COUNT, 8),
                        column("dashboard.column.peers", "peers", Kind.COUNT, 10),
                        column("dashboard.column.parent", "parent", Kind.NUMBER, 14),
                        column("dashboard.column.reported-units", "reportedUnits", Kind.COUNT, 10),
                        column("dashboard.column.expected-units", "expectedUnits", Kind.COUNT, 10)),
                rows, facts(s), profile.rows().stream().map(r -> r.value().latestReportAt())
                        .filter(java.util.Objects::nonNull).max(java.time.Instant::compareTo).orElse(null));
    }
}
