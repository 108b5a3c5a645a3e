package vn.dti.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dti.dashboard.testsupport.UseH2;

/**
 * The hardening of the running server, over real HTTP without a browser: Vaadin's login page (served by the
 * Vaadin servlet, which MockMvc does not reach) carries the Content-Security-Policy, nosniff and DENY, and
 * every script and style it loads comes from the app itself, which is what the policy's 'self' allows; a body
 * declared above 25 MB is refused with 413 before a byte of it is read; an unknown API path is the contract's
 * JSON 404, not Vaadin's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dti.admin-password=server-Admin-1", "dti.demo-data=false", "dti.test-context=web-server"})
@UseH2
class WebServerHardeningTest {

    static final Pattern SOURCES = Pattern.compile("<(?:script|link)\\b[^>]*?\\b(?:src|href)=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void the_login_page_carries_the_policy_and_loads_scripts_and_styles_only_from_the_app() throws Exception {
        HttpResponse<String> page = get("/login", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
                SecurityConfiguration.UI_CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        String html = page.body();
        assertThat(html).contains("<html");
        List<String> sources = new ArrayList<>();
        Matcher matcher = SOURCES.matcher(html);
        while (matcher.find()) {
            sources.add(matcher.group(1));
        }
        assertThat(sources).isNotEmpty().allSatisfy(source -> assertThat(source)
                .doesNotStartWith("http:").doesNotStartWith("https:").doesNotStartWith("//"));
        // The bootstrap page itself runs inline script: why the policy must allow 'unsafe-inline' for scripts.
        assertThat(html).containsPattern("<script(?![^>]*\\bsrc=)[^>]*>\\s*\\S");
        for (String source : sources) {
            if (source.endsWith(".js")) {
                HttpResponse<String> script = get(URI.create("http://localhost/login").resolve(source).getPath());
                assertThat(script.statusCode()).as(source).isEqualTo(200);
                assertThat(script.headers().firstValue("Content-Security-Policy")).as(source).isPresent();
            }
        }
    }

    @Test
    void a_body_declared_above_25_mb_is_refused_with_413_before_it_is_read() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/submissions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString("admin:server-Admin-1".getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                    + (RequestSizeLimitFilter.MAX_ANY_BYTES + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = new byte[12];
            int read = in.readNBytes(head, 0, head.length);
            assertThat(new String(head, 0, read, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void an_unknown_api_path_answers_the_contracts_json_404() throws Exception {
        HttpResponse<String> response = get("/api/v1/khong-co", "Authorization", "Basic "
                + Base64.getEncoder().encodeToString("admin:server-Admin-1".getBytes(StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"error\":\"not_found\"").doesNotContain("<html", "Exception");
    }
}
