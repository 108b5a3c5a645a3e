package vn.dti.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * Web hardening, checked without a browser on the headers and bodies the app sends: a Content-Security-Policy
 * on every response (the UI's allows what Vaadin's pre-compiled bundle needs and nothing from elsewhere; the
 * API's allows nothing), frame-ancestors 'none' and X-Frame-Options DENY, nosniff; error answers of the API in
 * the contract's JSON with no stack trace, class name or file path; request bodies above the limits refused
 * with 413 before they are read; sessions time out after 30 minutes.
 */
class WebHardeningTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Value("${server.servlet.session.timeout}")
    Duration sessionTimeout;

    static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ")[0], Function.identity()));
    }

    MockHttpServletResponse response(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void the_web_ui_sends_a_policy_that_lets_vaadin_run_and_nothing_from_elsewhere() throws Exception {
        // Vaadin's own pages need the running servlet (WebServerHardeningTest); the same filter chain writes
        // the headers of these answers of the web side.
        for (MockHttpServletResponse response : List.of(response(get("/actuator/health")),
                response(get("/v3/api-docs").with(httpBasic("admin", ADMIN_PASSWORD))),
                response(get("/v3/api-docs")))) {
            String policy = response.getHeader("Content-Security-Policy");
            assertThat(policy).isNotNull();
            Map<String, String> directives = directives(policy);
            assertThat(directives.get("default-src")).isEqualTo("default-src 'self'");
            // Vaadin's bootstrap page is inline script and executeJs runs through new Function(): both needed.
            assertThat(directives.get("script-src")).isEqualTo("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
            assertThat(directives.get("style-src")).isEqualTo("style-src 'self' 'unsafe-inline'");
            assertThat(directives.get("connect-src")).isEqualTo("connect-src 'self'");
            assertThat(directives.get("img-src")).isEqualTo("img-src 'self' data: blob:");
            assertThat(directives.get("frame-ancestors")).isEqualTo("frame-ancestors 'none'");
            assertThat(directives.get("object-src")).isEqualTo("object-src 'none'");
            assertThat(policy).doesNotContain("http:", "https:", "*");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void the_api_sends_a_policy_that_allows_nothing_on_answers_and_refusals() throws Exception {
        for (MockHttpServletResponse response : List.of(
                response(get("/api/v1/units").with(httpBasic("admin", ADMIN_PASSWORD))),
                response(get("/api/v1/units")),
                response(get("/api/v1/users").with(httpBasic("lanhdao", DEMO_PASSWORD))))) {
            assertThat(response.getHeader("Content-Security-Policy"))
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void api_errors_are_the_contracts_json_without_stack_traces_class_names_or_paths() throws Exception {
        List<RequestBuilder> requests = List.of(
                post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("{\"username\": [")
                        .with(httpBasic("admin", ADMIN_PASSWORD)),
                get("/api/v1/submissions/abc/values").with(httpBasic("admin", ADMIN_PASSWORD)),
                get("/api/v1/submissions/999999999/values").with(httpBasic("admin", ADMIN_PASSWORD)),
                get("/api/v1/no-such-thing").with(httpBasic("admin", ADMIN_PASSWORD)),
                delete("/api/v1/units").with(httpBasic("admin", ADMIN_PASSWORD)),
                get("/api/v1/units").param("date", "2024-02-30").with(httpBasic("admin", ADMIN_PASSWORD)),
                post("/api/v1/users").contentType(MediaType.TEXT_PLAIN).content("x")
                        .with(httpBasic("admin", ADMIN_PASSWORD)),
                get("/api/v1/audit").param("size", "abc").with(httpBasic("admin", ADMIN_PASSWORD)),
                get("/api/v1/units").with(httpBasic("admin", "wrong-password")));
        for (RequestBuilder request : requests) {
            MockHttpServletResponse response = response(request);
            String body = response.getContentAsString();
            assertThat(response.getStatus()).as(body).isBetween(400, 499);
            assertThat(response.getContentType()).as(body).startsWith("application/json");
            assertThat(body).as("status %d", response.getStatus()).contains("\"error\":", "\"message\":")
                    .doesNotContain("Exception", "\tat ", "at vn.", "at org.", "java.", "/work", "/home", "/tmp",
                            "trace", "vn.dti");
        }
    }

    @Test
    void an_api_json_body_above_1_mb_is_refused_with_413_before_being_read() throws Exception {
        MockHttpServletResponse json = response(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .content(new byte[(int) RequestSizeLimitFilter.MAX_API_JSON_BYTES + 1])
                .with(httpBasic("admin", ADMIN_PASSWORD)));
        assertThat(json.getStatus()).isEqualTo(413);
        assertThat(json.getContentAsString()).contains("\"error\":\"too_large\"");
        assertThat(json.getContentType()).startsWith("application/json");
    }

    @Test
    void sessions_time_out_after_30_minutes() {
        assertThat(sessionTimeout).isEqualTo(Duration.ofMinutes(30));
    }
}
