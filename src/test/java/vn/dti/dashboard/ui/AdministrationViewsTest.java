package vn.dti.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.WebAttributes;
import vn.dti.dashboard.audit.AuditEntry;
import vn.dti.dashboard.security.AccountSummary;
import vn.dti.dashboard.security.Role;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.testsupport.TestAccounts;
import vn.dti.dashboard.testsupport.UseH2;

/**
 * The administration pages without a browser, against the real services and H2: an ADMIN creates a REPORTER
 * for a commune, disables an account, resets a password; locks and unlocks a month with reasons; finds all of
 * it in the audit view. A user changes their own password; the login page says why a sign-in failed. (Which
 * roles may open these pages at all: {@link RoleViewsTest}.)
 */
@SpringBootTest(properties = {"dti.admin-password=view-test-admin", "dti.test-context=administration-views"})
@UseH2
@ViewPackages(packages = "vn.dti.dashboard")
class AdministrationViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void vietnamese() {
        UI.getCurrent().getSession().setLocale(Messages.VIETNAMESE);
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
    }

    @SuppressWarnings("unchecked")
    <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    void click(String id) {
        test($(Button.class).id(id)).click();
    }

    int row(Grid<AccountSummary> grid, String username) {
        List<AccountSummary> items = grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).username().equals(username)) {
                return i;
            }
        }
        throw new AssertionError(username + " not listed");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void an_admin_creates_a_reporter_for_a_commune_and_the_list_shows_its_role_and_unit() {
        UI.getCurrent().navigate("quan-tri/tai-khoan");
        click("users-create");
        test($(TextField.class).id("new-username")).setValue("xa.tichson");
        test($(TextField.class).id("new-display-name")).setValue("Cán bộ VP-TK Phường Tích Sơn");
        test($(PasswordField.class).id("new-password")).setValue("tich-Son-2024");
        Select<Role> role = $(Select.class).id("account-role");
        test(role).selectItem("Báo cáo viên");
        test($(DatePicker.class).id("account-units-day")).setValue(LocalDate.of(2024, 6, 1));
        MultiSelectComboBox<?> units = $(MultiSelectComboBox.class).id("account-units");
        test(units).selectItem("08707 – Phường Tích Sơn");
        click("new-save");

        Grid<AccountSummary> grid = grid("users-grid");
        int row = row(grid, "xa.tichson");
        var tester = test(grid);
        assertThat(List.of(tester.getCellText(row, 1), tester.getCellText(row, 2), tester.getCellText(row, 3),
                tester.getCellText(row, 4))).containsExactly("Cán bộ VP-TK Phường Tích Sơn", "Báo cáo viên",
                        "08707 – Phường Tích Sơn", "Đang hoạt động");
        Map<String, Object> stored = jdbc.queryForMap("select a.role, u.code, u.valid_to from user_account a join "
                + "user_account_unit au on au.user_id = a.id join administrative_unit u on u.id = au.unit_id "
                + "where a.username = 'xa.tichson'");
        assertThat(stored).containsEntry("ROLE", "REPORTER").containsEntry("CODE", "08707");
        assertThat(String.valueOf(stored.get("VALID_TO"))).as("the 2024 unit, not today's 08707").isEqualTo("2025-06-30");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_weak_password_is_refused_in_the_form_with_the_rules_and_nothing_is_created() {
        UI.getCurrent().navigate("quan-tri/tai-khoan");
        click("users-create");
        test($(TextField.class).id("new-username")).setValue("yeu.qua");
        test($(PasswordField.class).id("new-password")).setValue("yeu.qua1");
        click("new-save");
        Span problems = $(Span.class).id("new-problems");
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).isEqualTo("Chưa lưu tài khoản vì có 3 lỗi. Mật khẩu phải có ít nhất 10 ký tự. "
                + "Mật khẩu không được chứa tên đăng nhập. Báo cáo viên cần ít nhất một đơn vị.");
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'yeu.qua'", Integer.class))
                .isZero();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void an_admin_disables_an_account_resets_a_password_and_changes_a_role_from_the_list() {
        new TestAccounts(jdbc, passwordEncoder).put("can.bo", "can-Bo-12345", "ANALYST", List.of());
        UI.getCurrent().navigate("quan-tri/tai-khoan");
        Grid<AccountSummary> grid = grid("users-grid");
        test(grid).select(row(grid, "can.bo"));
        assertThat($(Button.class).id("users-toggle").getText()).isEqualTo("Vô hiệu hóa");
        click("users-toggle");
        assertThat(test(grid).getCellText(row(grid, "can.bo"), 4)).isEqualTo("Đã vô hiệu hóa");

        test(grid).select(row(grid, "can.bo"));
        click("users-reset-password");
        test($(PasswordField.class).id("reset-password")).setValue("moi-Hoan-Toan-9");
        click("reset-save");
        assertThat(passwordEncoder.matches("moi-Hoan-Toan-9", jdbc.queryForObject(
                "select password_hash from user_account where username = 'can.bo'", String.class))).isTrue();

        test(grid).select(row(grid, "can.bo"));
        click("users-edit-role");
        test((Select<Role>) $(Select.class).id("account-role")).selectItem("Lãnh đạo");
        click("role-save");
        assertThat(test(grid).getCellText(row(grid, "can.bo"), 2)).isEqualTo("Lãnh đạo");
        assertThat(jdbc.queryForList("select action from audit_entry where object_id = 'can.bo' order by id",
                String.class)).containsExactly("ACCOUNT_DISABLED", "PASSWORD_RESET", "ROLE_CHANGED");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void an_admin_locks_and_unlocks_a_month_with_reasons_and_an_unlock_without_one_is_refused() {
        UI.getCurrent().navigate("quan-tri/khoa-so");
        ComboBox<java.time.YearMonth> month = $(ComboBox.class).id("lock-period");
        test(month).selectItem("Tháng 4/2021");
        test($(TextField.class).id("lock-reason")).setValue("Đã tổng hợp báo cáo tháng 4");
        click("lock-button");
        assertThat($(Span.class).id("locks-status").getText()).isEqualTo("Đã khóa sổ Tháng 4/2021.");
        Grid<Object> locks = grid("locks-grid");
        assertThat(List.of(test(locks).getCellText(0, 0), test(locks).getCellText(0, 1), test(locks).getCellText(0, 3)))
                .containsExactly("Tháng 4/2021", "admin", "Đã tổng hợp báo cáo tháng 4");

        test(locks).select(0);
        click("unlock-button");
        assertThat($(Span.class).id("locks-status").getText()).isEqualTo("Hãy ghi lý do khóa hoặc mở khóa sổ.");
        assertThat(jdbc.queryForObject("select count(*) from reporting_period_lock where period = '2021-04'",
                Integer.class)).isEqualTo(1);

        test($(TextField.class).id("unlock-reason")).setValue("Phường Liên Bảo nộp bổ sung");
        click("unlock-button");
        assertThat($(Span.class).id("locks-status").getText()).isEqualTo("Đã mở khóa Tháng 4/2021.");
        assertThat(test(locks).size()).isZero();
        assertThat(jdbc.queryForList("select action || ': ' || detail from audit_entry where object_id = '2021-04' "
                + "order by id", String.class)).containsExactly("PERIOD_LOCKED: Đã tổng hợp báo cáo tháng 4",
                        "PERIOD_UNLOCKED: Phường Liên Bảo nộp bổ sung");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void the_audit_view_lists_entries_newest_first_and_filters_by_user_and_action() {
        UI.getCurrent().navigate("quan-tri/khoa-so");
        test((ComboBox<java.time.YearMonth>) $(ComboBox.class).id("lock-period")).selectItem("Tháng 5/2021");
        test($(TextField.class).id("lock-reason")).setValue("chốt");
        click("lock-button");
        test((Grid<Object>) grid("locks-grid")).select(0);
        test($(TextField.class).id("unlock-reason")).setValue("mở lại");
        click("unlock-button");

        UI.getCurrent().navigate("quan-tri/nhat-ky");
        test($(TextField.class).id("audit-user")).setValue("admin");
        test((ComboBox<String>) $(ComboBox.class).id("audit-action")).selectItem("Mở khóa sổ tháng");
        Grid<AuditEntry> grid = grid("audit-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(List.of(test(grid).getCellText(0, 1), test(grid).getCellText(0, 2), test(grid).getCellText(0, 3),
                test(grid).getCellText(0, 4), test(grid).getCellText(0, 5))).containsExactly("admin",
                        "Mở khóa sổ tháng", "2021-05", "Thành công", "mở lại");
        assertThat($(Span.class).id("audit-count").getText()).endsWith(" mục");

        test((ComboBox<String>) $(ComboBox.class).id("audit-action")).selectItem("Khóa sổ tháng");
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("chốt");
        test($(TextField.class).id("audit-user")).setValue("khong-co-ai-ten-nay");
        assertThat(test(grid).size()).isZero();
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LEADER")
    void a_user_changes_its_own_password_and_a_wrong_current_one_is_marked_on_its_field() {
        new TestAccounts(jdbc, passwordEncoder).put("lanhdao", "demo-cds-2024", "LEADER", List.of());
        UI.getCurrent().navigate("doi-mat-khau");
        PasswordField current = $(PasswordField.class).id("password-current");
        test(current).setValue("khong-phai-mk-1");
        test($(PasswordField.class).id("password-new")).setValue("lanh-Dao-Moi-2026");
        test($(PasswordField.class).id("password-repeat")).setValue("lanh-Dao-Moi-2026");
        click("password-save");
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Mật khẩu hiện tại không đúng.");

        test(current).setValue("demo-cds-2024");
        click("password-save");
        assertThat($(Span.class).id("password-status").getText())
                .isEqualTo("Đã đổi mật khẩu. Lần đăng nhập sau hãy dùng mật khẩu mới.");
        assertThat(passwordEncoder.matches("lanh-Dao-Moi-2026", jdbc.queryForObject(
                "select password_hash from user_account where username = 'lanhdao'", String.class))).isTrue();
        new TestAccounts(jdbc, passwordEncoder).put("lanhdao", "demo-cds-2024", "LEADER", List.of());
    }

    String loginErrorText() {
        return String.valueOf($(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
    }

    @Test
    void the_login_page_says_in_vietnamese_that_an_account_is_locked_disabled_or_its_session_ended() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LockedException("locked"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat($(LoginForm.class).single().isError()).isTrue();
        assertThat(loginErrorText()).contains("Tài khoản đang tạm bị khóa",
                "Tài khoản bị khóa 15 phút vì đăng nhập sai 5 lần liên tiếp.");

        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new DisabledException("disabled"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(loginErrorText()).contains("Tài khoản đã bị vô hiệu hóa");

        VaadinSession.getCurrent().getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(loginErrorText()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");

        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        assertThat($(LoginForm.class).single().isError()).isTrue();
        assertThat(loginErrorText()).contains("Phiên làm việc đã kết thúc");
    }
}
