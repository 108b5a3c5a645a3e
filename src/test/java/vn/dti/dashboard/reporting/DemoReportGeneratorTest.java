package vn.dti.dashboard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitLevel;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.TimeAggregation;
import vn.dti.dashboard.reporting.DemoReportGenerator.Plan;
import vn.dti.dashboard.reporting.DemoWorkbook.DemoReport;
import vn.dti.dashboard.reporting.spreadsheet.UnitMatrixSheet;
import vn.dti.dashboard.reporting.spreadsheet.UnitReportSheet;
import vn.dti.dashboard.testsupport.IntegrationTest;

/** The 24 months of demo reports, generated from the demo hierarchy and the shipped catalogue (nothing is stored). */
class DemoReportGeneratorTest extends IntegrationTest {

    static final YearMonth FIRST = YearMonth.of(2023, 7);
    static final YearMonth LAST = YearMonth.of(2025, 6);
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    static Plan plan;

    @Autowired
    HierarchyService hierarchy;
    @Autowired
    IndicatorService indicators;

    DemoReportGenerator generator() {
        return new DemoReportGenerator(indicators.catalogue(), indicators.aliases(), hierarchy::unitsInForce);
    }

    @BeforeEach
    void generateOnce() {
        if (plan == null) {
            plan = generator().generate(FIRST, LAST);
        }
    }

    static List<DemoReport> ownReports(Predicate<DemoWorkbook> which) {
        return plan.workbooks().stream().filter(which).flatMap(w -> w.reports().stream())
                .filter(r -> !r.fromMatrix()).toList();
    }

    static BigDecimal sum(List<DemoReport> reports, String code) {
        return reports.stream().map(r -> r.values().get(code)).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    static Predicate<DemoWorkbook> in(YearMonth month) {
        return w -> w.month().equals(month);
    }

    @Test
    void every_commune_district_and_department_in_force_reports_each_month_except_117_gaps() {
        assertThat(plan.workbooks()).hasSize(3_418);
        assertThat(plan.missing()).hasSize(117);
        assertThat(plan.workbooks().stream().mapToInt(w -> w.reports().size()).sum()).isEqualTo(6_592);
        assertThat(plan.workbooks().stream().mapToInt(DemoWorkbook::valueCount).sum()).isEqualTo(101_639);
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            List<UnitSummary> units = hierarchy.unitsInForce(month.atDay(1));
            long reporting = units.stream().filter(u -> u.level() != UnitLevel.PROVINCE).count();
            YearMonth m = month;
            long gaps = plan.missing().stream().filter(g -> g.month().equals(m)).count();
            long corrections = plan.workbooks().stream().filter(in(month)).filter(DemoWorkbook::correction).count();
            assertThat(ownReports(in(month))).as(month.toString()).hasSize((int) (reporting - gaps + corrections));
            assertThat(ownReports(in(month))).extracting(DemoReport::level).doesNotContain(UnitLevel.PROVINCE);
            assertThat(reporting).isEqualTo(month.isBefore(YearMonth.of(2025, 1)) ? 151 : 136);
        }
        assertThat(plan.missing()).allSatisfy(gap -> assertThat(ownReports(in(gap.month())))
                .extracting(DemoReport::unitCode).doesNotContain(gap.unitCode()));
    }

    @Test
    void the_same_hierarchy_and_catalogue_give_the_same_reports_and_a_shorter_range_the_same_months() {
        Plan again = generator().generate(FIRST, LAST);
        assertThat(summary(again.workbooks())).isEqualTo(summary(plan.workbooks()));
        assertThat(again.missing()).isEqualTo(plan.missing());
        Plan twoMonths = generator().generate(YearMonth.of(2024, 12), YearMonth.of(2025, 1));
        assertThat(summary(twoMonths.workbooks())).isEqualTo(summary(plan.workbooks().stream()
                .filter(w -> !w.month().isBefore(YearMonth.of(2024, 12)) && !w.month().isAfter(YearMonth.of(2025, 1)))
                .toList()));
    }

