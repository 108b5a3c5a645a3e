package vn.dti.dashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/indicators} of the API contract, on the real database with HTTP Basic. */
@IndicatorsSpringTest
class IndicatorApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    IndicatorCatalogLoader loader;

    @Autowired
    IndicatorRepository indicators;

    @Autowired
    IndicatorTargetRepository targets;

    @Test
    void without_credentials_the_api_answers_401_in_the_contract_error_format() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/indicators")).andExpect(status().isUnauthorized()).andReturn();
        JsonNode body = json(result);
        assertThat(body.get("error").asString()).isEqualTo("unauthorized");
        assertThat(body.get("message").asString()).isNotBlank();
        assertThat(body.get("details").isArray()).isTrue();
    }

    @Test
    void a_wrong_password_is_401_too() throws Exception {
        mvc.perform(get("/api/v1/indicators").with(httpBasic("admin", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void the_catalogue_lists_the_75_indicators_in_csv_order_with_the_contract_fields() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/indicators").with(admin()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        JsonNode body = json(result);

        assertThat(body.isArray()).isTrue();
        assertThat(body.size()).isEqualTo(75);
        List<String> codes = new ArrayList<>();
        body.forEach(node -> codes.add(node.get("code").asString()));
        assertThat(codes).containsExactlyElementsOf(CatalogCsvTest.CODES);
        for (JsonNode node : body) {
            assertThat(node.propertyNames()).contains("code", "nameVi", "nameEn", "unit", "valueType",
                    "numeratorCode", "denominatorCode", "aggUnits", "aggTime", "direction");
        }

        JsonNode rate = body.get(CatalogCsvTest.CODES.indexOf("DOSSIERS_ONLINE_RATE"));
        assertThat(rate.get("code").asString()).isEqualTo("DOSSIERS_ONLINE_RATE");
        assertThat(rate.get("nameVi").asString()).isEqualTo("Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến trên tổng số hồ sơ");
        assertThat(rate.get("nameEn").asString()).isEqualTo("Share of administrative dossiers received online");
        assertThat(rate.get("unit").asString()).isEqualTo("percent");
        assertThat(rate.get("valueType").asString()).isEqualTo("ratio");
        assertThat(rate.get("numeratorCode").asString()).isEqualTo("DOSSIERS_RECEIVED_ONLINE");
        assertThat(rate.get("denominatorCode").asString()).isEqualTo("DOSSIERS_RECEIVED");
        assertThat(rate.get("aggUnits").asString()).isEqualTo("ratio_of_sums");
        assertThat(rate.get("aggTime").asString()).isEqualTo("ratio_of_sums");
        assertThat(rate.get("direction").asString()).isEqualTo("higher_is_better");
        assertThat(rate.get("pillar").asString()).isEqualTo("digital_government");

        JsonNode count = body.get(CatalogCsvTest.CODES.indexOf("DOSSIERS_RECEIVED"));
        assertThat(count.get("valueType").asString()).isEqualTo("count");
        assertThat(count.get("numeratorCode").isNull()).isTrue();
        assertThat(count.get("denominatorCode").isNull()).isTrue();
        assertThat(count.get("aggUnits").asString()).isEqualTo("sum");
        assertThat(count.get("aggTime").asString()).isEqualTo("sum_of_flows");

        JsonNode average = body.get(CatalogCsvTest.CODES.indexOf("CITIZEN_APP_AVG_MINUTES_PER_DAY"));
        assertThat(average.get("aggUnits").asString()).isEqualTo("average-with-note");
    }

    @Test
    void one_indicator_comes_with_its_targets_per_year() throws Exception {
        JsonNode body = json(mvc.perform(get("/api/v1/indicators/HOUSEHOLD_FTTH_RATE").with(admin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(body.get("numeratorCode").asString()).isEqualTo("HOUSEHOLDS_FTTH");
        assertThat(body.get("targets").size()).isEqualTo(2);
        assertThat(body.get("targets").get(0).get("year").asInt()).isEqualTo(2023);
        assertThat(body.get("targets").get(0).get("target").toString()).isEqualTo("85");
        assertThat(body.get("targets").get(1).get("year").asInt()).isEqualTo(2025);
        assertThat(body.get("targets").get(1).get("target").toString()).isEqualTo("80");
        assertThat(body.get("targets").get(1).get("unitScope").asString()).isEqualTo("all");
        assertThat(body.get("targets").get(1).get("comparison").asString()).isEqualTo("at_least");
    }

    @Test
    void an_unknown_code_is_404_in_the_contract_error_format() throws Exception {
        JsonNode body = json(mvc.perform(get("/api/v1/indicators/NO_SUCH_CODE").with(admin()))
                .andExpect(status().isNotFound()).andReturn());
        assertThat(body.get("error").asString()).isEqualTo("not_found");
        assertThat(body.get("message").asString()).contains("NO_SUCH_CODE");
        assertThat(body.get("details").isArray()).isTrue();
    }

    @Test
    void the_list_can_be_limited_to_a_pillar_and_an_unknown_pillar_is_400() throws Exception {
        JsonNode security = json(mvc.perform(get("/api/v1/indicators").param("pillar", "security").with(admin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(security.size()).isEqualTo(3);
        JsonNode bad = json(mvc.perform(get("/api/v1/indicators").param("pillar", "weather").with(admin()))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(bad.get("error").asString()).isEqualTo("bad_request");
    }

    @Test
    void the_loader_leaves_a_filled_catalogue_alone() {
        loader.afterSingletonsInstantiated();
        assertThat(indicators.count()).isEqualTo(75);
        assertThat(targets.count()).isEqualTo(17);
    }

    private static RequestPostProcessor admin() {
        return httpBasic("admin", IndicatorsSpringTest.ADMIN_PASSWORD);
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
