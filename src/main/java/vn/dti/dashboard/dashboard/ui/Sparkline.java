package vn.dti.dashboard.dashboard.ui;

import com.vaadin.flow.component.Html;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.rollup.RolledValue;

/**
 * A small trend line drawn as inline SVG on the server: a dozen of them on a card grid or 40 in a unit's
 * profile cost no script and no canvas. Gaps (months without a report) break the line. Its label reads the
 * figures out, for screen readers and as the table alternative of so small a chart.
 */
final class Sparkline {

    private static final int WIDTH = 120;
    private static final int HEIGHT = 28;

    private Sparkline() {
    }

    static Html of(List<RolledValue> trend, IndicatorSummary indicator, Locale locale) {
        List<@Nullable BigDecimal> values = trend.stream().map(RolledValue::value).toList();
        StringBuilder label = new StringBuilder();
        for (RolledValue v : trend) {
            if (v.value() != null) {
                label.append(label.isEmpty() ? "" : "; ").append(v.period()).append(": ")
                        .append(Figures.value(v.value(), indicator, locale));
            }
        }
        return new Html("<svg class=\"dti-sparkline\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" role=\"img\" aria-label=\"" + escape(label.toString()) + "\">"
                + paths(values) + "</svg>");
    }

    /** One polyline per run of months with values. */
    static String paths(List<@Nullable BigDecimal> values) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (BigDecimal v : values) {
            if (v != null) {
                min = Math.min(min, v.doubleValue());
                max = Math.max(max, v.doubleValue());
            }
        }
        if (min == Double.MAX_VALUE) {
            return "";
        }
        double range = max - min == 0 ? 1 : max - min;
        double step = values.size() <= 1 ? 0 : (WIDTH - 4.0) / (values.size() - 1);
        StringBuilder svg = new StringBuilder();
        List<String> run = new ArrayList<>();
        String last = null;
        for (int i = 0; i <= values.size(); i++) {
            BigDecimal v = i < values.size() ? values.get(i) : null;
            if (v != null) {
                double x = 2 + i * step;
                double y = HEIGHT - 3 - (v.doubleValue() - min) / range * (HEIGHT - 6);
                last = String.format(Locale.ROOT, "%.1f,%.1f", x, y);
                run.add(last);
            } else if (!run.isEmpty()) {
                svg.append(run.size() == 1
                        ? "<circle cx=\"" + run.getFirst().split(",")[0] + "\" cy=\"" + run.getFirst().split(",")[1]
                                + "\" r=\"1.5\"/>"
                        : "<polyline fill=\"none\" points=\"" + String.join(" ", run) + "\"/>");
                run.clear();
            }
        }
        if (last != null) {
            svg.append("<circle class=\"dti-sparkline-last\" cx=\"").append(last.split(",")[0]).append("\" cy=\"")
                    .append(last.split(",")[1]).append("\" r=\"2.5\"/>");
        }
        return svg.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
