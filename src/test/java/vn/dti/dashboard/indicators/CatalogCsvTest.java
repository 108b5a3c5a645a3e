package vn.dti.dashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dti.dashboard.indicators.CatalogCsv.Catalog;
import vn.dti.dashboard.indicators.CatalogCsv.CatalogEntry;
import vn.dti.dashboard.indicators.CatalogCsv.TargetEntry;

/** The shipped catalogue files, read from the classpath as the app reads them, and the parser's checks. */
class CatalogCsvTest {

    /** The codes of the research catalogue, in its order; other systems and reports depend on them. */
    static final List<String> CODES = List.of("DT_STEERING_MEETINGS", "DT_COMMUNICATION_ITEMS", "AGENCIES_TOTAL",
            "AGENCIES_WITH_DT_STEERING_COMMITTEE", "DT_STEERING_COMMITTEE_RATE", "AGENCIES_WITH_DT_PLAN",
            "DT_PLAN_RATE", "DTI_SCORE", "DTI_RANK", "HOUSEHOLDS_TOTAL", "HOUSEHOLDS_FTTH", "HOUSEHOLD_FTTH_RATE",
            "HAMLETS_TOTAL", "HAMLETS_MOBILE_BROADBAND", "HAMLET_MOBILE_COVERAGE_RATE", "DIGITAL_ADDRESSES",
            "DS_TRAINED_TOTAL", "DS_TRAINED_OFFICIALS", "DS_TRAINED_HAMLET_AND_CITIZENS", "CDT_TEAMS",
            "CDT_TEAMS_HAMLET", "CDT_TEAMS_COMMUNE", "CDT_MEMBERS", "HAMLETS_WITH_CDT", "CDT_HAMLET_COVERAGE_RATE",
            "INFO_SYSTEMS_TOTAL", "INFO_SYSTEMS_LEVEL_APPROVED", "INFO_SYSTEM_LEVEL_APPROVAL_RATE", "COMMUNES_TOTAL",
            "COMMUNES_WITH_OPS_GUIDE_MODEL", "OPS_GUIDE_MODEL_RATE", "OPS_PROVIDED", "OPS_ON_NATIONAL_PORTAL",
            "OPS_NATIONAL_PORTAL_RATE", "OPS_WITH_ONLINE_DOSSIERS", "OPS_WITH_ONLINE_DOSSIERS_RATE",
            "DOSSIERS_RECEIVED", "DOSSIERS_RECEIVED_ONLINE", "DOSSIERS_ONLINE_RATE", "DOSSIERS_RECEIVED_ONLINE_FULL",
            "DOSSIERS_ONLINE_FULL_RATE", "DOSSIERS_RESOLVED", "DOSSIERS_DIGITIZED", "DOSSIER_DIGITIZATION_RATE",
            "RESULTS_RETURNED_ELECTRONIC", "E_RESULT_RATE", "REPORTS_REQUIRED", "REPORTS_ONLINE",
            "ONLINE_REPORTING_RATE", "OFFICIALS_TOTAL", "OFFICIALS_WITH_OFFICIAL_EMAIL", "OFFICIAL_EMAIL_RATE",
            "OFFICIALS_WITH_DIGITAL_SIGNATURE", "OFFICIAL_DIGSIG_RATE", "FEEDBACK_RECEIVED", "FEEDBACK_HANDLED",
            "FEEDBACK_HANDLED_ON_TIME", "FEEDBACK_HANDLED_RATE", "FEEDBACK_ON_TIME_RATE",
            "DIGITAL_PAYMENT_TRANSACTIONS", "DIGITAL_ECONOMY_VALUE_ADDED", "GRDP", "DIGITAL_ECONOMY_SHARE_GRDP",
            "ADULT_POPULATION", "ADULTS_WITH_SMARTPHONE", "SMARTPHONE_ADULT_RATE", "EID_REGISTERED", "EID_ACTIVATED",
            "EID_ACTIVATION_RATE", "EID_ADULT_RATE", "CITIZEN_DIGITAL_SIGNATURES", "CITIZEN_APP_INSTALLS",
            "CITIZEN_APP_ACCOUNTS", "CITIZEN_APP_PENETRATION_RATE", "CITIZEN_APP_AVG_MINUTES_PER_DAY");

    private static final String HEADER = String.join(",", CatalogCsv.INDICATOR_COLUMNS) + "\n";
    private static final String TARGETS_HEADER = String.join(",", CatalogCsv.TARGET_COLUMNS) + "\n";