    static List<String> summary(List<DemoWorkbook> workbooks) {
        return workbooks.stream().map(w -> w.fileName() + " " + w.submittedAt() + " " + w.submittedBy() + " "
                + w.reports().stream().map(r -> r.unitCode() + new java.util.TreeMap<>(r.values())).toList()).toList();
    }

    @Test
    void no_numerator_exceeds_its_denominator_and_no_stock_falls() {
        List<IndicatorSummary> ratios = indicators.catalogue().stream().filter(IndicatorSummary::isRatioOfCounts)
                .toList();
        int pairs = 0;
        for (DemoWorkbook workbook : plan.workbooks()) {
            for (DemoReport report : workbook.reports()) {
                for (IndicatorSummary ratio : ratios) {
                    BigDecimal numerator = report.values().get(ratio.numeratorCode());
                    BigDecimal denominator = report.values().get(ratio.denominatorCode());
                    if (numerator != null && denominator != null) {
                        pairs++;
                        assertThat(numerator).as(workbook.fileName() + " " + ratio.code())
                                .isLessThanOrEqualTo(denominator);
                    }
                }
            }
        }
        assertThat(pairs).isGreaterThan(30_000);

        Set<String> stocks = indicators.catalogue().stream()
                .filter(i -> i.aggTime() == TimeAggregation.LAST_VALUE_FOR_STOCKS && !i.isRatioOfCounts())
                .map(IndicatorSummary::code).collect(Collectors.toSet());
        Map<String, BigDecimal> last = new HashMap<>();
        int compared = 0;
        for (DemoWorkbook workbook : plan.workbooks()) {
            if (workbook.correction()) {
                continue;
            }
            for (DemoReport report : workbook.reports()) {
                for (Map.Entry<String, BigDecimal> value : report.values().entrySet()) {
                    if (!stocks.contains(value.getKey())) {
                        continue;
                    }
                    String key = report.unitCode() + " " + value.getKey();
                    BigDecimal before = last.put(key, value.getValue());
                    if (before != null) {
                        compared++;
                        assertThat(value.getValue()).as(workbook.fileName() + " " + key).isGreaterThanOrEqualTo(before);
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(44_517);
    }

    @Test
    void a_commune_enters_21_to_32_counts_of_its_level_with_the_magnitudes_of_a_commune() {
        Set<String> communeCounts = indicators.catalogue().stream()
                .filter(i -> i.levels().contains(vn.dti.dashboard.indicators.UnitLevel.COMMUNE) && !i.isRatioOfCounts())
                .map(IndicatorSummary::code).collect(Collectors.toSet());
        assertThat(communeCounts).hasSize(35);
        List<DemoReport> communes = ownReports(w -> true).stream().filter(r -> r.level() == UnitLevel.COMMUNE).toList();
        assertThat(communes).hasSize(3_073).allSatisfy(report -> {
            Set<String> counts = report.values().keySet().stream().filter(communeCounts::contains)
                    .collect(Collectors.toSet());
            assertThat(counts.size()).isBetween(21, 32);
            assertThat(report.values().keySet()).doesNotContain("EID_REGISTERED", "EID_ACTIVATED", "COMMUNES_TOTAL")
                    .allMatch(code -> communeCounts.contains(code) || code.endsWith("_RATE"));
        });
        // Communes of 2022-2024 (5,000-25,000 inhabitants); the merged communes of 2025 add up their predecessors.
        List<DemoReport> before2025 = ownReports(w -> w.month().isBefore(YearMonth.of(2025, 1)) && !w.correction())
                .stream().filter(r -> r.level() == UnitLevel.COMMUNE && !r.unitCode().equals("09130")).toList();
        assertThat(before2025).allSatisfy(report -> {
            assertThat(report.values().get("DOSSIERS_RECEIVED")).isBetween(BigDecimal.valueOf(50), BigDecimal.valueOf(800));
            assertThat(report.values().get("OFFICIALS_TOTAL")).isBetween(BigDecimal.valueOf(21), BigDecimal.valueOf(35));
            assertThat(report.values().get("CDT_TEAMS")).isBetween(BigDecimal.valueOf(5), BigDecimal.valueOf(23));
            if (report.values().containsKey("ADULT_POPULATION")) {
                assertThat(report.values().get("ADULT_POPULATION"))
                        .isBetween(BigDecimal.valueOf(3_500), BigDecimal.valueOf(19_500));
            }
        });
    }

    @Test
    void online_dossiers_climb_towards_half_e_id_activations_towards_ninety_percent_and_tet_empties_the_desks() {
        List<DemoReport> july2023 = communes(FIRST);
        List<DemoReport> june2025 = communes(LAST);
        assertThat(percent(sum(july2023, "DOSSIERS_RECEIVED_ONLINE"), sum(july2023, "DOSSIERS_RECEIVED")))
                .isEqualTo(new BigDecimal("19.5"));
        assertThat(percent(sum(june2025, "DOSSIERS_RECEIVED_ONLINE"), sum(june2025, "DOSSIERS_RECEIVED")))
                .isEqualTo(new BigDecimal("51.4"));
        List<DemoReport> eid2023 = matrixReports(FIRST);
        List<DemoReport> eid2025 = matrixReports(LAST);
        assertThat(percent(sum(eid2023, "EID_ACTIVATED"), sum(eid2023, "EID_REGISTERED"))).isEqualTo(new BigDecimal("62.0"));
        assertThat(percent(sum(eid2025, "EID_ACTIVATED"), sum(eid2025, "EID_REGISTERED"))).isEqualTo(new BigDecimal("90.1"));
        BigDecimal february2024 = sum(communes(YearMonth.of(2024, 2)), "DOSSIERS_RECEIVED");
        BigDecimal march2024 = sum(communes(YearMonth.of(2024, 3)), "DOSSIERS_RECEIVED");
        assertThat(february2024).isLessThan(march2024.multiply(new BigDecimal("0.7")));
        BigDecimal january2025 = sum(communes(YearMonth.of(2025, 1)), "DOSSIERS_RECEIVED");
        BigDecimal march2025 = sum(communes(YearMonth.of(2025, 3)), "DOSSIERS_RECEIVED");
        assertThat(january2025).isLessThan(march2025.multiply(new BigDecimal("0.7")));
        // Teams are a stable stock: every 2023-2024 commune keeps its count of teams.
        Map<String, Set<BigDecimal>> teams = new HashMap<>();
        ownReports(w -> w.month().isBefore(YearMonth.of(2025, 1))).stream()
                .filter(r -> r.level() == UnitLevel.COMMUNE)
                .forEach(r -> teams.computeIfAbsent(r.unitCode(), k -> new java.util.HashSet<>())
                        .add(r.values().get("CDT_TEAMS")));
        assertThat(teams).hasSize(136).allSatisfy((code, counts) -> assertThat(counts).hasSize(1));
    }

    static List<DemoReport> communes(YearMonth month) {
        return ownReports(in(month).and(w -> !w.correction())).stream().filter(r -> r.level() == UnitLevel.COMMUNE)
                .toList();
    }

    static List<DemoReport> matrixReports(YearMonth month) {
        return plan.workbooks().stream().filter(in(month)).flatMap(w -> w.reports().stream())
                .filter(DemoReport::fromMatrix).toList();
    }

    @Test
    void e_id_figures_come_only_from_the_police_matrix_of_every_commune() {
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            List<DemoWorkbook> police = plan.workbooks().stream().filter(in(month))
                    .filter(w -> w.senderCode().equals("26-CA")).toList();
            assertThat(police).singleElement().satisfies(w -> {
                assertThat(w.sheets()).hasSize(2);
                assertThat(w.sheets().get(0)).isInstanceOf(UnitReportSheet.class);
                assertThat(w.sheets().get(1)).isInstanceOf(UnitMatrixSheet.class);
                assertThat(LocalDateTime.ofInstant(w.submittedAt(), VIETNAM).toLocalTime())
                        .isBefore(java.time.LocalTime.of(8, 0));
            });
            long communes = hierarchy.unitsInForce(month.atDay(1)).stream()
                    .filter(u -> u.level() == UnitLevel.COMMUNE).count();
            Map<String, BigDecimal> adults = new HashMap<>();
            ownReports(in(month)).forEach(r -> {
                if (r.values().containsKey("ADULT_POPULATION")) {
                    adults.put(r.unitCode(), r.values().get("ADULT_POPULATION"));
                }
            });
            assertThat(matrixReports(month)).hasSize((int) communes).allSatisfy(r -> {
                assertThat(r.values().keySet()).containsExactlyInAnyOrder("EID_REGISTERED", "EID_ACTIVATED");
                assertThat(r.values().get("EID_ACTIVATED")).isLessThanOrEqualTo(r.values().get("EID_REGISTERED"));
                if (adults.containsKey(r.unitCode())) {
                    assertThat(r.values().get("EID_REGISTERED")).isLessThanOrEqualTo(adults.get(r.unitCode()));
                }
            });
        }
        assertThat(ownReports(w -> true)).allSatisfy(r -> assertThat(r.values())
                .doesNotContainKeys("EID_REGISTERED", "EID_ACTIVATED"));
    }

    @Test
    void exactly_one_report_is_sent_twice_first_with_a_mistyped_total_then_corrected() {
        Map<String, List<DemoWorkbook>> byUnitMonth = new HashMap<>();
        for (DemoWorkbook workbook : plan.workbooks()) {
            for (DemoReport report : workbook.reports()) {
                if (!report.fromMatrix()) {
                    byUnitMonth.computeIfAbsent(report.unitCode() + " " + workbook.month(), k -> new ArrayList<>())
                            .add(workbook);
                }
            }
        }
        Map<String, List<DemoWorkbook>> twice = byUnitMonth.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(twice).containsOnlyKeys("09130 2024-12");
        List<DemoWorkbook> versions = twice.get("09130 2024-12");
        assertThat(versions).extracting(DemoWorkbook::fileName, DemoWorkbook::submittedAt, DemoWorkbook::correction)
                .containsExactly(
                        tuple("BC_CDS_T12_2024_XaVuDi.xlsx", Instant.parse("2025-01-03T02:12:00Z"), false),
                        tuple("BC_CDS_T12_2024_XaVuDi_sua.xlsx", Instant.parse("2025-01-06T07:40:00Z"), true));
        assertThat(versions).extracting(w -> w.reports().getFirst().values().get("DOSSIERS_RECEIVED"))
                .containsExactly(new BigDecimal("3255"), new BigDecimal("325"));
    }

    @Test
    void most_reports_arrive_by_the_fifth_about_a_tenth_later_and_styles_are_mixed() {
        List<DemoWorkbook> own = plan.workbooks().stream().filter(w -> !w.senderCode().equals("26-CA")).toList();
        long late = own.stream().filter(w -> w.submittedAt().isAfter(w.month().plusMonths(1).atDay(6).atStartOfDay()
                .toInstant(VIETNAM))).count();
        assertThat(late * 1000 / own.size()).isBetween(90L, 120L);
        assertThat(own).allSatisfy(w -> {
            LocalDateTime at = LocalDateTime.ofInstant(w.submittedAt(), VIETNAM);
            assertThat(YearMonth.from(at)).isEqualTo(w.month().plusMonths(1));
            assertThat(at.getDayOfMonth()).isBetween(1, 20);
            assertThat(at.getHour()).isBetween(8, 16);
        });
        List<UnitReportSheet> communeSheets = own.stream().filter(w -> w.reports().getFirst().level() == UnitLevel.COMMUNE)
                .map(w -> (UnitReportSheet) w.sheets().getFirst()).toList();
        long administrative = communeSheets.stream().filter(s -> s.style() == UnitReportSheet.Style.ADMINISTRATIVE).count();
        assertThat(administrative * 100 / communeSheets.size()).isBetween(40L, 60L);
        // A town named like its district cannot be told apart by its letterhead: it fills the form with its code.
        assertThat(communeSheets).filteredOn(s -> s.header().agency().equals("UBND THỊ TRẤN LẬP THẠCH")).isNotEmpty()
                .allSatisfy(s -> {
                    assertThat(s.style()).isEqualTo(UnitReportSheet.Style.STATISTICAL_FORM);
                    assertThat(s.header().reportingUnit()).isEqualTo("08761 - Thị trấn Lập Thạch");
                });
    }
}
