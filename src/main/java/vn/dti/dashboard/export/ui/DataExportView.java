package vn.dti.dashboard.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.dti.dashboard.dashboard.DashboardFiles.DashboardFile;
import vn.dti.dashboard.dashboard.DashboardService;
import vn.dti.dashboard.export.DataExport;
import vn.dti.dashboard.export.DataExport.Request;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.rollup.RollupService.Depth;
import vn.dti.dashboard.rollup.RollupService.SliceRow;
import vn.dti.dashboard.shared.api.ApiException;

/**
 * "Xuất dữ liệu": an analyst picks indicators, a unit, a range of months and how deep below the unit to go,
 * sees the first rows, and downloads the whole slice as XLSX or CSV (streamed; one row per month, unit and
 * indicator). The server checks the unit scope again when the file is made, whatever the form offered.
 */
@Route("xuat-du-lieu")
@Menu(order = 4, title = "export.ui.menu", icon = "vaadin:download")
@PermitAll
class DataExportView extends VerticalLayout implements HasDynamicTitle {

    static final int PREVIEW_ROWS = 100;

    private final DataExport exports;
    final MultiSelectComboBox<IndicatorSummary> indicators = new MultiSelectComboBox<>();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final Select<YearMonth> from = new Select<>();
    final Select<YearMonth> to = new Select<>();
    final RadioButtonGroup<Depth> depth = new RadioButtonGroup<>();
    final Grid<SliceRow> preview = new Grid<>();
    final Span problem = new Span();
    final Paragraph size = new Paragraph();

    DataExportView(DataExport exports, DashboardService dashboards) {
        this.exports = exports;
        addClassName("dti-page");
        Locale locale = getLocale();
        H2 title = new H2(getTranslation("export.ui.title"));
        title.addClassName("dti-page-title");
        add(title, new Paragraph(getTranslation("export.ui.intro")));

        List<IndicatorSummary> choices = exports.indicators();
        indicators.setId("data-indicators");
        indicators.setLabel(getTranslation("export.ui.indicators"));
        indicators.setItems(choices);
        indicators.setItemLabelGenerator(i -> i.code() + " – " + i.name(locale));
        indicators.setWidth("40rem");
        choices.stream().filter(i -> List.of("DOSSIERS_ONLINE_RATE", "EID_ACTIVATED").contains(i.code()))
                .forEach(i -> indicators.select(i));

        YearMonth latest = dashboards.latestMonth();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = latest.minusMonths(59); !m.isAfter(latest); m = m.plusMonths(1)) {
            months.add(m);
        }
        for (Select<YearMonth> month : List.of(from, to)) {
            month.setItems(months.reversed());
            month.setItemLabelGenerator(m -> String.format("%02d/%d", m.getMonthValue(), m.getYear()));
        }
        from.setId("data-from");
        from.setLabel(getTranslation("export.ui.from"));
        from.setValue(latest.minusMonths(11));
        to.setId("data-to");
        to.setLabel(getTranslation("export.ui.to"));
        to.setValue(latest);

