package vn.dti.dashboard.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dti.dashboard.testsupport.FixtureProvince;
import vn.dti.dashboard.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import vn.dti.dashboard.hierarchy.UnitImportService;
import vn.dti.dashboard.reporting.SubmissionService;
import vn.dti.dashboard.shared.api.ApiException;

/**
 * Rollups of {@link FixtureProvince}, whose every figure is worked out by hand in the tests below (the table
 * of reports is in its javadoc).
 */
@SpringBootTest(properties = {"dti.demo-data=false", "dti.admin-password=rollup-fixture-Pa55",
    "dti.test-context=rollup-fixture"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RollupFixtureTests {

    static final String PASSWORD = "rollup-fixture-Pa55";

    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UnitImportService units;
    @Autowired
    SubmissionService submissions;
    @Autowired
    RollupService rollups;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ReportingDeadlines deadlines;

    @BeforeAll
    void fixtureProvince() {
        new FixtureProvince(units, submissions, jdbc, this::signInAsAdmin).load();
        // The times were changed behind the rollups' back; roll again from the reports.
        rollups.rebuild();
        security.clearContext();
    }

    void signInAsAdmin() {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    @BeforeEach
    void signIn() {
        signInAsAdmin();
    }

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    /** R, O and T stand for the three reported indicators (see {@link FixtureProvince}). */
    void report(String unit, String month, Object... letterAndValue) {
        new FixtureProvince(units, submissions, jdbc, this::signInAsAdmin).report(unit, month, letterAndValue);
    }

    static String show(RolledValue v) {
        return "%s %s %s=%s (%s/%s) reported %d/%d on time %d as of %s".formatted(v.unit(), v.period(),
                v.indicator(), plain(v.value()), plain(v.numerator()), plain(v.denominator()), v.reportedUnits(),
                v.expectedUnits(), v.onTimeUnits(), v.asOfMonth());
    }

    static String plain(BigDecimal number) {
        return number == null ? "-" : number.toPlainString();
    }

    @Test
    void march_sums_each_unit_with_its_own_figure_and_its_children() {
        // TD1: own 30 + TC11 110 + TC12 180 = 320 received; 30 + 55 + 90 = 175 online; TC11 and TC12 reported
        // of TC11..TC13 (a district's own figure adds to the sum but is not a reporting unit).
        assertThat(show(rollups.value("DOSSIERS_RECEIVED", "TD1", "2024-03")))
                .isEqualTo("TD1 2024-03 DOSSIERS_RECEIVED=320 (-/-) reported 2/3 on time 2 as of 2024-03");
        // TD2: 70 + 40 = 110 (TC23 sent teams only); TC21's report was late.
        assertThat(show(rollups.value("DOSSIERS_RECEIVED", "TD2", "2024-03")))
                .isEqualTo("TD2 2024-03 DOSSIERS_RECEIVED=110 (-/-) reported 2/3 on time 1 as of 2024-03");
        // T0: 320 + 110 + TS1 500 = 930; expected: 6 communes + the department = 7; on time: 2 + 1 + 1.
        assertThat(show(rollups.value("DOSSIERS_RECEIVED", "T0", "2024-03")))
                .isEqualTo("T0 2024-03 DOSSIERS_RECEIVED=930 (-/-) reported 5/7 on time 4 as of 2024-03");
        // Teams: TD1 6 + 9 = 15, TD2 4 + 2 + 1 = 7, T0 22; departments do not report teams: 6 expected.
        assertThat(show(rollups.value("CDT_TEAMS", "T0", "2024-03")))
                .isEqualTo("T0 2024-03 CDT_TEAMS=22 (-/-) reported 5/6 on time 4 as of 2024-03");
    }

    @Test
    void a_ratio_is_recomputed_from_the_rolled_parts_never_averaged() {
        // T0 online 175 + 55 + 400 = 630 of 930 received: 67.74 %. The communes' own rates (50, 50, 50, 50,
        // 100, 80 %) would average to 63.33 %, which is not what the province did.
        assertThat(show(rollups.value("DOSSIERS_ONLINE_RATE", "T0", "2024-03")))
                .isEqualTo("T0 2024-03 DOSSIERS_ONLINE_RATE=67.74 (630/930) reported 5/7 on time 4 as of 2024-03");
        // TD1: 175 / 320 = 54.6875 → 54.69.
        assertThat(rollups.value("DOSSIERS_ONLINE_RATE", "TD1", "2024-03").value()).isEqualByComparingTo("54.69");
    }

    @Test
    void a_quarter_sums_flows_takes_stocks_at_their_last_month_and_recomputes_ratios() {
        // Received: January 300 + 50 = 350, February 120 + 60 = 180, March 930: 1,460.
        assertThat(rollups.value("DOSSIERS_RECEIVED", "T0", "2024-Q1").value()).isEqualByComparingTo("1460");
        // Online: 100 + 90 + 630 = 820; 820 / 1,460 = 56.16 %.
        assertThat(show(rollups.value("DOSSIERS_ONLINE_RATE", "T0", "2024-Q1"))).isEqualTo(
                "T0 2024-Q1 DOSSIERS_ONLINE_RATE=56.16 (820/1460) reported 5/7 on time 4 as of 2024-03");
        // Teams are a stock: the quarter stands at March, 22 — not 13 + 9 + 22.
        assertThat(show(rollups.value("CDT_TEAMS", "T0", "2024-Q1")))
                .isEqualTo("T0 2024-Q1 CDT_TEAMS=22 (-/-) reported 5/6 on time 4 as of 2024-03");
        // February alone: TC12 did not report, so TD1's teams stand at 6 (missing is missing, not zero).
        assertThat(show(rollups.value("CDT_TEAMS", "TD1", "2024-02")))
                .isEqualTo("TD1 2024-02 CDT_TEAMS=6 (-/-) reported 1/3 on time 1 as of 2024-02");
        // Year to date at February: 350 + 180.
        assertThat(rollups.value("DOSSIERS_RECEIVED", "T0", "2024-02-YTD").value()).isEqualByComparingTo("530");
    }

    @Test
    void a_figure_comes_with_the_previous_period_and_the_same_period_a_year_earlier() {
        RollupService.Comparison march = rollups.compare("DOSSIERS_RECEIVED", "T0", "2024-03");
        // February 180 → March 930.
        assertThat(march.previous().value()).isEqualByComparingTo("180");
        assertThat(march.changeFromPrevious()).isEqualByComparingTo("750");
        assertThat(march.sameLastYear().period()).isEqualTo("2023-03");
        // April 2024 and May 2023 have no reports: no change to show, rather than a change from zero.
        RollupService.Comparison may = rollups.compare("DOSSIERS_RECEIVED", "T0", "2024-05");
        assertThat(may.previous().value()).isNull();
        assertThat(may.changeFromPrevious()).isNull();
        assertThat(may.sameLastYear().value()).isNull();
        assertThat(may.changeFromLastYear()).isNull();
        // A quarter compares with the quarter before (Q4 2023 has none) and Q1 2023.
        assertThat(rollups.compare("DOSSIERS_RECEIVED", "T0", "2024-Q1").previous().period()).isEqualTo("2023-Q4");
    }

    @Test
    void a_unit_that_never_reported_has_no_value_rather_than_zero() {
        assertThat(show(rollups.value("DOSSIERS_RECEIVED", "TC13", "2024-03")))
                .isEqualTo("TC13 2024-03 DOSSIERS_RECEIVED=- (-/-) reported 0/1 on time 0 as of null");
        assertThat(show(rollups.value("DOSSIERS_RECEIVED", "T0", "2023-12")))
                .isEqualTo("T0 2023-12 DOSSIERS_RECEIVED=- (-/-) reported 0/7 on time 0 as of null");
    }

    @Test
    void the_breakdown_lists_every_child_in_force_and_the_series_every_month() {
        assertThat(rollups.breakdown("DOSSIERS_RECEIVED", "T0", "2024-03")).extracting(RollupFixtureTests::show)
                .containsExactly("TD1 2024-03 DOSSIERS_RECEIVED=320 (-/-) reported 2/3 on time 2 as of 2024-03",
                        "TD2 2024-03 DOSSIERS_RECEIVED=110 (-/-) reported 2/3 on time 1 as of 2024-03",
                        "TS1 2024-03 DOSSIERS_RECEIVED=500 (-/-) reported 1/1 on time 1 as of 2024-03");
        assertThat(rollups.series("DOSSIERS_RECEIVED", "T0", "2024-01", "2024-04"))
                .extracting(v -> v.period() + "=" + plain(v.value()))
                .containsExactly("2024-01=350", "2024-02=180", "2024-03=930", "2024-04=-");
    }

    @Test
    void the_api_answers_the_contract_fields_and_refuses_bad_questions_with_the_error_format() throws Exception {
        mvc.perform(get("/api/v1/values").param("indicator", "DOSSIERS_ONLINE_RATE").param("unit", "T0")
                .param("period", "2024-03").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator").value("DOSSIERS_ONLINE_RATE"))
                .andExpect(jsonPath("$.unit").value("T0"))
                .andExpect(jsonPath("$.period").value("2024-03"))
                .andExpect(jsonPath("$.value").value(67.74))
                .andExpect(jsonPath("$.numerator").value(630))
                .andExpect(jsonPath("$.denominator").value(930))
                .andExpect(jsonPath("$.reportedUnits").value(5))
                .andExpect(jsonPath("$.expectedUnits").value(7));
        mvc.perform(get("/api/v1/values/breakdown").param("indicator", "CDT_TEAMS").param("unit", "T0")
                .param("period", "2024-03").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].unit").value(org.hamcrest.Matchers.contains("TD1", "TD2", "TS1")))
                .andExpect(jsonPath("$[*].value").value(org.hamcrest.Matchers.contains(15, 7, null)));
        mvc.perform(get("/api/v1/values").param("indicator", "NO_SUCH").param("unit", "T0")
                .param("period", "2024-03").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(get("/api/v1/values").param("indicator", "CDT_TEAMS").param("unit", "T0")
                .param("period", "2024-13").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"));
        mvc.perform(get("/api/v1/values").param("indicator", "CDT_TEAMS").param("unit", "NOPE")
                .param("period", "2024-03").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Không có đơn vị mã «NOPE» trong Tháng 3/2024."));
        assertThatThrownBy(() -> rollups.series("CDT_TEAMS", "T0", "2024-03", "2024-Q1"))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void a_reporter_reads_its_commune_and_its_districts_aggregate_but_not_its_neighbours() throws Exception {
        long tc11 = jdbc.queryForObject("select id from administrative_unit where code = 'TC11'", Long.class);
        new TestAccounts(jdbc, passwordEncoder).put("bc-tc11", PASSWORD, "REPORTER", List.of(tc11));
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("/api/v1/values?unit=TC11", 200); // its own commune
        expected.put("/api/v1/values?unit=TD1", 200); // its district's aggregate, as context
        expected.put("/api/v1/values/series?unit=TD1&from=2024-01&to=2024-03", 200);
        expected.put("/api/v1/values/breakdown?unit=TC11", 200); // nothing below a commune: an empty list
        expected.put("/api/v1/values/breakdown?unit=TD1", 403); // would show the neighbours' figures
        expected.put("/api/v1/values?unit=TC12", 403); // a neighbour
        expected.put("/api/v1/values?unit=TD2", 403); // another district
        expected.put("/api/v1/values?unit=T0", 403); // the province is not its parent
        expected.put("/api/v1/values/series?unit=TC21&from=2024-01&to=2024-03", 403);
        Map<String, Integer> actual = new java.util.LinkedHashMap<>();
        for (String url : expected.keySet()) {
            String query = url.contains("series") ? "&indicator=DOSSIERS_RECEIVED"
                    : "&indicator=DOSSIERS_RECEIVED&period=2024-03";
            actual.put(url, mvc.perform(get(url + query).with(httpBasic("bc-tc11", PASSWORD))).andReturn()
                    .getResponse().getStatus());
        }
        assertThat(actual).isEqualTo(expected);
        mvc.perform(get("/api/v1/values?unit=TD1&indicator=DOSSIERS_RECEIVED&period=2024-03")
                .with(httpBasic("bc-tc11", PASSWORD)))
                .andExpect(jsonPath("$.value").value(320)); // TD1's own 30 + TC11's 110 + TC12's 180
        mvc.perform(get("/api/v1/values?unit=TC12&indicator=DOSSIERS_RECEIVED&period=2024-03")
                .with(httpBasic("bc-tc11", PASSWORD)))
                .andExpect(jsonPath("$.error").value("forbidden"));

        // Its rank among the district's communes, without their figures: 180 (TC12) before 110, TC13 silent.
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bc-tc11", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_REPORTER")));
        assertThat(rollups.standings(List.of("DOSSIERS_RECEIVED", "CDT_TEAMS"), "TC11", "2024-03"))
                .extracting(s -> s.indicator() + " rank " + s.rank() + " of " + s.peers() + ", parent "
                        + plain(s.parent().value()))
                .containsExactly("DOSSIERS_RECEIVED rank 2 of 2, parent 320", "CDT_TEAMS rank 2 of 2, parent 15");
        assertThatThrownBy(() -> rollups.standings(List.of("CDT_TEAMS"), "TC12", "2024-03"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_later_deadline_set_by_the_administrator_recounts_the_reports_on_time_and_is_audited() {
        // TC21's March report arrived on 9 April: late against day 5, on time against day 10.
        assertThat(rollups.value("DOSSIERS_RECEIVED", "T0", "2024-03").onTimeUnits()).isEqualTo(4);
        assertThatThrownBy(() -> deadlines.set("T0", 31, "cuối tháng")).isInstanceOf(ApiException.class)
                .hasMessage("Hạn báo cáo phải là một ngày từ 1 đến 28 của tháng sau, không phải 31.");
        assertThatThrownBy(() -> deadlines.set("TD1", 10, "không phải tỉnh")).isInstanceOf(ApiException.class);
        int audits = jdbc.queryForObject("select count(*) from audit_entry where action = 'DEADLINE_CHANGED'",
                Integer.class);
        try {
            deadlines.set("T0", 10, "Kỳ nghỉ lễ 30/4");
            assertThat(rollups.value("DOSSIERS_RECEIVED", "T0", "2024-03").onTimeUnits()).isEqualTo(5);
            assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'DEADLINE_CHANGED' "
                    + "order by id desc fetch first 1 rows only", String.class))
                    .isEqualTo("mặc định → ngày 10: Kỳ nghỉ lễ 30/4");
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'DEADLINE_CHANGED'",
                    Integer.class)).isEqualTo(audits + 1);
        } finally {
            deadlines.set("T0", 5, "trở lại hạn mặc định");
        }
        assertThat(rollups.value("DOSSIERS_RECEIVED", "T0", "2024-03").onTimeUnits()).isEqualTo(4);
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("lanhdao", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_LEADER")));
        assertThatThrownBy(() -> deadlines.set("T0", 10, "thử"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_new_version_changes_the_province_figure_in_the_very_next_call() throws Exception {
        // Months of 2024-05 keep clear of the other tests' figures.
        report("TC11", "2024-05", "R", 100, "O", 50);
        report("TC21", "2024-05", "R", 100, "O", 25);
        mvc.perform(get("/api/v1/values").param("indicator", "DOSSIERS_ONLINE_RATE").param("unit", "T0")
                .param("period", "2024-05").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.value").value(37.5)); // 75 / 200

        report("TC11", "2024-05", "O", 90); // a correction of one figure: 115 / 200

        mvc.perform(get("/api/v1/values").param("indicator", "DOSSIERS_ONLINE_RATE").param("unit", "T0")
                .param("period", "2024-05").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.value").value(57.5))
                .andExpect(jsonPath("$.numerator").value(115))
                .andExpect(jsonPath("$.denominator").value(200));
    }

    @Test
    void only_an_admin_rebuilds() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/rollups/rebuild")
                .with(httpBasic("lanhdao", "demo-cds-2024"))).andExpect(status().isUnauthorized());
        security.clearContext();
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_LEADER")));
        assertThatThrownBy(() -> rollups.rebuild())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    List<String> rollupRows() {
        return jdbc.queryForList("select unit_id, period, indicator_code, amount, reported_units, on_time_units "
                + "from rollup_value order by 1, 2, 3").stream().map(Object::toString).toList();
    }

    @Test
    void updates_after_each_file_come_out_exactly_as_a_full_rebuild() {
        // A random history in 2023 (clear of the other tests' months): units of every level, any subset of the
        // three indicators, and many resubmissions, each rolled up incrementally as it lands.
        java.util.Random random = new java.util.Random(20261124L);
        List<String> reporters = List.of("TC11", "TC12", "TC13", "TC21", "TC22", "TC23", "TD1", "TD2", "TS1", "T0");
        for (int i = 0; i < 60; i++) {
            String unit = reporters.get(random.nextInt(reporters.size()));
            String month = "2023-0" + (1 + random.nextInt(4));
            int received = 10 + random.nextInt(500);
            List<Object> values = new java.util.ArrayList<>();
            if (random.nextBoolean()) {
                values.addAll(List.of("R", received, "O", random.nextInt(received + 1)));
            }
            if (!unit.equals("TS1") && (values.isEmpty() || random.nextBoolean())) {
                values.addAll(List.of("T", random.nextInt(30)));
            }
            if (values.isEmpty()) {
                values.addAll(List.of("R", received));
            }
            report(unit, month, values.toArray());
        }
        List<String> incremental = rollupRows();
        assertThat(incremental).anyMatch(row -> row.contains("2023-03"));

        rollups.rebuild();

        assertThat(rollupRows()).isEqualTo(incremental);
    }
}
