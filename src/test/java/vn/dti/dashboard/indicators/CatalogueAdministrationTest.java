package vn.dti.dashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.dti.dashboard.hierarchy.UnitImportService;
import vn.dti.dashboard.reporting.FormEntry;
import vn.dti.dashboard.reporting.ReportForm;
import vn.dti.dashboard.reporting.SubmissionService;
import vn.dti.dashboard.rollup.RollupService;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.testsupport.FixtureProvince;
import vn.dti.dashboard.testsupport.UseH2;

/**
 * An administrator adds a province's own KPI, which then appears in the commune's form, is accepted, rolls up
 * and is audited; renaming keeps the code; retiring takes it out of forms and uploads but keeps its stored
 * values; wrong additions are refused with a Vietnamese message; nobody else may change the catalogue.
 */
@SpringBootTest(properties = {"dti.demo-data=false", "dti.admin-password=catalogue-admin-Pa55",
    "dti.test-context=catalogue-admin"})
@UseH2
class CatalogueAdministrationTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    SubmissionService submissions;
    @Autowired
    RollupService rollups;
    @Autowired
    UnitImportService units;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    void signIn(String user, String role) {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }

    @BeforeEach
    void fixture() {
        if (jdbc.queryForObject("select count(*) from administrative_unit where code = 'T0'", Integer.class) == 0) {
            new FixtureProvince(units, submissions, jdbc, () -> signIn("admin", "ADMIN")).load();
        }
        signIn("admin", "ADMIN");
    }

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    private boolean inForm(String code) {
        ReportForm form = submissions.form("TC11", "2024-04");
        return form.rows().stream().anyMatch(r -> r.indicator().equals(code));
    }

    @Test
    void a_provincial_kpi_is_offered_accepted_rolled_up_renamed_and_retired_without_losing_its_values() {
        int audits = jdbc.queryForObject("select count(*) from audit_entry where action like 'INDICATOR_%'",
                Integer.class);
        IndicatorSummary added = indicators.add(new NewIndicator("vp_smart_cameras", "Số camera giám sát thông minh",
                "Smart surveillance cameras", Pillar.DIGITAL_SOCIETY, "camera", null, null, true,
                TimeAggregation.LAST_VALUE_FOR_STOCKS, Set.of(UnitLevel.COMMUNE), Direction.HIGHER_IS_BETTER,
                "Số camera có kết nối trung tâm giám sát của tỉnh."));
        assertThat(added.code()).isEqualTo("VP_SMART_CAMERAS");
        assertThat(added.aggUnits()).isEqualTo(UnitAggregation.SUM);
        assertThat(inForm("VP_SMART_CAMERAS")).isTrue();

        submissions.submitForm(new FormEntry("TC11", "2024-04", Map.of("VP_SMART_CAMERAS", new BigDecimal("12"))),
                Messages.VIETNAMESE);
        submissions.submitForm(new FormEntry("TC21", "2024-04", Map.of("VP_SMART_CAMERAS", new BigDecimal("5"))),
                Messages.VIETNAMESE);
        assertThat(rollups.value("VP_SMART_CAMERAS", "T0", "2024-04").value()).isEqualByComparingTo("17");

        indicators.rename("VP_SMART_CAMERAS", "Số camera AI", "AI cameras");
        assertThat(indicators.find("VP_SMART_CAMERAS").orElseThrow().indicator().nameVi()).isEqualTo("Số camera AI");

        indicators.setActive("VP_SMART_CAMERAS", false);
        assertThat(inForm("VP_SMART_CAMERAS")).isFalse();
        assertThatThrownBy(() -> submissions.submitForm(new FormEntry("TC12", "2024-04", Map.of("VP_SMART_CAMERAS",
                new BigDecimal("3"))), Messages.VIETNAMESE))
                .isInstanceOf(vn.dti.dashboard.reporting.SubmissionRefusedException.class)
                .satisfies(e -> assertThat(((vn.dti.dashboard.reporting.SubmissionRefusedException) e).details()
                        .toString()).contains("Chỉ tiêu VP_SMART_CAMERAS đã ngừng sử dụng"));
        assertThat(jdbc.queryForObject("select count(*) from report_value where indicator_code = 'VP_SMART_CAMERAS'",
                Integer.class)).isEqualTo(2);
        assertThat(rollups.value("VP_SMART_CAMERAS", "T0", "2024-04").value()).isEqualByComparingTo("17");
        indicators.setActive("VP_SMART_CAMERAS", true);
        assertThat(inForm("VP_SMART_CAMERAS")).isTrue();

        assertThat(jdbc.queryForList("select action from audit_entry where action like 'INDICATOR_%' and "
                + "username = 'admin' order by id", String.class)).hasSize(audits + 4).endsWith("INDICATOR_ADDED",
                        "INDICATOR_RENAMED", "INDICATOR_DEACTIVATED", "INDICATOR_ACTIVATED");
    }

    @Test
    void wrong_additions_are_refused_with_a_message_and_change_nothing() {
        int before = indicators.catalogue().size();
        assertThatThrownBy(() -> indicators.add(new NewIndicator("DOSSIERS_RECEIVED", "Trùng", "Duplicate",
                Pillar.DIGITAL_GOVERNMENT, "hồ sơ", null, null, true, TimeAggregation.SUM_OF_FLOWS,
                Set.of(UnitLevel.COMMUNE), Direction.HIGHER_IS_BETTER, null)))
                .isInstanceOf(IndicatorService.CatalogueChangeRefused.class)
                .hasMessage("Đã có chỉ tiêu mã «DOSSIERS_RECEIVED»; mã chỉ tiêu không được dùng lại.");
        assertThatThrownBy(() -> indicators.add(new NewIndicator("1X", "Sai mã", "Bad code",
                Pillar.DIGITAL_GOVERNMENT, "hồ sơ", null, null, true, TimeAggregation.SUM_OF_FLOWS,
                Set.of(UnitLevel.COMMUNE), Direction.HIGHER_IS_BETTER, null)))
                .isInstanceOf(IndicatorService.CatalogueChangeRefused.class).hasMessageStartingWith("Mã chỉ tiêu «1X»");
        assertThatThrownBy(() -> indicators.add(new NewIndicator("VP_BAD_RATE", "Tỷ lệ sai", "Bad ratio",
                Pillar.DIGITAL_GOVERNMENT, "", "DOSSIERS_ONLINE_RATE", "DOSSIERS_RECEIVED", true,
                TimeAggregation.SUM_OF_FLOWS, Set.of(UnitLevel.COMMUNE), Direction.HIGHER_IS_BETTER, null)))
                .isInstanceOf(IndicatorService.CatalogueChangeRefused.class)
                .hasMessageContaining("«DOSSIERS_ONLINE_RATE» không phải");
        assertThat(indicators.catalogue()).hasSize(before);
    }

    @Test
    void nobody_but_an_administrator_changes_the_catalogue() {
        signIn("lanhdao", "LEADER");
        assertThatThrownBy(() -> indicators.setActive("DOSSIERS_RECEIVED", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> indicators.rename("DOSSIERS_RECEIVED", "x", "y"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(indicators.find("DOSSIERS_RECEIVED").orElseThrow().indicator().active()).isTrue();
    }
}