        List<UnitSummary> units = exports.units(latest.atEndOfMonth());
        unit.setId("data-unit");
        unit.setLabel(getTranslation("export.ui.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.code() + " – " + u.name());
        unit.setWidth("24rem");
        if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
        depth.setId("data-depth");
        depth.setLabel(getTranslation("export.ui.depth"));
        depth.setItems(Depth.values());
        depth.setItemLabelGenerator(d -> getTranslation("export.data.depth." + d.name().toLowerCase(Locale.ROOT)));
        depth.setValue(Depth.CHILDREN);

        Button show = new Button(getTranslation("export.ui.preview"), e -> preview());
        show.setId("data-preview");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout downloads = new HorizontalLayout(show, download("xlsx"), download("csv"));
        downloads.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout range = new HorizontalLayout(unit, from, to);
        range.setAlignItems(FlexComponent.Alignment.BASELINE);
        problem.setId("data-problem");
        problem.addClassName("dti-error");
        size.setId("data-size");

        preview.setId("data-table");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.addColumn(r -> r.value().period()).setHeader(getTranslation("export.data.column.period"));
        preview.addColumn(r -> r.unit().code() + " – " + r.unit().name())
                .setHeader(getTranslation("export.data.column.unitName")).setFlexGrow(3);
        preview.addColumn(r -> r.value().indicator()).setHeader(getTranslation("export.data.column.indicator"))
                .setFlexGrow(2);
        preview.addColumn(r -> number(r.value().value())).setHeader(getTranslation("export.data.column.value"))
                .setTextAlign(ColumnTextAlign.END);
        preview.addColumn(r -> number(r.value().numerator())).setHeader(getTranslation("export.data.column.numerator"))
                .setTextAlign(ColumnTextAlign.END);
        preview.addColumn(r -> number(r.value().denominator()))
                .setHeader(getTranslation("export.data.column.denominator")).setTextAlign(ColumnTextAlign.END);
        preview.addColumn(r -> r.value().reportedUnits() + "/" + r.value().expectedUnits())
                .setHeader(getTranslation("export.data.column.reportedUnits")).setTextAlign(ColumnTextAlign.END);
        add(indicators, range, depth, downloads, problem, size, preview);
        preview();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.ui.title");
    }

    private String number(java.math.@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** What the form asks for, or null with the reason shown. */
    private @Nullable Request request() {
        String reason = incomplete();
        problem.setText(reason == null ? "" : getTranslation(reason));
        return reason == null ? current() : null;
    }

    /** The message key of what the form lacks, or null when it is complete. */
    private @Nullable String incomplete() {
        if (indicators.getValue().isEmpty()) {
            return "export.data.no-indicator";
        }
        if (unit.getValue() == null || from.getValue() == null || to.getValue() == null) {
            return "export.ui.incomplete";
        }
        return to.getValue().isBefore(from.getValue()) ? "export.ui.range" : null;
    }

    /** The form's question, read without changing the page (the download runs outside the page's round trip). */
    private @Nullable Request current() {
        if (incomplete() != null) {
            return null;
        }
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(indicators.getValue().stream()
                .sorted(java.util.Comparator.comparingInt(IndicatorSummary::sortOrder)).map(IndicatorSummary::code)
                .toList()));
        return new Request(codes, unit.getValue().code(), from.getValue().toString(), to.getValue().toString(),
                depth.getValue() == null ? Depth.CHILDREN : depth.getValue());
    }

    void preview() {
        Request request = request();
        if (request == null) {
            preview.setItems(List.of());
            size.setText("");
            return;
        }
        try {
            preview.setItems(exports.preview(request, PREVIEW_ROWS));
            size.setText(getTranslation("export.ui.size", PREVIEW_ROWS));
        } catch (ApiException e) {
            problem.setText(e.getMessage());
        } catch (AccessDeniedException e) {
            problem.setText(getTranslation("export.ui.not-allowed"));
        }
    }

    /** The whole slice as a file, for the form as it is when the link is followed. */
    private Anchor download(String format) {
        Locale locale = getLocale();
        Anchor link = new Anchor((DownloadHandler) event -> {
            Request request;
            event.getSession().lock();
            try {
                request = current();
            } finally {
                event.getSession().unlock();
            }
            if (request == null) {
                event.getResponse().setStatus(400);
                return;
            }
            DashboardFile file;
            try {
                file = exports.export(request, format, locale);
            } catch (ApiException e) {
                event.getResponse().setStatus(e.status().value());
                return;
            } catch (AccessDeniedException e) {
                event.getResponse().setStatus(403);
                return;
            }
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            try (OutputStream out = event.getOutputStream()) {
                file.body().writeTo(out);
            }
        }, getTranslation("export.ui.download." + format));
        link.setId("data-" + format);
        link.addClassName("dti-download");
        return link;
    }
}
