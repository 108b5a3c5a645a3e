package vn.dti.dashboard.dashboard.ui;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.charts.MixedChart;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.data.MixedData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.enums.IndexAxis;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * Chart.js configurations of the dashboards, built with chartjs-java-model: what is drawn is decided here in
 * Java; the browser glue only adds number notation, clicks and the PNG export.
 */
final class DashboardCharts {

    static final String VALUE_COLOUR = "#3b6ea8";
    static final String LAST_YEAR_COLOUR = "#9aa5b1";
    static final String TARGET_COLOUR = "#c53030";
    static final String PARENT_COLOUR = "#1a1a1a";

    private DashboardCharts() {
    }

    /** Labels for the datasets, in the UI's language. */
    record TrendLabels(String value, String lastYear, String target) {
    }

    /** The months of a unit: this year's line, last year's dashed grey line and the target as a dashed red line. */
    static LineChart trend(List<String> months, List<@Nullable BigDecimal> values, List<@Nullable BigDecimal> lastYear,
            List<@Nullable BigDecimal> target, TrendLabels labels) {
        LineData data = new LineData().setLabels(months);
        LineDataset current = new LineDataset().setLabel(labels.value());
        values.forEach(v -> current.addDataUnchecked(v));
        current.setBorderColor(VALUE_COLOUR).setBackgroundColor(VALUE_COLOUR).setBorderWidth(3).setSpanGaps(false);
        data.addDataset(current);
        if (lastYear.stream().anyMatch(v -> v != null)) {
            LineDataset previous = new LineDataset().setLabel(labels.lastYear());
            lastYear.forEach(v -> previous.addDataUnchecked(v));
            previous.setBorderColor(LAST_YEAR_COLOUR).setBackgroundColor(LAST_YEAR_COLOUR).setBorderWidth(2)
                    .setBorderDash(List.of(6, 4));
            data.addDataset(previous);
        }
        if (target.stream().anyMatch(v -> v != null)) {
            LineDataset goal = new LineDataset().setLabel(labels.target());
            target.forEach(v -> goal.addDataUnchecked(v));
            goal.setBorderColor(TARGET_COLOUR).setBackgroundColor(TARGET_COLOUR).setBorderWidth(2)
                    .setBorderDash(List.of(2, 3)).setStepped(Boolean.TRUE);
            data.addDataset(goal);
        }
        return new LineChart(data, new LineOptions()
                .setScales(new Scales().addScale(Scales.ScaleAxis.Y, new LinearScaleOptions().setBeginAtZero(true)))
                .setPlugins(new Plugins().setLegend(new LegendOptions().setDisplay(true).setPosition("bottom"))));
    }

    /**
     * The units one level down as horizontal bars coloured by status, best first, with the parent's value as
     * a line across them.
     */
    static MixedChart breakdown(List<String> units, List<@Nullable BigDecimal> values, List<String> colours,
            @Nullable BigDecimal parent, String valueLabel, String parentLabel) {
        MixedData data = new MixedData().setLabels(units);
        BarDataset bars = new BarDataset().setLabel(valueLabel);
        values.forEach(v -> bars.addDataUnchecked(v));
        bars.setBackgroundColor(List.<Object>copyOf(colours));
        data.addDataset(bars);
        if (parent != null) {
            LineDataset line = new LineDataset().setLabel(parentLabel);
            units.forEach(u -> line.addDataUnchecked(parent));
            line.setType("line");
            line.setBorderColor(PARENT_COLOUR).setBackgroundColor(PARENT_COLOUR).setBorderWidth(2)
                    .setBorderDash(List.of(6, 4)).setPointRadius(java.util.Collections.nCopies(units.size(), 0));
            data.addDataset(line);
        }
        MixedChart chart = new MixedChart().setType("bar");
        chart.setData(data);
        chart.setOptions(new BarOptions().setIndexAxis(IndexAxis.Y)
                .setScales(new Scales().addScale(Scales.ScaleAxis.X, new LinearScaleOptions().setBeginAtZero(true)))
                .setPlugins(new Plugins().setLegend(new LegendOptions().setDisplay(parent != null)
                        .setPosition("bottom"))));
        return chart;
    }
}
