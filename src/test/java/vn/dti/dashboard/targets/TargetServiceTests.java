package vn.dti.dashboard.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitImportService;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * Which target applies: province G0 sets 60 % online dossiers for all its units and 70 % for commune GC12;
 * district GD1 gets 1,200 dossiers a year; province H0 sets nothing. National targets (data-samples/targets.csv):
 * 50 % online dossiers for every unit in 2024, 30 % fully online for the province only.
 */
@SpringBootTest(properties = {"dti.demo-data=false", "dti.admin-password=targets-Pa55", "dti.test-context=targets"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TargetServiceTests {

    @Autowired
    TargetService targets;
    @Autowired
    UnitImportService units;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    @BeforeAll
    void provinces() {
        signIn("ROLE_ADMIN");
        units.importFile("units.csv", """
                code,name,level,parent_code
                G0,Tỉnh Gờ,province,
                GD1,Huyện Gờ,district,G0
                GC11,Xã Gờ Một,commune,GD1
                GC12,Xã Gờ Hai,commune,GD1
                H0,Tỉnh Hờ,province,
                HC1,Xã Hờ,commune,H0
                """.getBytes(StandardCharsets.UTF_8));
        targets.importFile("targets.csv", """
                indicator_code,year,unit_code,applies_to,target,comparison,source
                DOSSIERS_ONLINE_RATE,2024,G0,below,60,at_least,KH 12/KH-UBND
                DOSSIERS_ONLINE_RATE,2024,GC12,unit,70,,
                DOSSIERS_RECEIVED,2024,GD1,unit,"1.200",,
                """.getBytes(StandardCharsets.UTF_8), Messages.VIETNAMESE);
    }

    void signIn(String role) {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", "n/a",
                AuthorityUtils.createAuthorityList(role)));
    }

    @BeforeEach
    void admin() {
        signIn("ROLE_ADMIN");
    }

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    long id(String code) {
        return hierarchy.findInForce(code, java.time.LocalDate.of(2024, 6, 1)).orElseThrow().id();
    }

    String target(String indicator, String unit, String period) {
        return targets.targetFor(indicator, id(unit), ReportingPeriod.parse(period))
                .map(t -> t.value().toPlainString() + " " + t.comparison().code() + " " + t.origin()
                        + (t.setAt() == null ? "" : " at " + t.setAt())).orElse("none");
    }

    @Test
    void a_units_own_target_beats_its_areas_which_beats_the_national_one() {
        assertThat(target("DOSSIERS_ONLINE_RATE", "GC12", "2024-03")).isEqualTo("70 at_least UNIT at GC12");
        assertThat(target("DOSSIERS_ONLINE_RATE", "GC11", "2024-03")).isEqualTo("60 at_least AREA at G0");
        assertThat(target("DOSSIERS_ONLINE_RATE", "GD1", "2024-03")).isEqualTo("60 at_least AREA at G0");
        assertThat(target("DOSSIERS_ONLINE_RATE", "G0", "2024-03")).isEqualTo("60 at_least UNIT at G0");
        // Another province's targets never reach H0: the national 50 % applies there.
        assertThat(target("DOSSIERS_ONLINE_RATE", "HC1", "2024-03")).isEqualTo("50 at_least NATIONAL");
        // A national target for the province only applies to provinces; none for 2019.
        assertThat(target("DOSSIERS_ONLINE_FULL_RATE", "H0", "2024-12")).isEqualTo("30 at_least NATIONAL");
        assertThat(target("DOSSIERS_ONLINE_FULL_RATE", "HC1", "2024-12")).isEqualTo("none");
        assertThat(target("DOSSIERS_ONLINE_RATE", "HC1", "2019-12")).isEqualTo("none");
    }

    @Test
    void a_flows_yearly_target_is_prorated_and_ratios_apply_as_they_are() {
        assertThat(target("DOSSIERS_RECEIVED", "GD1", "2024")).isEqualTo("1200 at_least UNIT at GD1");
        assertThat(target("DOSSIERS_RECEIVED", "GD1", "2024-Q1")).isEqualTo("300 at_least UNIT at GD1");
        assertThat(target("DOSSIERS_RECEIVED", "GD1", "2024-03")).isEqualTo("100 at_least UNIT at GD1");
        assertThat(target("DOSSIERS_RECEIVED", "GD1", "2024-05-YTD")).isEqualTo("500 at_least UNIT at GD1");
        assertThat(target("DOSSIERS_ONLINE_RATE", "GC11", "2024-Q1")).isEqualTo("60 at_least AREA at G0");
        // 55 % against 60 %: 5 short, within 10 % of the target.
        assertThat(targets.check("DOSSIERS_ONLINE_RATE", id("GC11"), ReportingPeriod.parse("2024-03"),
                new java.math.BigDecimal("55"))).isEqualTo(new TargetCheck(Status.AT_RISK, new java.math.BigDecimal("-5")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_file_with_mistakes_is_refused_whole_with_each_row_and_column_and_stores_nothing() {
        int before = jdbc.queryForObject("select count(*) from unit_target", Integer.class);
        assertThatThrownBy(() -> targets.importFile("bad.csv", """
                indicator_code,year,unit_code,applies_to,target
                DOSSIERS_ONLINE_RATE,2024,HC1,unit,65
                NO_SUCH_CODE,2024,HC1,unit,10
                DOSSIERS_ONLINE_RATE,20x4,HC1,unit,10
                DOSSIERS_ONLINE_RATE,2024,ZZ9,unit,10
                DOSSIERS_ONLINE_RATE,2024,H0,everywhere,mười
                DOSSIERS_ONLINE_RATE,2024,HC1,unit,66
                """.getBytes(StandardCharsets.UTF_8), Messages.VIETNAMESE))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.error()).isEqualTo("invalid_targets");
                    assertThat(e.getMessage()).isEqualTo(
                            "Chưa lưu mục tiêu nào vì tệp có 6 lỗi; hãy sửa các ô dưới đây rồi gửi lại.");
                    assertThat((List<Object>) List.copyOf(e.details())).containsExactly(
                            new TargetService.RowProblem(3, "indicator_code", "Không có chỉ tiêu mã «NO_SUCH_CODE» trong danh mục."),
                            new TargetService.RowProblem(4, "year", "Năm «20x4» không hợp lệ."),
                            new TargetService.RowProblem(5, "unit_code", "Không có đơn vị mã «ZZ9» trong năm 2024."),
                            new TargetService.RowProblem(6, "target", "Mục tiêu «mười» không phải là một con số."),
                            new TargetService.RowProblem(6, "applies_to", "Cột áp dụng phải là «unit» (chỉ đơn vị này) hoặc «below» (đơn vị này và các đơn vị cấp dưới), không phải «everywhere»."),
                            new TargetService.RowProblem(7, "unit_code", "Mục tiêu này đã có ở dòng 2."));
                });
        assertThat(jdbc.queryForObject("select count(*) from unit_target", Integer.class)).isEqualTo(before);
        assertThat(target("DOSSIERS_ONLINE_RATE", "HC1", "2024-03")).isEqualTo("50 at_least NATIONAL");
    }

    @Test
    void only_an_admin_loads_targets_and_everyone_signed_in_reads_them() {
        signIn("ROLE_LEADER");
        assertThatThrownBy(() -> targets.importFile("t.csv", "indicator_code,year,unit_code,target\n"
                .getBytes(StandardCharsets.UTF_8), Messages.VIETNAMESE)).isInstanceOf(AccessDeniedException.class);
        assertThat(targets.list("DOSSIERS_ONLINE_RATE", null, 2024)).extracting(t -> t.unitCode() + " "
                + t.appliesTo() + " " + t.target().toPlainString() + " " + t.comparison() + " by " + t.setBy())
                .containsExactly("G0 below 60 at_least by admin", "GC12 unit 70 at_least by admin");
        assertThat(targets.list(null, "GD1", null)).singleElement()
                .satisfies(t -> assertThat(t.indicator()).isEqualTo("DOSSIERS_RECEIVED"));
        List<TargetService.UnitTarget> none = targets.list(null, null, 2030);
        assertThat(none).isEmpty();
    }
}
