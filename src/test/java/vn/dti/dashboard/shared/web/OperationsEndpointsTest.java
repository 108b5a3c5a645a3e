package vn.dti.dashboard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * What an operator relies on: the health endpoint and its probes for anyone (a load balancer has no account),
 * the build and runtime in /actuator/info for signed-in users only, and a request id on every answer.
 */
class OperationsEndpointsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void health_and_its_probes_are_public_and_every_answer_carries_a_request_id() throws Exception {
        String first = mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP")).andReturn().getResponse().getHeader(RequestIdFilter.HEADER);
        String second = mvc.perform(get("/actuator/health")).andReturn().getResponse().getHeader(RequestIdFilter.HEADER);
        assertThat(first).matches("[0-9a-f]{16}");
        assertThat(second).matches("[0-9a-f]{16}").isNotEqualTo(first);
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/indicators").header(RequestIdFilter.HEADER, "proxy-1234"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(RequestIdFilter.HEADER, "proxy-1234"));
    }

    @Test
    void info_shows_the_build_and_runtime_to_signed_in_users_only() throws Exception {
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/info").with(httpBasic("admin", ADMIN_PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.build.artifact").value("dti-dashboard"))
                .andExpect(jsonPath("$.build.version").value("0.1.0-SNAPSHOT"))
                .andExpect(jsonPath("$.java.version").isNotEmpty());
    }
}
