package vn.dti.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.ui.PageNotFound;
import vn.dti.dashboard.testsupport.TestAccounts;
import vn.dti.dashboard.testsupport.UseH2;

/**
 * Which pages each role opens, and which the menu offers (the same set: Vaadin lists only what the user may
 * open), every page for every role; and what a REPORTER of Thành phố Vĩnh Yên (243) is offered inside the
 * pages it opens: only its units, in the pickers and in the history. A context of its own (see the brief on
 * view tests sharing contexts).
 */
@SpringBootTest(properties = {"dti.admin-password=view-test-admin", "dti.test-context=role-views"})
@UseH2
@ViewPackages(packages = "vn.dti.dashboard")
class RoleViewsTest extends SpringBrowserlessTest {

    static final List<String> PAGES = List.of("", "chi-so", "ho-so-don-vi", "tinh-hinh-bao-cao", "xuat-du-lieu", "don-vi", "chi-tieu", "lich-su-bao-cao", "nop-bao-cao", "nhap-bao-cao",
            "doi-mat-khau", "quan-tri/tai-khoan", "quan-tri/khoa-so", "quan-tri/nhat-ky", "quan-tri/muc-tieu",
            "quan-tri/han-bao-cao", "quan-tri/chi-tieu");
    /** What a REPORTER of 243 is offered for June 2024: the district, then its nine communes (hand-copied). */
    static final List<String> VINH_YEN_2024 = List.of("243", "08707", "08710", "08713", "08716", "08719", "08722",
            "08725", "08728", "08731");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void accounts() {
        TestAccounts accounts = new TestAccounts(jdbc, passwordEncoder);
        accounts.put("role.reporter", "role-Reporter-1", "REPORTER", List.of(accounts.unitId("243", "2024-06-01")));
        UI.getCurrent().getSession().setLocale(Messages.VIETNAMESE);
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
    }

    /** Opens every page and checks that exactly the allowed ones open, and that the menu lists exactly them. */
    private void opensExactly(String... allowed) {
        List<String> opened = new ArrayList<>();
        for (String page : PAGES) {
            UI.getCurrent().navigate(page);
            boolean refused = getCurrentView() instanceof RouteNotFoundError;
            if (refused) {
                assertThat(getCurrentView()).as(page).isInstanceOf(PageNotFound.class);
            } else {
                opened.add(page);
            }
        }
        assertThat(opened).containsExactlyInAnyOrder(allowed);
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path)
                .map(path -> path.startsWith("/") ? path.substring(1) : path)
                .containsExactlyInAnyOrder(allowed);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_opens_every_page_and_the_menu_lists_them_all() {
        opensExactly(PAGES.toArray(String[]::new));
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LEADER")
    void a_leader_opens_the_reading_pages_and_no_upload_entry_or_administration() {
        opensExactly("", "chi-so", "ho-so-don-vi", "tinh-hinh-bao-cao", "xuat-du-lieu", "don-vi", "chi-tieu", "lich-su-bao-cao",
                "doi-mat-khau");
    }

    @Test
    @WithMockUser(username = "phantich", roles = "ANALYST")
    void an_analyst_opens_the_reading_pages_and_no_upload_entry_or_administration() {
        opensExactly("", "chi-so", "ho-so-don-vi", "tinh-hinh-bao-cao", "xuat-du-lieu", "don-vi", "chi-tieu", "lich-su-bao-cao",
                "doi-mat-khau");
    }

    @Test
    @WithMockUser(username = "role.reporter", roles = "REPORTER")
    void a_reporter_opens_the_reading_pages_upload_and_entry_but_no_administration() {
        opensExactly("", "chi-so", "ho-so-don-vi", "tinh-hinh-bao-cao", "xuat-du-lieu", "don-vi", "chi-tieu", "lich-su-bao-cao",
                "nop-bao-cao", "nhap-bao-cao", "doi-mat-khau");
    }

    @SuppressWarnings("unchecked")
    private List<String> offered(String monthId, String unitId) {
        ComboBox<java.time.YearMonth> month = $(ComboBox.class).id(monthId);
        test(month).selectItem("Tháng 6/2024");
        ComboBox<UnitSummary> units = $(ComboBox.class).id(unitId);
        return units.getListDataView().getItems().map(UnitSummary::code).toList();
    }

    @Test
    @WithMockUser(username = "role.reporter", roles = "REPORTER")
    void a_reporter_is_offered_only_its_district_and_communes_for_templates_and_the_entry_form() {
        UI.getCurrent().navigate("nop-bao-cao");
        assertThat(offered("template-period", "template-unit")).containsExactlyElementsOf(VINH_YEN_2024);
        UI.getCurrent().navigate("nhap-bao-cao");
        assertThat(offered("entry-period", "entry-unit")).containsExactlyElementsOf(VINH_YEN_2024);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_is_offered_every_unit_in_force() {
        UI.getCurrent().navigate("nop-bao-cao");
        List<String> units = offered("template-period", "template-unit");
        assertThat(units).contains("26", "243", "08707", "246", "08761").hasSizeGreaterThan(150);
    }

    @Test
    @WithMockUser(username = "role.reporter", roles = "REPORTER")
    void a_reporters_history_lists_the_reports_of_its_units_and_none_of_the_others() {
        insertSubmission("08707", "2024-06");
        insertSubmission("243", "2024-06");
        insertSubmission("08761", "2024-06");
        UI.getCurrent().navigate("lich-su-bao-cao");
        @SuppressWarnings("unchecked")
        Grid<vn.dti.dashboard.reporting.SubmissionVersion> grid = $(Grid.class).id("history-grid");
        assertThat(grid.getListDataView().getItems().map(v -> v.unitCode()).distinct().sorted().toList())
                .containsExactly("08707", "243");
    }

    private void insertSubmission(String code, String period) {
        long unitId = new TestAccounts(jdbc, passwordEncoder).unitId(code, period + "-01");
        Integer version = jdbc.queryForObject("select coalesce(max(version), 0) + 1 from submission where unit_id = ? "
                + "and period = ?", Integer.class, unitId, period);
        jdbc.update("insert into submission (unit_id, unit_code, period, version, submitted_by, submitted_at, channel, "
                + "values_count, warnings_count) values (?, ?, ?, ?, 'admin', ?, 'FORM', 0, 0)", unitId, code, period,
                version, Timestamp.from(Instant.now()));
    }
}
