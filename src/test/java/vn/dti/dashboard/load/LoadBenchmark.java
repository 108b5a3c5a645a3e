package vn.dti.dashboard.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.dti.dashboard.benchmark.BenchmarkRecord;
import vn.dti.dashboard.e2e.RunningApp;
import vn.dti.dashboard.testsupport.PostgresServer;

/**
 * A bounded load test with wrk (Debian's package, an established HTTP load tool) against the packaged jar,
 * on loopback, once on H2 and once on PostgreSQL: for 60 s, 50 connections read (the REST values and
 * breakdowns a dashboard shows, and the page, script bundle and chart library a browser fetches to open a
 * dashboard) while 5 connections upload distinct monthly report workbooks (each stored as a new version and
 * rolled up). Reported: requests, errors, p50/p95/p99, throughput, and the server's heap after a full
 * collection and resident memory before and after. Goals: no error, p95 of reads under 300 ms.
 * Run: {@code ./mvnw -B -DskipTests package && ./mvnw -B -Pload failsafe:integration-test failsafe:verify}.
 */
@Tag("load")
class LoadBenchmark {

    static final int SECONDS = Integer.getInteger("load.seconds", 60);
    static final String READER = "lanhdao:demo-cds-2024";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void h2_serves_50_readers_and_5_uploaders_for_60_seconds() throws Exception {
        run("h2", List.of());
    }