    private final Catalog shipped = CatalogCsv.readShipped();
    private final Map<String, CatalogEntry> byCode = shipped.indicators().stream()
            .collect(Collectors.toMap(CatalogEntry::code, Function.identity()));

    @Test
    void catalogue_has_75_entries_with_unchanged_codes() {
        assertThat(shipped.indicators()).extracting(CatalogEntry::code).containsExactlyElementsOf(CODES);
    }

    @Test
    void catalogue_has_43_kpis_and_32_base_figures() {
        Map<IndicatorRole, Long> roles = shipped.indicators().stream()
                .collect(Collectors.groupingBy(CatalogEntry::role, Collectors.counting()));
        assertThat(roles).containsExactlyInAnyOrderEntriesOf(Map.of(IndicatorRole.KPI, 43L, IndicatorRole.BASE, 32L));
    }

    @Test
    void dossiers_online_rate_is_dossiers_received_online_over_dossiers_received() {
        CatalogEntry rate = byCode.get("DOSSIERS_ONLINE_RATE");
        assertThat(rate.nameVi()).isEqualTo("Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến trên tổng số hồ sơ");
        assertThat(rate.nameEn()).isEqualTo("Share of administrative dossiers received online");
        assertThat(rate.pillar()).isEqualTo(Pillar.DIGITAL_GOVERNMENT);
        assertThat(rate.unit()).isEqualTo("percent");
        assertThat(rate.valueType()).isEqualTo(ValueType.RATIO);
        assertThat(rate.numeratorCode()).isEqualTo("DOSSIERS_RECEIVED_ONLINE");
        assertThat(rate.denominatorCode()).isEqualTo("DOSSIERS_RECEIVED");
        assertThat(rate.aggUnits()).isEqualTo(UnitAggregation.RATIO_OF_SUMS);
        assertThat(rate.aggTime()).isEqualTo(TimeAggregation.RATIO_OF_SUMS);
        assertThat(rate.levels()).containsExactlyInAnyOrder(UnitLevel.values());
        assertThat(rate.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(rate.role()).isEqualTo(IndicatorRole.KPI);
        assertThat(rate.nationalTarget()).startsWith("50% (2021-2025 requirement applied by provinces)");

        CatalogEntry received = byCode.get("DOSSIERS_RECEIVED");
        assertThat(received.valueType()).isEqualTo(ValueType.COUNT);
        assertThat(received.aggTime()).isEqualTo(TimeAggregation.SUM_OF_FLOWS);
        assertThat(received.numeratorCode()).isNull();
        assertThat(received.denominatorCode()).isNull();
    }

    @Test
    void quoted_commas_and_doubled_quotes_stay_inside_their_field() {
        assertThat(byCode.get("DT_COMMUNICATION_ITEMS").nameVi())
                .isEqualTo("Số tin, bài, chuyên mục tuyên truyền về chuyển đổi số");
        assertThat(byCode.get("DT_STEERING_MEETINGS").definitionSource())
                .contains("item 1.1 \"BCĐ chuyển đổi số cấp huyện tổ chức các cuộc họp trong năm\" scored");
        assertThat(byCode.get("DT_STEERING_MEETINGS").role()).isEqualTo(IndicatorRole.KPI);
    }

    @Test
    void every_ratio_of_sums_names_count_indicators_of_the_catalogue() {
        List<CatalogEntry> ratiosOfSums = shipped.indicators().stream()
                .filter(e -> e.aggUnits() == UnitAggregation.RATIO_OF_SUMS
                        || e.aggTime() == TimeAggregation.RATIO_OF_SUMS)
                .toList();
        // 21 roll up as ratios of sums over units and time, OPS_NATIONAL_PORTAL_RATE over time only.
        assertThat(ratiosOfSums).hasSize(22);
        for (CatalogEntry ratio : ratiosOfSums) {
            assertThat(ratio.valueType()).as(ratio.code()).isEqualTo(ValueType.RATIO);
            assertThat(byCode.get(ratio.numeratorCode())).as(ratio.code() + " numerator").isNotNull()
                    .extracting(CatalogEntry::valueType).isEqualTo(ValueType.COUNT);
            assertThat(byCode.get(ratio.denominatorCode())).as(ratio.code() + " denominator").isNotNull()
                    .extracting(CatalogEntry::valueType).isEqualTo(ValueType.COUNT);
        }
    }

    @Test
    void every_vocabulary_value_of_the_file_is_mapped() {
        assertThat(count(CatalogEntry::aggUnits)).containsExactlyInAnyOrderEntriesOf(Map.of(
                UnitAggregation.SUM, 46L, UnitAggregation.RATIO_OF_SUMS, 21L, UnitAggregation.NONE, 7L,
                UnitAggregation.AVERAGE_WITH_NOTE, 1L));
        assertThat(count(CatalogEntry::aggTime)).containsExactlyInAnyOrderEntriesOf(Map.of(
                TimeAggregation.LAST_VALUE_FOR_STOCKS, 31L, TimeAggregation.RATIO_OF_SUMS, 22L,
                TimeAggregation.SUM_OF_FLOWS, 19L, TimeAggregation.NONE, 2L, TimeAggregation.AVERAGE_WITH_NOTE, 1L));
        assertThat(count(CatalogEntry::valueType)).containsExactlyInAnyOrderEntriesOf(Map.of(
                ValueType.COUNT, 49L, ValueType.RATIO, 24L, ValueType.INDEX, 1L, ValueType.RANK, 1L));
        assertThat(count(CatalogEntry::pillar)).containsExactlyInAnyOrderEntriesOf(Map.of(
                Pillar.DIGITAL_GOVERNMENT, 31L, Pillar.DIGITAL_SOCIETY, 12L, Pillar.HUMAN_RESOURCES, 9L,
                Pillar.INSTITUTIONS, 7L, Pillar.INFRASTRUCTURE, 7L, Pillar.DIGITAL_ECONOMY, 4L, Pillar.SECURITY, 3L,
                Pillar.AWARENESS, 2L));
        assertThat(byCode.get("REPORTS_REQUIRED").direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(shipped.indicators()).filteredOn(e -> e.direction() == Direction.LOWER_IS_BETTER).hasSize(1);
        assertThat(byCode.get("DTI_SCORE").levels()).containsExactly(UnitLevel.PROVINCE);
        assertThat(byCode.get("CITIZEN_APP_AVG_MINUTES_PER_DAY").aggUnits())
                .isEqualTo(UnitAggregation.AVERAGE_WITH_NOTE);
    }

    @Test
    void national_targets_per_year_are_read_with_their_scope() {
        assertThat(shipped.targets()).hasSize(17);
        assertThat(shipped.targets()).filteredOn(t -> t.indicatorCode().equals("DOSSIERS_ONLINE_RATE"))
                .extracting(TargetEntry::year, TargetEntry::target, TargetEntry::scope, TargetEntry::comparison)
                .containsExactly(
                        tuple(2023, new BigDecimal("50"), TargetScope.ALL,
                                TargetComparison.AT_LEAST),
                        tuple(2024, new BigDecimal("50"), TargetScope.ALL,
                                TargetComparison.AT_LEAST),
                        tuple(2025, new BigDecimal("50"), TargetScope.ALL,
                                TargetComparison.AT_LEAST));
        assertThat(shipped.targets()).filteredOn(t -> t.indicatorCode().equals("DIGITAL_ECONOMY_SHARE_GRDP"))
                .extracting(TargetEntry::year, TargetEntry::target, TargetEntry::scope)
                .containsExactly(tuple(2023, new BigDecimal("16"), TargetScope.PROVINCE),
                        tuple(2025, new BigDecimal("20"), TargetScope.PROVINCE));
    }

    @Test
    void a_field_with_a_line_break_is_one_field_and_later_lines_are_numbered_correctly() throws IOException {
        String csv = HEADER
                + row("A_TOTAL", "count", "", "", "sum", "sum_of_flows").replace(",notes-text", ",\"first line\nsecond line\"")
                + row("A_PART", "count", "", "", "sum", "sum_of_flows")
                + row("A_RATE", "ratio", "A_PART", "A_MISSING", "ratio_of_sums", "ratio_of_sums");
        assertThatThrownBy(() -> CatalogCsv.readIndicators(new StringReader(csv), "test.csv"))
                .isInstanceOf(CatalogFileException.class)
                .satisfies(e -> assertThat(((CatalogFileException) e).problems()).containsExactly(
                        "line 5 (A_RATE): denominator_code A_MISSING is not in the catalogue"));
    }

    @Test
    void a_ratio_of_sums_without_a_denominator_is_refused_with_its_line() {
        String csv = HEADER
                + row("A_TOTAL", "count", "", "", "sum", "sum_of_flows")
                + row("A_RATE", "ratio", "A_TOTAL", "", "ratio_of_sums", "ratio_of_sums");
        assertThatThrownBy(() -> CatalogCsv.readIndicators(new StringReader(csv), "test.csv"))
                .isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("test.csv is broken")
                .hasMessageContaining("line 3 (A_RATE): a ratio of sums needs both numerator_code and denominator_code");
    }

    @Test
    void duplicate_codes_unknown_values_and_ratio_parts_that_are_not_counts_are_all_reported() {
        String csv = HEADER
                + row("A_TOTAL", "count", "", "", "sum", "sum_of_flows")
                + row("A_TOTAL", "count", "", "", "sum", "sum_of_flows")
                + row("A_RATE", "ratio", "A_TOTAL", "A_TOTAL", "ratio_of_sums", "ratio_of_sums")
                + row("B_RATE", "ratio", "A_RATE", "A_TOTAL", "ratio_of_sums", "ratio_of_sums")
                + row("C_COUNT", "count", "", "", "max", "sum_of_flows");
        assertThatThrownBy(() -> CatalogCsv.readIndicators(new StringReader(csv), "test.csv"))
                .isInstanceOf(CatalogFileException.class)
                .satisfies(e -> assertThat(((CatalogFileException) e).problems()).containsExactlyInAnyOrder(
                        "line 6 (C_COUNT): agg_units: 'max' is not one of sum, ratio_of_sums, average-with-note, none",
                        "line 3: code A_TOTAL is already used on line 2",
                        "line 4 (A_RATE): numerator_code and denominator_code are the same indicator",
                        "line 5 (B_RATE): numerator_code A_RATE is a ratio, not a count"));
    }

    @Test
    void a_target_for_an_unknown_indicator_or_a_second_one_for_the_same_year_is_refused() throws IOException {
        List<CatalogEntry> indicators = CatalogCsv.readIndicators(new StringReader(HEADER
                + row("A_TOTAL", "count", "", "", "sum", "sum_of_flows")), "test.csv");
        String targets = TARGETS_HEADER
                + "A_TOTAL,2024,all,10,at_least,src,\n"
                + "A_TOTAL,2024,all,12,at_least,src,\n"
                + "B_TOTAL,2024,province,1.5,at_most,,\n"
                + "A_TOTAL,24,all,ten,more,,\n";
        assertThatThrownBy(() -> CatalogCsv.readTargets(new StringReader(targets), "targets.csv", indicators))
                .isInstanceOf(CatalogFileException.class)
                .satisfies(e -> assertThat(((CatalogFileException) e).problems()).containsExactly(
                        "line 3 (A_TOTAL): a second target for A_TOTAL, 2024, all",
                        "line 4 (B_TOTAL): indicator_code B_TOTAL is not in the catalogue",
                        "line 5 (A_TOTAL): year 24 is outside 2000-2100",
                        "line 5 (A_TOTAL): target 'ten' is not a number (use . as decimal mark)",
                        "line 5 (A_TOTAL): comparison: 'more' is not one of at_least, at_most"));
    }

    @Test
    void a_byte_order_mark_before_the_header_is_ignored() throws IOException {
        List<CatalogEntry> entries = CatalogCsv.readIndicators(new StringReader("\uFEFF" + HEADER
                + row("A_TOTAL", "count", "", "", "sum", "sum_of_flows")), "test.csv");
        assertThat(entries).extracting(CatalogEntry::code).containsExactly("A_TOTAL");
        assertThat(entries.getFirst().levels()).isEqualTo(EnumSet.of(UnitLevel.COMMUNE, UnitLevel.PROVINCE));
    }

    private <K> Map<K, Long> count(Function<CatalogEntry, K> key) {
        return shipped.indicators().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    /** A valid row apart from the given fields; notes are "notes-text" so a test can replace them. */
    private static String row(String code, String valueType, String numerator, String denominator, String aggUnits,
            String aggTime) {
        return String.join(",", code, "Tên " + code, "Name " + code, "digital_government", "units", valueType,
                numerator, denominator, aggUnits, aggTime, "province|commune", "higher_is_better", "", "", "",
                "kpi", "", "notes-text") + "\n";
    }
}
