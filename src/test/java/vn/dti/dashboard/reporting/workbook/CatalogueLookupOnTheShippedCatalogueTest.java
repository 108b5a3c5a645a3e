package vn.dti.dashboard.reporting.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.reporting.ReportValueParser.Kind;
import vn.dti.dashboard.reporting.workbook.IndicatorLookup.Match;
import vn.dti.dashboard.testsupport.IntegrationTest;

/** The lookup built as the service builds it: from the catalogue and the aliases in the database. */
class CatalogueLookupOnTheShippedCatalogueTest extends IntegrationTest {

    @Autowired
    IndicatorService indicators;

    @Test
    void every_catalogue_name_and_every_alias_leads_to_its_own_indicator() {
        List<IndicatorSummary> catalogue = indicators.catalogue();
        Map<String, List<String>> aliases = indicators.aliases();
        CatalogueIndicatorLookup lookup = new CatalogueIndicatorLookup(catalogue, aliases);

        assertThat(catalogue).hasSize(75).allSatisfy(indicator ->
                assertThat(lookup.byName(indicator.nameVi())).as(indicator.nameVi()).map(Match::code)
                        .contains(indicator.code()));
        assertThat(aliases.values().stream().mapToInt(List::size).sum()).isEqualTo(151);
        aliases.forEach((code, names) -> assertThat(names).allSatisfy(alias ->
                assertThat(lookup.byName(alias)).as(alias).map(Match::code).contains(code)));
        assertThat(lookup.byName("Tỷ lệ HSTT")).contains(new Match("DOSSIERS_ONLINE_RATE", Kind.PERCENT, false));
        assertThat(lookup.byName("1.1. Trong đó: tiếp nhận trực tuyến"))
                .contains(new Match("DOSSIERS_RECEIVED_ONLINE", Kind.COUNT, true));
    }

    @Test
    void the_shipped_catalogue_has_23_percentages_4_plain_numbers_and_48_counts() {
        Map<Kind, Long> kinds = indicators.catalogue().stream()
                .collect(Collectors.groupingBy(CatalogueIndicatorLookup::kindOf, Collectors.counting()));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(Kind.PERCENT, 23L, Kind.NUMBER, 4L,
                Kind.COUNT, 48L));
        assertThat(indicators.catalogue().stream().filter(i -> CatalogueIndicatorLookup.kindOf(i) == Kind.NUMBER)
                .map(IndicatorSummary::code)).containsExactly("DTI_SCORE", "DIGITAL_ECONOMY_VALUE_ADDED", "GRDP",
                        "CITIZEN_APP_AVG_MINUTES_PER_DAY");
    }
}
