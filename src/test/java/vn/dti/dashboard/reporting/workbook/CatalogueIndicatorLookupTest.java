package vn.dti.dashboard.reporting.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.UnitAggregation;
import vn.dti.dashboard.indicators.ValueType;
import vn.dti.dashboard.reporting.ReportValueParser.Kind;
import vn.dti.dashboard.reporting.workbook.IndicatorLookup.Match;

class CatalogueIndicatorLookupTest {

    private final CatalogueIndicatorLookup lookup = TestCatalogue.LOOKUP;

    private static IndicatorSummary find(String code) {
        return TestCatalogue.INDICATORS.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void each_kind_of_indicator_is_read_as_its_kind_of_cell() {
        assertThat(CatalogueIndicatorLookup.kindOf(find("DOSSIERS_ONLINE_RATE"))).isEqualTo(Kind.PERCENT);
        assertThat(CatalogueIndicatorLookup.kindOf(find("CDT_TEAMS"))).isEqualTo(Kind.COUNT);
        assertThat(CatalogueIndicatorLookup.kindOf(find("DIGITAL_ECONOMY_VALUE_ADDED"))).isEqualTo(Kind.NUMBER);
        assertThat(CatalogueIndicatorLookup.kindOf(find("DTI_SCORE"))).isEqualTo(Kind.NUMBER);
        assertThat(CatalogueIndicatorLookup.kindOf(find("DTI_RANK"))).isEqualTo(Kind.COUNT);
        assertThat(CatalogueIndicatorLookup.kindOf(find("CITIZEN_APP_AVG_MINUTES_PER_DAY"))).isEqualTo(Kind.NUMBER);
    }

    @Test
    void only_indicators_summed_over_units_are_additive() {
        assertThat(lookup.byCode("EID_ACTIVATED")).contains(new Match("EID_ACTIVATED", Kind.COUNT, true));
        assertThat(lookup.byCode("DOSSIERS_ONLINE_RATE")).contains(new Match("DOSSIERS_ONLINE_RATE", Kind.PERCENT,
                false));
        assertThat(lookup.byCode("DTI_SCORE")).contains(new Match("DTI_SCORE", Kind.NUMBER, false));
    }

    @Test
    void codes_are_found_with_surrounding_spaces_and_in_lower_case_but_not_by_part() {
        assertThat(lookup.byCode(" cdt_teams ")).map(Match::code).contains("CDT_TEAMS");
        assertThat(lookup.byCode("CDT_TEAM")).isEmpty();
        assertThat(lookup.byCode("")).isEmpty();
    }

    @Test
    void names_match_the_catalogue_name_its_aliases_and_its_abbreviations() {
        assertThat(lookup.byName("Số Tổ công nghệ số cộng đồng")).map(Match::code).contains("CDT_TEAMS");
        assertThat(lookup.byName("3. SO TO CONG NGHE SO CONG DONG (tổ)")).map(Match::code).contains("CDT_TEAMS");
        assertThat(lookup.byName("Số tổ CNSCĐ")).map(Match::code).contains("CDT_TEAMS");
        assertThat(lookup.byName("Tỷ lệ HSTT")).map(Match::code).contains("DOSSIERS_ONLINE_RATE");
        assertThat(lookup.byName("2. Tỉ lệ hồ sơ trực tuyến (%)")).map(Match::code).contains("DOSSIERS_ONLINE_RATE");
        assertThat(lookup.byName("1.1 Trong đó: tiếp nhận trực tuyến")).map(Match::code)
                .contains("DOSSIERS_RECEIVED_ONLINE");
        assertThat(lookup.byName("Tổng số hồ sơ TTHC tiếp nhận")).map(Match::code).contains("DOSSIERS_RECEIVED");
        assertThat(lookup.byName("Số hồ sơ đăng ký tài khoản định danh điện tử đã thu nhận")).map(Match::code)
                .contains("EID_REGISTERED");
    }

    @Test
    void section_headings_and_unknown_names_match_nothing() {
        assertThat(lookup.byName("I. CHÍNH QUYỀN SỐ")).isEmpty();
        assertThat(lookup.byName("Số tổ")).isEmpty();
        assertThat(lookup.byName("Trong đó")).isEmpty();
        assertThat(lookup.byName("")).isEmpty();
    }

    @Test
    void a_name_that_would_mean_two_indicators_means_none() {
        IndicatorSummary teams = find("CDT_TEAMS");
        IndicatorSummary members = find("CDT_MEMBERS");
        CatalogueIndicatorLookup ambiguous = new CatalogueIndicatorLookup(List.of(teams, members),
                Map.of("CDT_TEAMS", List.of("Tổ CNSCĐ"), "CDT_MEMBERS", List.of("Tổ CNSCĐ")));
        assertThat(ambiguous.byName("Tổ CNSCĐ")).isEmpty();
        assertThat(ambiguous.byName("Số Tổ công nghệ số cộng đồng")).map(Match::code).contains("CDT_TEAMS");
        assertThat(teams.aggUnits()).isEqualTo(UnitAggregation.SUM);
        assertThat(teams.valueType()).isEqualTo(ValueType.COUNT);
    }
}
