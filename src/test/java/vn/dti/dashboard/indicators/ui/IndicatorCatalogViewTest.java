package vn.dti.dashboard.indicators.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.IndicatorsSpringTest;
import vn.dti.dashboard.indicators.Pillar;
import vn.dti.dashboard.shared.Messages;

/** The "Chỉ tiêu" page, driven on the server without a browser, in Vietnamese (the default language). */
@IndicatorsSpringTest
@ViewPackages(classes = IndicatorCatalogView.class)
@WithMockUser(username = "phantich", roles = "ANALYST")
class IndicatorCatalogViewTest extends SpringBrowserlessTest {

    private Grid<IndicatorSummary> grid;
    private ComboBox<Pillar> pillarFilter;
    private TextField search;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void open() {
        // The app's session listener picks Vietnamese from the (absent) language cookie; the browserless
        // session does not run it and would follow the JVM's locale, so set what a new user gets.
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
        navigate(IndicatorCatalogView.class);
        grid = find(Grid.class).id("indicator-grid");
        pillarFilter = find(ComboBox.class).id("pillar-filter");
        search = find(TextField.class).id("indicator-search");
    }

    @Test
    void the_grid_shows_the_whole_catalogue_in_catalogue_order() {
        assertThat(test(grid).size()).isEqualTo(75);
        assertThat(test(grid).getRow(0).code()).isEqualTo("DT_STEERING_MEETINGS");
        assertThat(test(grid).getRow(74).code()).isEqualTo("CITIZEN_APP_AVG_MINUTES_PER_DAY");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Số cuộc họp của Ban Chỉ đạo chuyển đổi số");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Nhận thức số");
        assertThat(find(Span.class).id("indicator-count").getText()).isEqualTo("Đang hiển thị 75 / 75 chỉ tiêu");
    }

    @Test
    void filtering_by_a_pillar_shows_only_its_indicators() {
        test(pillarFilter).selectItem("An toàn thông tin mạng");
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(IntStream.range(0, 3).mapToObj(i -> test(grid).getRow(i).code()))
                .containsExactly("INFO_SYSTEMS_TOTAL", "INFO_SYSTEMS_LEVEL_APPROVED", "INFO_SYSTEM_LEVEL_APPROVAL_RATE");

        test(pillarFilter).selectItem("Chính quyền số");
        assertThat(test(grid).size()).isEqualTo(31);

        test(pillarFilter).selectItem("Xã hội số");
        assertThat(test(grid).size()).isEqualTo(12);

        pillarFilter.clear();
        assertThat(test(grid).size()).isEqualTo(75);
    }

    @Test
    void the_search_ignores_case_and_vietnamese_diacritics() {
        test(search).setValue("ho so truc tuyen toan trinh");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).code()).isEqualTo("DOSSIERS_RECEIVED_ONLINE_FULL");
        assertThat(test(grid).getRow(1).code()).isEqualTo("DOSSIERS_ONLINE_FULL_RATE");

        // A pasted code finds that indicator, not every one sharing its words.
        test(search).setValue("dossiers_online_rate");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).code()).isEqualTo("DOSSIERS_ONLINE_RATE");

        test(pillarFilter).selectItem("Kinh tế số");
        assertThat(test(grid).size()).isZero();
    }

    @Test
    void selecting_a_ratio_shows_its_formula_with_the_names_of_numerator_and_denominator() {
        Div details = find(Div.class).id("indicator-details");
        assertThat(details.getElement().getTextRecursively()).contains("Chọn một chỉ tiêu");

        test(search).setValue("DOSSIERS_ONLINE_RATE");
        test(grid).select(0);

        assertThat(find(Span.class).id("indicator-code").getText()).isEqualTo("DOSSIERS_ONLINE_RATE");
        assertThat(find(Span.class).id("indicator-formula").getText()).isEqualTo(
                "Số hồ sơ TTHC tiếp nhận trực tuyến (DOSSIERS_RECEIVED_ONLINE) / Tổng số hồ sơ thủ tục hành chính "
                        + "tiếp nhận (trực tuyến, trực tiếp, bưu chính công ích) (DOSSIERS_RECEIVED) × 100");
        String text = details.getElement().getTextRecursively();
        assertThat(text).contains("Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến trên tổng số hồ sơ")
                .contains("Cộng tử số và mẫu số của các đơn vị trực thuộc rồi tính lại tỷ lệ")
                .contains("Cấp xã, Cấp huyện, Cấp tỉnh, Sở, ban, ngành")
                .contains("Càng cao càng tốt")
                .contains("Headline KPI.");
        Span targets = find(Span.class).all().stream().filter(s -> s.getText().startsWith("2024:")).findFirst()
                .orElseThrow();
        assertThat(targets.getText()).isEqualTo("2024: ≥ 50 % (áp dụng cho mọi đơn vị)");
    }

    @Test
    void a_count_is_explained_as_reported_and_summed_over_months() {
        test(search).setValue("DOSSIERS_RECEIVED");
        test(grid).select(0);
        assertThat(find(Span.class).id("indicator-code").getText()).isEqualTo("DOSSIERS_RECEIVED");
        assertThat(find(Span.class).id("indicator-formula").getText()).isEqualTo("Số đếm do đơn vị báo cáo.");
        assertThat(find(Div.class).id("indicator-details").getElement().getTextRecursively())
                .contains("Chỉ tiêu dòng: giá trị của quý, năm bằng tổng các tháng trong kỳ.");
    }

    @Test
    void in_english_names_and_labels_are_english() {
        UI.getCurrent().setLocale(Messages.ENGLISH);
        navigate(IndicatorCatalogView.class);
        Grid<?> english = find(Grid.class).id("indicator-grid");
        assertThat(test(english).getCellText(0, 1)).isEqualTo("Digital-transformation steering committee meetings held");
        assertThat(test(english).getCellText(0, 2)).isEqualTo("Digital awareness");
        assertThat(((IndicatorCatalogView) getCurrentView()).getPageTitle()).startsWith("Indicator catalogue");
    }

    @Test
    void the_page_title_is_translated() {
        assertThat(((IndicatorCatalogView) getCurrentView()).getPageTitle()).startsWith("Danh mục chỉ tiêu");
    }
}
