package vn.dti.dashboard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.reporting.DemoReportGenerator.Plan;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * The test context imports the demo reports of two months (IntegrationTest) in the background at start-up,
 * through the submission service, once per database.
 */
class DemoReportImportTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoReportImporter importer;
    @Autowired
    DemoReportProgress progress;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    IndicatorService indicators;

    Plan plan() {
        return new DemoReportGenerator(indicators.catalogue(), indicators.aliases(), hierarchy::unitsInForce)
                .generate(YearMonth.parse(DEMO_REPORTS_FROM), YearMonth.parse(DEMO_REPORTS_TO));
    }

    int demoSubmissions() {
        return jdbc.queryForObject("select count(*) from submission where channel = 'DEMO'", Integer.class);
    }

    long demoValues() {
        return jdbc.queryForObject("select count(*) from report_value v join submission s on s.id = v.submission_id "
                + "where s.channel = 'DEMO'", Long.class);
    }

    @Test
    void the_demo_reports_of_the_test_months_were_stored_as_their_simulated_senders_at_their_simulated_times() {
        Plan plan = plan();
        assertThat(progress.isFinished()).isTrue();
        assertThat(progress.running()).isEmpty();
        assertThat(plan.workbooks()).hasSize(275);
        int reports = plan.workbooks().stream().mapToInt(w -> w.reports().size()).sum();
        assertThat(reports).isEqualTo(532);
        assertThat(demoSubmissions()).isEqualTo(reports);
        assertThat(demoValues()).isEqualTo(plan.workbooks().stream().mapToInt(DemoWorkbook::valueCount).sum())
                .isEqualTo(8_463);
        Map<String, Object> marker = jdbc.queryForMap("select * from demo_report_import");
        assertThat(marker).containsEntry("FIRST_MONTH", "2024-12").containsEntry("LAST_MONTH", "2025-01")
                .containsEntry("WORKBOOKS", 275).containsEntry("REPORTS", 532).containsEntry("VALUES_COUNT", 8_463)
                .containsEntry("REFUSED", 0);
        assertThat(marker.get("FINISHED_AT")).isNotNull();

        // Xã Vũ Di, December 2024: the police's e-ID row first, then its own report, then the corrected one.
        List<Map<String, Object>> versions = jdbc.queryForList("select version, submitted_by, submitted_at, file_name, "
                + "values_count from submission where unit_code = '09130' and period = '2024-12' order by version");
        assertThat(versions).extracting(v -> v.get("VERSION"), v -> v.get("SUBMITTED_BY"), v -> v.get("FILE_NAME"),
                v -> ((OffsetDateTime) v.get("SUBMITTED_AT")).toInstant()).containsExactly(
                        tuple(1, "demo:26-CA", "CA_BC_CDS_VNeID_T12_2024.xlsx",
                                plan.workbooks().stream().filter(w -> w.senderCode().equals("26-CA")
                                        && w.month().equals(YearMonth.of(2024, 12))).findFirst().orElseThrow()
                                        .submittedAt()),
                        tuple(2, "demo:09130", "BC_CDS_T12_2024_XaVuDi.xlsx", Instant.parse("2025-01-03T02:12:00Z")),
                        tuple(3, "demo:09130", "BC_CDS_T12_2024_XaVuDi_sua.xlsx", Instant.parse("2025-01-06T07:40:00Z")));
        assertThat(jdbc.queryForList("select v.amount from report_value v join submission s on s.id = v.submission_id "
                + "where s.unit_code = '09130' and s.period = '2024-12' and v.indicator_code = 'DOSSIERS_RECEIVED' "
                + "order by s.version", BigDecimal.class)).extracting(BigDecimal::stripTrailingZeros)
                .containsExactly(new BigDecimal("3255"), new BigDecimal("325"));
        // The merged Phường Hai Bà Trưng of 2025 reports as the new unit (08740 reused), not as its predecessor.
        assertThat(jdbc.queryForObject("select count(distinct unit_id) from submission where unit_code = '08740'",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void a_later_start_with_the_same_database_imports_nothing() {
        int submissions = demoSubmissions();
        DemoReportImporter.Outcome outcome = importer.importIfNeeded();
        assertThat(outcome.alreadyDone()).isTrue();
        assertThat(outcome.workbooks()).isZero();
        assertThat(demoSubmissions()).isEqualTo(submissions);
    }

    @Test
    void an_import_cut_short_resumes_without_storing_any_workbook_twice() {
        int submissions = demoSubmissions();
        long values = demoValues();
        Object finished = jdbc.queryForObject("select finished_at from demo_report_import", Object.class);
        jdbc.update("update demo_report_import set finished_at = null");
        try {
            DemoReportImporter.Outcome outcome = importer.importIfNeeded();
            assertThat(outcome.alreadyDone()).isFalse();
            assertThat(outcome.skipped()).isEqualTo(275);
            assertThat(outcome.workbooks()).isZero();
            assertThat(outcome.refused()).isZero();
            // Over, so per-file rollups and the banner are back.
            assertThat(progress.running()).isEmpty();
        } finally {
            jdbc.update("update demo_report_import set finished_at = ?", finished);
        }
        assertThat(demoSubmissions()).isEqualTo(submissions);
        assertThat(demoValues()).isEqualTo(values);
    }

    @Test
    void workbooks_that_touch_the_same_unit_never_run_side_by_side() {
        List<List<DemoWorkbook>> segments = DemoReportImporter.segments(plan().workbooks());
        assertThat(segments).allSatisfy(segment -> {
            List<String> units = segment.stream().flatMap(w -> w.reports().stream()).map(r -> r.unitCode()).toList();
            assertThat(units).doesNotHaveDuplicates();
            assertThat(segment.stream().map(DemoWorkbook::month).distinct()).hasSize(1);
        });
        // December: the police matrix alone, the 131 reports sent before Vũ Di's correction, then the correction
        // and the 14 reports later than it; January: the matrix, then the 127 others.
        assertThat(segments).extracting(List::size).containsExactly(1, 131, 15, 1, 127);
    }
}
