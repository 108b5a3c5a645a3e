package vn.dti.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * The OpenAPI document and the REST contract (../shared/api-contract.md) cannot drift apart: every endpoint of
 * the contract, copied here by hand, is in the document; every API operation in the document answers at least
 * one documented error besides its success, so a client knows what a refusal looks like.
 */
class OpenApiContractTest extends IntegrationTest {

    /** The contract's endpoints (api-contract.md, 2026-11), method and path. */
    static final List<String> CONTRACT = List.of(
            "GET /actuator/health",
            "GET /api/v1/units",
            "POST /api/v1/units/import",
            "GET /api/v1/indicators",
            "POST /api/v1/users",
            "GET /api/v1/templates",
            "POST /api/v1/submissions",
            "GET /api/v1/submissions",
            "GET /api/v1/values",
            "GET /api/v1/values/breakdown",
            "GET /api/v1/exports/values",
            "GET /api/v1/briefs");

    @Autowired
    MockMvc mvc;

    private JsonNode document() throws Exception {
        String json = mvc.perform(get("/v3/api-docs").with(httpBasic("admin", ADMIN_PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return new ObjectMapper().readTree(json);
    }

    private static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(
                method -> operations.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    @Test
    void every_endpoint_of_the_contract_is_in_the_openapi_document() throws Exception {
        assertThat(operations(document())).containsAll(CONTRACT);
    }

    @Test
    void every_api_operation_documents_an_error_answer_besides_its_success() throws Exception {
        JsonNode document = document();
        List<String> withoutErrors = new ArrayList<>();
        List<String> withoutSuccess = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            Set<String> codes = new TreeSet<>();
            method.getValue().get("responses").properties().forEach(r -> codes.add(r.getKey()));
            String operation = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            if (codes.stream().noneMatch(c -> c.startsWith("4"))) {
                withoutErrors.add(operation + " " + codes);
            }
            if (codes.stream().noneMatch(c -> c.startsWith("2"))) {
                withoutSuccess.add(operation + " " + codes);
            }
        }));
        assertThat(withoutErrors).as("operations without a documented 4xx answer").isEmpty();
        assertThat(withoutSuccess).as("operations without a documented success").isEmpty();
    }

    @Test
    void every_json_success_answer_carries_an_example() throws Exception {
        JsonNode document = document();
        List<String> withoutExample = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            method.getValue().get("responses").properties().forEach(response -> {
                JsonNode content = response.getValue().get("content");
                if (!response.getKey().startsWith("2") || content == null) {
                    return;
                }
                content.properties().forEach(media -> {
                    boolean json = media.getKey().contains("json") || media.getKey().equals("*/*");
                    JsonNode m = media.getValue();
                    if (json && !m.has("example") && !m.has("examples")) {
                        withoutExample.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " "
                                + response.getKey());
                    }
                });
            });
        }));
        assertThat(withoutExample).as("JSON answers without an example").isEmpty();
    }
}
