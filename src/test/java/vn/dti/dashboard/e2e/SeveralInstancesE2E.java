package vn.dti.dashboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.dti.dashboard.benchmark.BenchmarkRecord;
import vn.dti.dashboard.testsupport.PostgresServer;

/**
 * Two instances of the packaged jar on one PostgreSQL database, as docs/configuration.md describes for a province
 * that outgrows one server: what one instance changes, the other answers with within its check interval
 * (docs/decisions/0014), although both keep the accounts and the hierarchy in memory. Runs with
 * {@code -Pe2e,postgres} (CI does); with {@code -Pe2e} alone it is skipped.
 */
@Tag("e2e")
@EnabledIfSystemProperty(named = "dti.e2e.postgres", matches = "true", disabledReason = "needs -Ppostgres as well")
class SeveralInstancesE2E {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;
    private static final String NEWCOMER = "phan.tich.moi:PhanTich-2026-moi";
    /** The check interval is 1 s; the rest is margin for a loaded 2-core machine. */
    private static final long SEEN_WITHIN_MS = 5_000;

    private static HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                user.getBytes(StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(RunningApp app, String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(URI.create(app.url(path))));
    }

    /** Milliseconds until the answer satisfies the condition; fails after {@link #SEEN_WITHIN_MS}. */
    private static long until(RunningApp app, String user, String path, Predicate<HttpResponse<String>> seen)
            throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> last;
        do {
            last = get(app, user, path);
            if (seen.test(last)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(50);
        } while (System.nanoTime() - start < SEEN_WITHIN_MS * 1_000_000);
        throw new AssertionError("not seen on the other instance after " + SEEN_WITHIN_MS + " ms: " + path + " → "
                + last.statusCode() + " " + last.body());
    }

    private static String nameOf(HttpResponse<String> units, String code) throws Exception {
        for (JsonNode unit : JSON.readTree(units.body())) {
            if (code.equals(unit.get("code").asText())) {
                return unit.get("name").asText();
            }
        }
        return "";
    }

    @Test
    void what_one_instance_changes_the_other_sees_within_its_check_interval() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String database = server.createDatabase("instances");
        List<String> arguments = List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + server.jdbcUrl(database),
                "--spring.datasource.username=" + PostgresServer.USERNAME,
                "--spring.datasource.password=" + PostgresServer.PASSWORD, "--dti.demo-reports.enabled=false");
        try (RunningApp a = RunningApp.start("instance-a", arguments);
                RunningApp b = RunningApp.start("instance-b", arguments)) {
            String units = "/api/v1/units?date=2024-06-30";
            // Copies are kept only once an instance serves (ready for traffic), not while it is starting.
            until(b, ADMIN, "/actuator/health/readiness", r -> r.statusCode() == 200);
            // B refuses the newcomer (no such account yet) and gives the district's name: both now in its memory.
            assertThat(get(b, NEWCOMER, units).statusCode()).isEqualTo(401);
            assertThat(nameOf(get(b, ADMIN, units), "243")).isEqualTo("Thành phố Vĩnh Yên");

            HttpResponse<String> created = send(ADMIN, HttpRequest.newBuilder(URI.create(a.url("/api/v1/users")))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"phan.tich.moi\",\"password\":\"PhanTich-2026-moi\",\"role\":\"ANALYST\","
                                    + "\"unitCodes\":[]}")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long accountSeen = until(b, NEWCOMER, units, r -> r.statusCode() == 200);

            // A failed try on B once the account existed counted against it, and the first success cleared that,
            // which drops B's copy: one more sign-in on B keeps the account as it now stands.
            assertThat(get(b, NEWCOMER, units).statusCode()).isEqualTo(200);
            // Someone guesses the newcomer's password on A until A locks the account. B, which keeps the account in
            // memory as unlocked, refuses the right password too once it has looked at the counters.
            for (int i = 0; i < 5; i++) {
                assertThat(get(a, "phan.tich.moi:doan-sai-" + i, units).statusCode()).isEqualTo(401);
            }
            assertThat(get(a, NEWCOMER, units).body()).contains("account_locked");
            long lockSeen = until(b, NEWCOMER, units, r -> r.statusCode() == 401 && r.body().contains("account_locked"));

            String csv = "code,name,level,parent_code,valid_from,valid_to\n"
                    + "243,Thành phố Vĩnh Yên (đổi tên),district,26,,2025-06-30\n";
            String boundary = "----dti-instances";
            HttpResponse<String> imported = send(ADMIN, HttpRequest.newBuilder(URI.create(a.url("/api/v1/units/import")))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; "
                            + "name=\"file\"; filename=\"don-vi.csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--"
                            + boundary + "--\r\n", StandardCharsets.UTF_8)));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(JSON.readTree(imported.body()).get("updated").asInt()).isEqualTo(1);
            long unitSeen = until(b, ADMIN, units, r -> {
                try {
                    return nameOf(r, "243").equals("Thành phố Vĩnh Yên (đổi tên)");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            BenchmarkRecord.write("instances.txt", ("two instances on one PostgreSQL: an account created on A "
                    + "signs in on B after %d ms; locked on A, it is refused on B after %d ms; a unit renamed by an "
                    + "import on A shows on B after %d ms (check interval 1 s)").formatted(accountSeen, lockSeen,
                            unitSeen));
        }
    }
}
