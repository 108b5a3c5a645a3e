package vn.dti.dashboard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The request id: kept from a proxy when it is a plain token, made up otherwise, in the MDC only meanwhile. */
class RequestIdFilterTest {

    private static String run(String header, MockHttpServletResponse response, List<String> seen) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/indicators");
        if (header != null) {
            request.addHeader(RequestIdFilter.HEADER, header);
        }
        new RequestIdFilter().doFilter(request, response, (req, res) -> seen.add(MDC.get(RequestIdFilter.MDC_KEY)));
        return response.getHeader(RequestIdFilter.HEADER);
    }

    @Test
    void a_proxys_id_is_kept_in_the_log_context_and_the_answer_and_gone_afterwards() throws Exception {
        List<String> seen = new ArrayList<>();
        String answered = run("lb-7f3a.42_x", new MockHttpServletResponse(), seen);
        assertThat(answered).isEqualTo("lb-7f3a.42_x");
        assertThat(seen).containsExactly("lb-7f3a.42_x");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
    }

    @Test
    void without_an_id_or_with_one_that_could_forge_log_lines_a_new_one_is_made() throws Exception {
        List<String> seen = new ArrayList<>();
        String fresh = run(null, new MockHttpServletResponse(), seen);
        String forged = run("abc\r\n2026-12-04 INFO admin logged in", new MockHttpServletResponse(), seen);
        String tooLong = run("x".repeat(65), new MockHttpServletResponse(), seen);
        assertThat(List.of(fresh, forged, tooLong)).allSatisfy(id -> assertThat(id).matches("[0-9a-f]{16}"));
        assertThat(seen).containsExactly(fresh, forged, tooLong);
        assertThat(fresh).isNotEqualTo(forged);
    }
}
