package vn.dti.dashboard.shared.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.xdev.chartjs.model.charts.Chart;

/**
 * A Chart.js chart: the configuration is built in Java with chartjs-java-model and drawn in the browser by
 * {@code frontend/charts/dti-charts.js}, which adds what JSON cannot carry (number notation of the UI's
 * language with the unit after the number, clicks on bars and points, the PNG export). Give it a height (the
 * {@code dti-chart} class has a default); Chart.js fills its parent.
 */
@JavaScript(ChartCanvas.CHART_JS)
@JavaScript(ChartCanvas.GLUE_JS)
public class ChartCanvas extends Div {

    /** Chart.js from its webjar; the version is the pom's {@code chartjs.version}. */
    static final String CHART_JS = "context://webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    static final String GLUE_JS = "context://dti/charts/dti-charts.js";

    /** A click on a bar or point: which dataset, which position along the category axis. */
    public record PointClick(int dataset, int index) {
    }

    /**
     * What the downloaded picture says about itself.
     *
     * @param subtitle e.g. the unit of measure, the unit and the period
     * @param source   e.g. "Nguồn: báo cáo của các đơn vị, cập nhật 24/11/2026"
     */
    public record PngLabels(String title, String subtitle, String source, String fileName) {
    }

    private final List<Consumer<PointClick>> clickListeners = new ArrayList<>();
    private @Nullable String configuration;

    public ChartCanvas() {
        addClassName("dti-chart");
        getElement().appendChild(new Element("canvas"));
        getElement().setAttribute("role", "img");
    }

    /**
     * Draws the chart, replacing what was drawn before.
     *
     * @param valueSuffix written after every value on the axis and in tooltips, e.g. " %"; null for none
     * @param label       what the chart shows, for screen readers (the data table next to it has the figures)
     */
    public void show(Chart<?, ?, ?> chart, Locale locale, @Nullable String valueSuffix, String label) {
        getElement().setAttribute("aria-label", label);
        configuration = chart.toJson();
        getElement().executeJs("window.dtiCharts.render(this, $0, $1, $2)", configuration, languageTag(locale),
                valueSuffix == null ? "" : valueSuffix);
    }

    /** The JSON configuration last sent to the browser (what tests compare with the figures); null before. */
    public @Nullable String configuration() {
        return configuration;
    }

    /** Bars and points become clickable (the pointer shows it) and clicks reach the listener. */
    public void addPointClickListener(Consumer<PointClick> listener) {
        clickListeners.add(listener);
        getElement().setAttribute("data-clickable", "true");
    }

    /** Starts the browser's download of the chart as a PNG at twice its size, on white, with the labels. */
    public void downloadPng(PngLabels labels) {
        getElement().executeJs("window.dtiCharts.downloadPng(this, {title: $0, subtitle: $1, source: $2, "
                + "fileName: $3})", labels.title(), labels.subtitle(), labels.source(), labels.fileName());
    }

    @ClientCallable
    void pointClicked(int dataset, int index) {
        PointClick click = new PointClick(dataset, index);
        List.copyOf(clickListeners).forEach(listener -> listener.accept(click));
    }

    /** vi-VN writes 1.234.567 and 10,4; en-US 1,234,567 and 10.4. */
    static String languageTag(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en-US" : "vi-VN";
    }
}