    @Test
    void postgresql_serves_50_readers_and_5_uploaders_for_60_seconds() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String database = server.createDatabase("load");
        run("postgresql", List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + server.jdbcUrl(database),
                "--spring.datasource.username=" + PostgresServer.USERNAME,
                "--spring.datasource.password=" + PostgresServer.PASSWORD));
    }

    /**
     * Heap per signed-in browser session with an open overview: 200 sessions, each opening the province's
     * overview once. The app runs with Vaadin's eager server load here, so that the page request itself builds
     * the UI with the view (a browser would build the same UI with a second request that wrk or an HTTP client
     * cannot replay); the heap is measured after full collections before and after.
     */
    @Test
    void memory_per_ui_session_with_200_opened_overviews() throws Exception {
        try (RunningApp app = RunningApp.start("load-ui-sessions", List.of("--dti.demo-reports.from=2025-01",
                "--vaadin.eagerServerLoad=true"))) {
            awaitDemoReports(app);
            // One opening first, so that classes and caches are loaded before the baseline.
            open(app);
            Memory before = memory(app);
            java.util.Set<String> sessions = new java.util.HashSet<>();
            for (int i = 0; i < 200; i++) {
                sessions.add(open(app));
            }
            Memory after = memory(app);
            assertThat(sessions).hasSize(200);
            BenchmarkRecord.write("load.txt", ("load ui sessions: 200 sessions each with the province overview open: "
                    + "heap after full GC %d MB before, %d MB after = %d KB per session; RSS %d MB before, %d MB after")
                    .formatted(before.heapMb(), after.heapMb(), (after.heapKb() - before.heapKb()) / 200,
                            before.rssMb(), after.rssMb()));
        }
    }

    /** A new browser session opening the overview; answers its session cookie. */
    private static String open(RunningApp app) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(app.url("/?unit=26&period=2025-06")))
                .header("Authorization", basic(READER)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the overview was built with the page").contains("card-value-DOSSIERS_ONLINE_RATE");
        return page.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
    }

    private void run(String database, List<String> arguments) throws Exception {
        Path work = Files.createDirectories(Path.of("target", "load", database));
        List<String> args = new ArrayList<>(arguments);
        args.add("--dti.demo-reports.from=2025-01");
        try (RunningApp app = RunningApp.start("load-" + database, args)) {
            awaitDemoReports(app);
            List<String> communes = communes(app);
            Path files = Files.createDirectories(work.resolve("uploads"));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String name = "bc-" + i + ".xlsx";
                writeReport(files.resolve(name), communes.get(i % communes.size()), i);
                names.add(files.resolve(name).toAbsolutePath().toString());
            }
            Files.write(work.resolve("uploads.txt"), names);
            String session = session(app);
            String bundle = bundle(app, session);
            Path reads = work.resolve("reads.lua");
            Files.writeString(reads, readsScript(session, bundle));
            Path uploads = work.resolve("uploads.lua");
            Files.writeString(uploads, uploadsScript(work.resolve("uploads.txt").toAbsolutePath()));

            Memory before = memory(app);
            Process readers = wrk(app, 2, 50, reads, work.resolve("reads.out"));
            Process uploaders = wrk(app, 1, 5, uploads, work.resolve("uploads.out"));
            assertThat(readers.waitFor(SECONDS + 60, TimeUnit.SECONDS)).isTrue();
            assertThat(uploaders.waitFor(SECONDS + 60, TimeUnit.SECONDS)).isTrue();
            Memory after = memory(app);
            JsonNode read = result(work.resolve("reads.out"));
            JsonNode upload = result(work.resolve("uploads.out"));
            for (var entry : List.of(java.util.Map.entry("reads", read), java.util.Map.entry("uploads", upload))) {
                JsonNode r = entry.getValue();
                BenchmarkRecord.write("load.txt", ("load %s %s: %d requests in %.1f s = %.0f/s; p50 %.1f ms, p95 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms; errors: status %d, connect %d, read %d, write %d, timeout %d")
                        .formatted(database, entry.getKey(), r.get("requests").asLong(), r.get("seconds").asDouble(),
                                r.get("requests").asLong() / r.get("seconds").asDouble(), r.get("p50").asDouble() / 1000,
                                r.get("p95").asDouble() / 1000, r.get("p99").asDouble() / 1000,
                                r.get("max").asDouble() / 1000, r.get("status").asLong(), r.get("connect").asLong(),
                                r.get("read").asLong(), r.get("write").asLong(), r.get("timeout").asLong()));
            }
            BenchmarkRecord.write("load.txt", ("load %s server memory: heap after full GC %d MB before, %d MB after; "
                    + "RSS %d MB before, %d MB after (-Xmx768m)").formatted(database, before.heapMb(), after.heapMb(),
                            before.rssMb(), after.rssMb()));
            for (JsonNode r : List.of(read, upload)) {
                assertThat(r.get("status").asLong() + r.get("connect").asLong() + r.get("read").asLong()
                        + r.get("write").asLong() + r.get("timeout").asLong()).as("errors").isZero();
            }
            assertThat(upload.get("requests").asLong()).as("uploads").isPositive();
            // What the uploads stored is really there: the newest version of the first file's unit and month.
            JsonNode versions = api(app, "/api/v1/submissions?unit=" + communes.getFirst() + "&period=2025-06",
                    "admin:" + RunningApp.ADMIN_PASSWORD);
            assertThat(versions.get(0).get("version").asInt()).isGreaterThan(1);
        }
    }

    // --- the app ---

    private static JsonNode api(RunningApp app, String path, String user) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    /** The demo reports are imported in the background and rolled up at the end: wait for the province's figure. */
    private static void awaitDemoReports(RunningApp app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            JsonNode value = api(app, "/api/v1/values?indicator=DOSSIERS_RECEIVED&unit=26&period=2025-06", READER);
            if (value.get("reportedUnits").asInt() > 100) {
                return;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("the demo reports were not in after 300 s:\n" + app.logTail(40));
    }

    private static List<String> communes(RunningApp app) throws Exception {
        List<String> codes = new ArrayList<>();
        for (JsonNode unit : api(app, "/api/v1/units?date=2025-06-30", READER)) {
            if ("commune".equals(unit.get("level").asText())) {
                codes.add(unit.get("code").asText());
            }
        }
        assertThat(codes).hasSizeGreaterThan(100);
        return codes;
    }

    /** A signed-in browser session (the page needs one; the REST calls send HTTP Basic each time). */
    private static String session(RunningApp app) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(app.url("/?unit=26&period=2025-06")))
                .header("Authorization", basic(READER)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    /** The page's script bundle, as the browser finds it in the page. */
    private static String bundle(RunningApp app, String session) throws Exception {
        String page = HTTP.send(HttpRequest.newBuilder(URI.create(app.url("/?unit=26&period=2025-06")))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"").matcher(page);
        assertThat(m.find()).as("script bundle in the page").isTrue();
        return "/" + m.group(1);
    }

    private record Memory(long heapKb, long rssMb) {

        long heapMb() {
            return heapKb / 1024;
        }
    }

    /** The server's heap after a full collection (jcmd, as an operator would ask) and its resident memory. */
    private static Memory memory(RunningApp app) throws Exception {
        String jcmd = Path.of(RunningApp.java()).resolveSibling("jcmd").toString();
        exec(jcmd, String.valueOf(app.pid()), "GC.run");
        String heap = exec(jcmd, String.valueOf(app.pid()), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
        assertThat(used.find()).as(heap).isTrue();
        String status = Files.readString(Path.of("/proc", String.valueOf(app.pid()), "status"));
        Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
        assertThat(rss.find()).isTrue();
        return new Memory(Long.parseLong(used.group(1)), Long.parseLong(rss.group(1)) / 1024);
    }

    private static String exec(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    // --- wrk ---

    private static Process wrk(RunningApp app, int threads, int connections, Path script, Path out) throws IOException {
        return new ProcessBuilder("/usr/bin/wrk", "-t" + threads, "-c" + connections, "-d" + SECONDS + "s",
                "--timeout", "10s", "-s", script.toString(), app.baseUrl())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    /** wrk's done() prints one JSON line starting with "RESULT ". */
    private static JsonNode result(Path out) throws IOException {
        String text = Files.readString(out);
        int at = text.indexOf("RESULT ");
        assertThat(at).as(text).isNotNegative();
        return JSON.readTree(text.substring(at + 7).lines().findFirst().orElseThrow());
    }

    static final String DONE = """
            function done(summary, latency, requests)
              local e = summary.errors
              io.write(string.format('RESULT {"requests":%d,"seconds":%f,"p50":%d,"p95":%d,"p99":%d,"max":%d,' ..
                '"status":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d}\\n', summary.requests,
                summary.duration / 1e6, latency:percentile(50), latency:percentile(95), latency:percentile(99),
                latency.max, e.status, e.connect, e.read, e.write, e.timeout))
            end
            """;

    /** What a committee member's dashboard asks for: figures by REST, and the page with its scripts. */
    private static String readsScript(String session, String bundle) {
        List<String> paths = new ArrayList<>();
        for (String indicator : List.of("DOSSIERS_ONLINE_RATE", "EID_ACTIVATED", "CDT_TEAMS", "FEEDBACK_ON_TIME_RATE")) {
            for (String period : List.of("2025-06", "2025-Q2", "2025-H1")) {
                paths.add("/api/v1/values?indicator=" + indicator + "&unit=26&period=" + period);
                paths.add("/api/v1/values/breakdown?indicator=" + indicator + "&unit=26&period=" + period);
                paths.add("/api/v1/values/breakdown?indicator=" + indicator + "&unit=243&period=" + period);
            }
        }
        StringBuilder lua = new StringBuilder("local api = {\n");
        paths.forEach(p -> lua.append("  \"").append(p).append("\",\n"));
        lua.append("}\nlocal pages = {\"/?unit=26&period=2025-06\", \"").append(bundle)
                .append("\", \"/webjars/chart.js/4.5.1/dist/chart.umd.min.js\"}\n")
                .append("local i = 0\n")
                .append("function request()\n  i = i + 1\n")
                .append("  if i % 10 == 0 then\n")
                .append("    return wrk.format(\"GET\", pages[(i / 10) % #pages + 1], {[\"Cookie\"] = \"")
                .append(session).append("\"})\n  end\n")
                .append("  return wrk.format(\"GET\", api[i % #api + 1], {[\"Authorization\"] = \"")
                .append(basic(READER)).append("\"})\nend\n").append(DONE);
        return lua.toString();
    }

    /** Each request uploads the next workbook of the list (each thread starts at its own place). */
    private static String uploadsScript(Path list) {
        return """
                local files = {}
                local n = 0
                local boundary = "----dti-load-boundary"
                local counter = 0
                local threads = 0
                function setup(thread)
                  thread:set("offset", threads * 97)
                  threads = threads + 1
                end
                function init(args)
                  for line in io.lines("%s") do
                    local f = assert(io.open(line, "rb"))
                    files[#files + 1] = f:read("*a")
                    f:close()
                  end
                  n = offset or 0
                end
                function request()
                  n = n + 1
                  local body = "--" .. boundary .. "\\r\\n" ..
                    "Content-Disposition: form-data; name=\\"file\\"; filename=\\"bc.xlsx\\"\\r\\n" ..
                    "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\\r\\n\\r\\n" ..
                    files[n %% #files + 1] .. "\\r\\n--" .. boundary .. "--\\r\\n"
                  return wrk.format("POST", "/api/v1/submissions", {
                    ["Authorization"] = "%s",
                    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary}, body)
                end
                """.formatted(list, basic("admin:" + RunningApp.ADMIN_PASSWORD)) + DONE;
    }

    /** A commune's June 2025 report in the code/value layout, its figures different in every file. */
    private static void writeReport(Path file, String commune, int variant) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Báo cáo");
            sheet.createRow(0).createCell(0).setCellValue("Đơn vị báo cáo: " + commune);
            sheet.createRow(1).createCell(0).setCellValue("Kỳ báo cáo: Tháng 06/2025");
            Row head = sheet.createRow(3);
            head.createCell(0).setCellValue("Mã chỉ tiêu");
            head.createCell(1).setCellValue("Giá trị");
            Object[][] values = {{"DOSSIERS_RECEIVED", 400 + variant}, {"DOSSIERS_RECEIVED_ONLINE", 200 + variant / 2},
                {"CDT_TEAMS", 10 + variant % 3}, {"CDT_MEMBERS", 40 + variant % 7}};
            for (int i = 0; i < values.length; i++) {
                Row row = sheet.createRow(4 + i);
                row.createCell(0).setCellValue((String) values[i][0]);
                row.createCell(1).setCellValue(((Integer) values[i][1]).doubleValue());
            }
            book.write(out);
        }
    }
}
