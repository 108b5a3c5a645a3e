package vn.dti.dashboard.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The chart component's server side: what it loads, the canvas it draws on, and clicks. */
class ChartCanvasTest {

    @Test
    void chart_js_and_the_glue_script_are_on_the_classpath_where_the_component_loads_them() {
        // context://webjars/… is served from META-INF/resources/webjars; context://dti/… from frontend/.
        assertThat(getClass().getResource("/META-INF/resources/" + ChartCanvas.CHART_JS.substring("context://".length())))
                .as("the Chart.js webjar of the version the component names").isNotNull();
        assertThat(getClass().getResource("/META-INF/resources/" + ChartCanvas.GLUE_JS.substring("context://".length())))
                .as("frontend/charts/dti-charts.js copied into the jar").isNotNull();
    }

    @Test
    void it_draws_on_its_own_canvas_and_clicks_reach_every_listener_only_once_clickable() {
        ChartCanvas chart = new ChartCanvas();
        assertThat(chart.getElement().getChildren()).singleElement()
                .satisfies(child -> assertThat(child.getTag()).isEqualTo("canvas"));
        assertThat(chart.getElement().hasAttribute("data-clickable")).isFalse();

        List<ChartCanvas.PointClick> clicks = new ArrayList<>();
        chart.addPointClickListener(clicks::add);
        chart.addPointClickListener(clicks::add);
        chart.pointClicked(0, 3);

        assertThat(chart.getElement().getAttribute("data-clickable")).isEqualTo("true");
        assertThat(clicks).containsExactly(new ChartCanvas.PointClick(0, 3), new ChartCanvas.PointClick(0, 3));
    }

    @Test
    void numbers_follow_the_language_of_the_ui() {
        assertThat(ChartCanvas.languageTag(Locale.forLanguageTag("vi"))).isEqualTo("vi-VN");
        assertThat(ChartCanvas.languageTag(Locale.ENGLISH)).isEqualTo("en-US");
        assertThat(ChartCanvas.languageTag(Locale.GERMAN)).isEqualTo("vi-VN");
    }
}
