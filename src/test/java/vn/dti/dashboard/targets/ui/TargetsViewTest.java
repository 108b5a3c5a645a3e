package vn.dti.dashboard.targets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.targets.TargetService;
import vn.dti.dashboard.testsupport.UseH2;

/**
 * The targets administration: a target set in the form is stored with its audit entry, a wrong one refused
 * with the column's message and nothing stored, a file loaded all or nothing, a deletion recorded too; only an
 * ADMIN may change targets, whatever the caller. A context of its own (view tests need one).
 */
@SpringBootTest(properties = {"dti.admin-password=view-test-admin", "dti.test-context=targets-view"})
@UseH2
@ViewPackages(packages = "vn.dti.dashboard")
class TargetsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TargetService targets;

    @BeforeEach
    void vietnamese() {
        UI.getCurrent().getSession().setLocale(Messages.VIETNAMESE);
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
        jdbc.update("delete from unit_target");
    }

    private List<Map<String, Object>> stored() {
        return jdbc.queryForList("select t.indicator_code, u.code, t.applies_to, t.target, t.comparison, t.set_by "
                + "from unit_target t join administrative_unit u on u.id = t.unit_id where t.target_year = 2024 "
                + "order by t.indicator_code, u.code");
    }

    private int audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and username = 'admin'",
                Integer.class, action);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_target_set_in_the_form_is_stored_and_audited_and_a_wrong_one_is_refused_with_its_message() {
        UI.getCurrent().navigate("quan-tri/muc-tieu");
        TargetsView view = $(TargetsView.class).single();
        int audits = audited("TARGETS_IMPORTED");

        TargetsView.TargetForm wrong = view.new TargetForm(null);
        wrong.formIndicator.setValue(wrong.formIndicator.getListDataView().getItems()
                .filter(i -> i.code().equals("DOSSIERS_ONLINE_RATE")).findFirst().orElseThrow());
        wrong.formUnit.setValue("NOPE");
        wrong.formYear.setValue(2024);
        wrong.value.setValue("55,5");
        wrong.save();
        assertThat(wrong.error.getText()).isEqualTo("Không có đơn vị mã «NOPE» trong năm 2024.");
        assertThat(stored()).isEmpty();

        TargetsView.TargetForm form = view.new TargetForm(null);
        form.formIndicator.setValue(wrong.formIndicator.getValue());
        form.formUnit.setValue("26");
        form.formYear.setValue(2024);
        form.value.setValue("55,5");
        form.save();
        assertThat(form.error.getText()).isEmpty();
        assertThat(stored()).extracting(r -> r.get("INDICATOR_CODE") + " " + r.get("CODE") + " " + r.get("APPLIES_TO")
                + " " + ((java.math.BigDecimal) r.get("TARGET")).stripTrailingZeros().toPlainString() + " "
                + r.get("COMPARISON") + " " + r.get("SET_BY"))
                .containsExactly("DOSSIERS_ONLINE_RATE 26 unit 55.5 at_least admin");
        assertThat(audited("TARGETS_IMPORTED")).isEqualTo(audits + 1);

        int deletions = audited("TARGET_DELETED");
        assertThat(targets.delete("DOSSIERS_ONLINE_RATE", "26", 2024, "unit")).isTrue();
        assertThat(stored()).isEmpty();
        assertThat(audited("TARGET_DELETED")).isEqualTo(deletions + 1);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_file_with_a_bad_row_loads_nothing_and_names_the_row_and_column() {
        UI.getCurrent().navigate("quan-tri/muc-tieu");
        TargetsView view = $(TargetsView.class).single();
        view.importFile("muc-tieu.csv", """
                indicator_code,year,unit_code,applies_to,target,comparison,source
                DOSSIERS_ONLINE_RATE,2024,26,below,60,at_least,KH 2024
                CDT_TEAMS,2024,243,unit,nhiều,at_least,
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(stored()).isEmpty();
        assertThat($(Span.class, view).id("targets-status").getText())
                .isEqualTo("Chưa lưu mục tiêu nào vì tệp có 1 lỗi; hãy sửa các ô dưới đây rồi gửi lại.");
        @SuppressWarnings("unchecked")
        var problems = test((com.vaadin.flow.component.grid.Grid<TargetService.RowProblem>) $(
                com.vaadin.flow.component.grid.Grid.class).id("targets-problems"));
        assertThat(problems.size()).isEqualTo(1);
        assertThat(problems.getCellText(0, 0) + " " + problems.getCellText(0, 1)).isEqualTo("3 target");

        view.importFile("muc-tieu.csv", """
                indicator_code,year,unit_code,applies_to,target,comparison,source
                DOSSIERS_ONLINE_RATE,2024,26,below,60,at_least,KH 2024
                """.getBytes(StandardCharsets.UTF_8));
        assertThat($(Span.class, view).id("targets-status").getText())
                .isEqualTo("Đã nạp: 1 mục tiêu mới, 0 mục tiêu được cập nhật.");
        assertThat(stored()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LEADER")
    void nobody_but_an_admin_changes_targets() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> targets.delete("DOSSIERS_ONLINE_RATE", "26", 2024,
                "unit")).isInstanceOf(AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> targets.save(new TargetService.UnitTarget(
                "DOSSIERS_ONLINE_RATE", "26", "", 2024, "unit", java.math.BigDecimal.TEN, "at_least", null, ""),
                Messages.VIETNAMESE)).isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).isEmpty();
    }
}
