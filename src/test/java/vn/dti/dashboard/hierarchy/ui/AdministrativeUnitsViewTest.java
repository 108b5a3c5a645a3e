package vn.dti.dashboard.hierarchy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.testsupport.UseH2;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.dti.dashboard.hierarchy.UnitLevel;
import vn.dti.dashboard.hierarchy.UnitSummary;

/** The units view without a browser, on the demo province in the real embedded database. */
@SpringBootTest(properties = "dti.admin-password=view-test-admin")
@UseH2
@WithMockUser(username = "lanhdao", roles = "LEADER")
class AdministrativeUnitsViewTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Opens the view as a pasted link with {@code ?date=} would. */
    private AdministrativeUnitsView openOn(String date) {
        UI.getCurrent().getSession().setLocale(Messages.VIETNAMESE);
        UI.getCurrent().navigate("don-vi", QueryParameters.of("date", date));
        return (AdministrativeUnitsView) getCurrentView();
    }

    @Test
    void the_hierarchy_of_june_2024_shows_1_province_9_districts_and_136_communes() {
        AdministrativeUnitsView view = openOn("2024-06-01");
        assertThat(view.shownUnits()).hasSize(152);
        assertThat(view.shownUnits().stream().filter(u -> u.level() == UnitLevel.COMMUNE)).hasSize(136);
        assertThat($view(com.vaadin.flow.component.html.Span.class).id("unit-summary").getText())
                .isEqualTo("Ngày 01/06/2024: 1 tỉnh · 9 huyện · 136 xã · 6 sở, ngành");
    }

    @Test
    void picking_a_date_after_july_2025_shows_the_two_level_hierarchy() {
        AdministrativeUnitsView view = openOn("2024-06-01");
        test($view(com.vaadin.flow.component.datepicker.DatePicker.class).id("unit-date"))
                .setValue(LocalDate.of(2025, 8, 1));
        assertThat($view(com.vaadin.flow.component.html.Span.class).id("unit-summary").getText())
                .isEqualTo("Ngày 01/08/2025: 1 tỉnh · 0 huyện · 36 xã · 4 sở, ngành");
        assertThat(view.shownUnits()).extracting(UnitSummary::name).contains("Tỉnh Phú Thọ", "Phường Vĩnh Phúc")
                .doesNotContain("Tỉnh Vĩnh Phúc", "Huyện Vĩnh Tường");
    }

    @Test
    void search_ignores_diacritics_and_keeps_the_ancestors_of_matches() {
        AdministrativeUnitsView view = openOn("2024-06-01");
        test($view(com.vaadin.flow.component.textfield.TextField.class).id("unit-search")).setValue("vu di");
        assertThat(view.shownUnits()).extracting(UnitSummary::name)
                .containsExactly("Tỉnh Vĩnh Phúc", "Huyện Vĩnh Tường", "Xã Vũ Di");
    }

    @Test
    void search_by_code_finds_the_unit_in_force_on_the_date() {
        AdministrativeUnitsView view = openOn("2024-06-01");
        test($view(com.vaadin.flow.component.textfield.TextField.class).id("unit-search")).setValue("08716");
        assertThat(view.shownUnits()).extracting(UnitSummary::name)
                .containsExactly("Tỉnh Vĩnh Phúc", "Thành phố Vĩnh Yên", "Phường Đống Đa");
    }

    @Test
    void a_leader_sees_no_import_button() {
        openOn("2024-06-01");
        assertThat($view(Button.class).withId("unit-import").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_rejected_import_shows_each_bad_row_in_vietnamese_in_the_dialog() {
        openOn("2024-06-01");
        test($view(Button.class).withId("unit-import").single()).click();
        UnitImportDialog dialog = $(UnitImportDialog.class).single();
        dialog.handle("units.csv", ("code,name,level,parent_code\n"
                + "99001,Xã Lạc,commune,999\n99002,,commune,243\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat($(com.vaadin.flow.component.html.Span.class, dialog).id("unit-import-status").getText())
                .isEqualTo("Tệp có 2 dòng không hợp lệ; không đơn vị nào được nhập.");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<vn.dti.dashboard.hierarchy.UnitImportProblem> problems =
                $(com.vaadin.flow.component.grid.Grid.class, dialog).id("unit-import-problems");
        var grid = test(problems);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("2");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Không tìm thấy đơn vị cấp trên có mã 999.");
        assertThat(grid.getCellText(1, 3)).isEqualTo("Thiếu tên đơn vị.");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_import_is_previewed_with_its_counts_and_stored_only_when_confirmed() {
        openOn("2024-06-01");
        test($view(Button.class).withId("unit-import").single()).click();
        UnitImportDialog dialog = $(UnitImportDialog.class).single();
        // A commune of 2019 under Vĩnh Yên (in force since before 2019), outside the dates the other tests show.
        int before = jdbc.queryForObject("select count(*) from administrative_unit", Integer.class);
        dialog.handle("units.csv", ("code,name,level,parent_code,valid_from,valid_to\n"
                + "99101,Xã Thử Xem Trước,commune,243,2019-01-01,2019-12-31\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat($(com.vaadin.flow.component.html.Span.class, dialog).id("unit-import-status").getText())
                .isEqualTo("Kiểm tra xong, chưa lưu gì: nếu nhập, sẽ có 1 đơn vị mới, 0 đơn vị được cập nhật, "
                        + "0 không thay đổi. Bấm «Xác nhận nhập» để lưu.");
        assertThat(jdbc.queryForObject("select count(*) from administrative_unit", Integer.class)).isEqualTo(before);

        test($(Button.class, dialog).id("unit-import-confirm")).click();
        assertThat(jdbc.queryForObject("select count(*) from administrative_unit where code = '99101'", Integer.class))
                .isEqualTo(1);
        assertThat($(com.vaadin.flow.component.html.Span.class, dialog).id("unit-import-status").getText())
                .startsWith("Đã nhập: 1 đơn vị mới");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_sees_the_import_button() {
        openOn("2024-06-01");
        assertThat($view(Button.class).withId("unit-import").exists()).isTrue();
    }
}
