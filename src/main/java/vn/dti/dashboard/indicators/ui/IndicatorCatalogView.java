package vn.dti.dashboard.indicators.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.indicators.IndicatorDetails;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.NationalTarget;
import vn.dti.dashboard.indicators.Pillar;
import vn.dti.dashboard.indicators.TargetComparison;
import vn.dti.dashboard.indicators.ValueType;

/**
 * "Chỉ tiêu": the catalogue as a table with a pillar filter and a search that ignores diacritics, and
 * next to it everything about the selected indicator, so that an official can see how a figure on a
 * dashboard is computed (formula, roll-up over units and over time) and what it is measured against.
 */
@Route("chi-tieu")
@Menu(order = 11, title = "indicators.menu", icon = "vaadin:list")
@PermitAll
public class IndicatorCatalogView extends VerticalLayout implements HasDynamicTitle {

    private final IndicatorService service;
    private final Map<String, IndicatorSummary> byCode;
    private final int total;

    private final Grid<IndicatorSummary> grid = new Grid<>();
    private final ComboBox<Pillar> pillarFilter = new ComboBox<>();
    private final TextField search = new TextField();
    private final Span count = new Span();
    private final Div details = new Div();

    IndicatorCatalogView(IndicatorService service) {
        this.service = service;
        List<IndicatorSummary> catalogue = service.catalogue();
        this.byCode = catalogue.stream().collect(Collectors.toMap(IndicatorSummary::code, Function.identity()));
        this.total = catalogue.size();

        setSizeFull();
        addClassName("dti-page");

        H2 title = new H2(getTranslation("indicators.title"));
        title.addClassName("dti-page-title");
        Paragraph intro = new Paragraph(getTranslation("indicators.intro"));
        intro.addClassName("dti-summary");

        pillarFilter.setId("pillar-filter");
        pillarFilter.setLabel(getTranslation("indicators.filter.pillar"));
        pillarFilter.setPlaceholder(getTranslation("indicators.filter.pillar.all"));
        pillarFilter.setItems(Pillar.values());
        pillarFilter.setItemLabelGenerator(this::pillarLabel);
        pillarFilter.setClearButtonVisible(true);
        pillarFilter.setWidth("18rem");
        pillarFilter.addValueChangeListener(e -> refresh());

        search.setId("indicator-search");
        search.setLabel(getTranslation("indicators.filter.search"));
        search.setPlaceholder(getTranslation("indicators.filter.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22rem");
        search.addValueChangeListener(e -> refresh());

        count.setId("indicator-count");
        count.addClassName("dti-summary");
        HorizontalLayout toolbar = new HorizontalLayout(pillarFilter, search, count);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("dti-toolbar");

        configureGrid();

        details.setId("indicator-details");
        details.addClassName("dti-indicator-details");
        Scroller detailsScroller = new Scroller(details);
        detailsScroller.setSizeFull();

        SplitLayout split = new SplitLayout(grid, detailsScroller);
        split.setSizeFull();
        split.setSplitterPosition(66);

        add(title, intro, toolbar, split);
        expand(split);

        showDetails(null);
        refresh();
    }

    private void configureGrid() {
        grid.setId("indicator-grid");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // The name carries the meaning, so it gets the room; codes are long (up to 35 characters) but
        // readable in a fixed column, the other columns are short labels.
        grid.addColumn(IndicatorSummary::code).setKey("code")
                .setHeader(getTranslation("indicators.column.code")).setWidth("17rem").setFlexGrow(0)
                .setResizable(true).setSortable(true).setTooltipGenerator(IndicatorSummary::code);
        grid.addColumn(i -> i.name(getLocale())).setKey("name")
                .setHeader(getTranslation("indicators.column.name")).setWidth("24rem").setFlexGrow(3)
                .setResizable(true).setSortable(true).setTooltipGenerator(i -> i.name(getLocale()));
        grid.addColumn(i -> pillarLabel(i.pillar())).setKey("pillar")
                .setHeader(getTranslation("indicators.column.pillar")).setWidth("11rem").setFlexGrow(0)
                .setResizable(true).setSortable(true);
        grid.addColumn(i -> unitLabel(i.unit())).setKey("unit")
                .setHeader(getTranslation("indicators.column.unit")).setWidth("9rem").setFlexGrow(0)
                .setResizable(true).setTooltipGenerator(i -> unitLabel(i.unit()));
        grid.addColumn(i -> getTranslation("indicators.value-type." + i.valueType().code())).setKey("valueType")
                .setHeader(getTranslation("indicators.column.value-type")).setWidth("7rem").setFlexGrow(0)
                .setResizable(true).setSortable(true);
        grid.addColumn(i -> getTranslation("indicators.agg-units." + i.aggUnits().code()) + " / "
                        + getTranslation("indicators.agg-time." + i.aggTime().code())).setKey("aggregation")
                .setHeader(getTranslation("indicators.column.aggregation")).setWidth("16rem").setFlexGrow(0)
                .setResizable(true);
        grid.addColumn(i -> i.nationalTarget() == null ? "" : i.nationalTarget()).setKey("nationalTarget")
                .setHeader(getTranslation("indicators.column.national-target")).setWidth("16rem").setFlexGrow(1)
                .setResizable(true).setTooltipGenerator(i -> i.nationalTarget() == null ? "" : i.nationalTarget());
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
    }

    private void refresh() {
        List<IndicatorSummary> shown = service.search(pillarFilter.getValue(), search.getValue());
        grid.setItems(shown);
        count.setText(getTranslation("indicators.count", String.valueOf(shown.size()), String.valueOf(total)));
        showDetails(null);
    }

    private void showDetails(@Nullable IndicatorSummary selected) {
        details.removeAll();
        if (selected == null) {
            Paragraph hint = new Paragraph(getTranslation("indicators.details.empty"));
            hint.addClassName("dti-summary");
            details.add(hint);
            return;
        }
        IndicatorDetails full = service.find(selected.code()).orElse(null);
        if (full == null) {
            // Another session may have removed it in the meantime; nothing sensible to show.
            details.add(new Paragraph(getTranslation("indicators.details.gone", selected.code())));
            return;
        }
        IndicatorSummary indicator = full.indicator();
        Locale locale = getLocale();
        boolean english = "en".equals(locale.getLanguage());

        H3 name = new H3(indicator.name(locale));
        Span code = new Span(indicator.code());
        code.setId("indicator-code");
        code.addClassName("dti-summary");

        DescriptionList list = new DescriptionList();
        item(list, "indicators.details.other-name", text(english ? indicator.nameVi() : indicator.nameEn()));
        item(list, "indicators.details.pillar", text(pillarLabel(indicator.pillar())));
        item(list, "indicators.details.type", text(getTranslation("indicators.value-type."
                + indicator.valueType().code()) + ", " + unitLabel(indicator.unit())));
        Span formula = new Span(formula(indicator));
        formula.setId("indicator-formula");
        item(list, "indicators.details.formula", formula);
        item(list, "indicators.details.agg-units", text(getTranslation("indicators.agg-units."
                + indicator.aggUnits().code() + ".explain")));
        item(list, "indicators.details.agg-time", text(getTranslation("indicators.agg-time."
                + indicator.aggTime().code() + ".explain")));
        item(list, "indicators.details.levels", text(indicator.levels().stream()
                .map(l -> getTranslation("indicators.level." + l.code())).collect(Collectors.joining(", "))));
        item(list, "indicators.details.direction", text(getTranslation("indicators.direction."
                + indicator.direction().code())));
        item(list, "indicators.details.role", text(getTranslation("indicators.role." + indicator.role().code())));
        item(list, "indicators.details.national-target", text(indicator.nationalTarget() == null
                ? getTranslation("indicators.details.none") : indicator.nationalTarget()));
        item(list, "indicators.details.targets", targets(indicator, full.targets()));
        optionalItem(list, "indicators.details.target-source", full.targetSource());
        optionalItem(list, "indicators.details.definition-source", full.definitionSource());
        optionalItem(list, "indicators.details.seed-evidence", full.seedEvidence());
        optionalItem(list, "indicators.details.notes", full.notes());
        details.add(name, code, list);
    }

    /** "Numerator name (CODE) / Denominator name (CODE) × 100" for ratios; otherwise what the value is. */
    private String formula(IndicatorSummary indicator) {
        if (indicator.isRatioOfCounts()) {
            return getTranslation("indicators.formula.ratio", part(indicator.numeratorCode()),
                    part(indicator.denominatorCode()));
        }
        return switch (indicator.valueType()) {
            case COUNT -> getTranslation("indicators.formula.count");
            case RATIO -> getTranslation("indicators.formula.ratio-reported");
            case INDEX, RANK -> getTranslation("indicators.formula.external");
        };
    }

    private String part(@Nullable String code) {
        IndicatorSummary part = code == null ? null : byCode.get(code);
        if (part == null) {
            return String.valueOf(code);
        }
        return part.name(getLocale()) + " (" + part.code() + ")";
    }

    private Component targets(IndicatorSummary indicator, List<NationalTarget> targets) {
        if (targets.isEmpty()) {
            Span none = new Span(getTranslation("indicators.details.none"));
            none.setId("indicator-targets");
            return none;
        }
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        String unit = indicator.valueType() == ValueType.RATIO ? " %" : " " + unitLabel(indicator.unit());
        UnorderedList list = new UnorderedList();
        list.setId("indicator-targets");
        for (NationalTarget target : targets) {
            String line = getTranslation("indicators.target.line", String.valueOf(target.year()),
                    comparison(target.comparison()), number.format(target.target()) + unit,
                    getTranslation("indicators.scope." + target.scope().code()));
            ListItem item = new ListItem(new Span(line));
            String source = joinNonNull(target.source(), target.note());
            if (!source.isEmpty()) {
                Span small = new Span(" — " + source);
                small.addClassName("dti-summary");
                item.add(small);
            }
            list.add(item);
        }
        return list;
    }

    private String comparison(TargetComparison comparison) {
        return getTranslation("indicators.comparison." + comparison.code());
    }

    private static String joinNonNull(@Nullable String first, @Nullable String second) {
        if (first == null) {
            return second == null ? "" : second;
        }
        return second == null ? first : first + "; " + second;
    }

    private void item(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private void optionalItem(DescriptionList list, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            item(list, key, text(value));
        }
    }

    private static Span text(String value) {
        return new Span(value);
    }

    private String pillarLabel(Pillar pillar) {
        return getTranslation("indicators.pillar." + pillar.code());
    }

    /**
     * The catalogue writes units in English ("dossiers", "billion VND"); the bundles translate the ones
     * it uses. A unit added later without a translation is shown as written rather than as a key.
     */
    private String unitLabel(String unit) {
        String key = "indicators.unit." + unit.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String label = getTranslation(key);
        return label.startsWith("!") ? unit : label;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.title") + " | " + getTranslation("shared.app.title");
    }
}
