package vn.dti.dashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The aliases are loaded with the catalogue at start-up, on the real database (migration V4). */
@IndicatorsSpringTest
class IndicatorAliasesTest {

    @Autowired
    IndicatorService service;

    @Autowired
    IndicatorAliasRepository aliases;

    @Autowired
    IndicatorCatalogLoader loader;

    @Test
    void the_151_shipped_aliases_are_in_the_database_and_served_by_indicator_code() {
        assertThat(aliases.count()).isEqualTo(151);
        Map<String, List<String>> byCode = service.aliases();
        assertThat(byCode).hasSize(64);
        assertThat(byCode.get("DOSSIERS_ONLINE_RATE")).containsExactly("Tỷ lệ HSTT", "Tỷ lệ hồ sơ trực tuyến",
                "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến/tổng số hồ sơ", "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
                "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ", "Tỷ lệ tiếp nhận hồ sơ trực tuyến");
        assertThat(aliases.findAll()).filteredOn(a -> a.getAlias().equals("Số tổ CNSCĐ")).singleElement()
                .satisfies(a -> {
                    assertThat(a.getIndicatorCode()).isEqualTo("CDT_TEAMS");
                    assertThat(a.getAliasKey()).isEqualTo("so to cnscd");
                });
    }

    @Test
    void loading_again_adds_nothing() {
        loader.afterSingletonsInstantiated();
        assertThat(aliases.count()).isEqualTo(151);
    }
}
