package vn.dti.dashboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
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
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * kill -9 during a bulk import: the packaged jar receives a workbook with every commune's report (one sheet
 * each, all or nothing) and is killed while it works on it; started again on the same data directory, the
 * month holds either every commune's report or none (never part of them), no report file is left without its
 * submission, and the same import can be sent again and then holds all of them.
 */
@Tag("e2e")
class DurabilityE2E {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;
    private static final List<String> ARGUMENTS = List.of("--dti.demo-reports.enabled=false");

    private static HttpRequest.Builder request(RunningApp app, String path) {
        return HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(120)).header(
                "Authorization", "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode get(RunningApp app, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(request(app, path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpRequest upload(RunningApp app, byte[] workbook) {
        String boundary = "----dti-durability";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"xa.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(workbook);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request(app, "/api/v1/submissions").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    /** Every commune on a sheet of its own for the month (MM/YYYY), with every count a commune reports. */
    private static byte[] bulkWorkbook(List<String> communes, List<String> counts, String month) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String commune : communes) {
                Sheet sheet = book.createSheet(commune);
                sheet.createRow(0).createCell(0).setCellValue("Đơn vị báo cáo: " + commune);
                sheet.createRow(1).createCell(0).setCellValue("Kỳ báo cáo: Tháng " + month);
                Row head = sheet.createRow(3);
                head.createCell(0).setCellValue("Mã chỉ tiêu");
                head.createCell(1).setCellValue("Giá trị");
                for (int i = 0; i < counts.size(); i++) {
                    Row row = sheet.createRow(4 + i);
                    row.createCell(0).setCellValue(counts.get(i));
                    row.createCell(1).setCellValue(100); // equal parts: no ratio above 100 %
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The multipart body a request carries (built once, sent by hand over a socket). */
    private static byte[] rawBody(HttpRequest request) throws Exception {
        var publisher = request.bodyPublisher().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Void> done = new CompletableFuture<>();
        publisher.subscribe(new java.util.concurrent.Flow.Subscriber<java.nio.ByteBuffer>() {
            @Override
            public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(java.nio.ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.writeBytes(bytes);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        done.get();
        return out.toByteArray();
    }

    private static List<String> files(Path dataDir) throws Exception {
        Path folder = dataDir.resolve("submissions");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void a_bulk_import_killed_midway_leaves_all_or_nothing_no_orphan_file_and_can_be_repeated() throws Exception {
        Path dataDir = Files.createTempDirectory("dti-e2e-durability-");
        RunningApp first = RunningApp.start("durability-1", ARGUMENTS, dataDir);
        List<String> communes = new ArrayList<>();
        for (JsonNode unit : get(first, "/api/v1/units?date=2024-06-30")) {
            if ("commune".equals(unit.get("level").asText())) {
                communes.add(unit.get("code").asText());
            }
        }
        List<String> counts = new ArrayList<>();
        for (JsonNode indicator : get(first, "/api/v1/indicators")) {
            if ("count".equals(indicator.get("valueType").asText()) && indicator.get("active").asBoolean()
                    && indicator.get("levels").toString().contains("commune")) {
                counts.add(indicator.get("code").asText());
            }
        }
        assertThat(communes).hasSize(136);
        // How long the same import takes here, warm (April and May), so that June's can be killed halfway through.
        long importMillis = 0;
        for (String month : List.of("04/2024", "05/2024")) {
            long start = System.nanoTime();
            HttpResponse<String> earlier = HTTP.send(upload(first, bulkWorkbook(communes, counts, month)),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(earlier.statusCode()).as(earlier.body()).isEqualTo(201);
            importMillis = (System.nanoTime() - start) / 1_000_000;
        }
        byte[] workbook = bulkWorkbook(communes, counts, "06/2024");
        String probe = "/api/v1/values?indicator=" + counts.getFirst() + "&unit=26&period=2024-06";

        // The import is written to the socket, and the process is killed while it reads, checks or stores it
        // (April's and May's imports tell how long one takes here, warm).
        HttpRequest june = upload(first, workbook);
        byte[] body = rawBody(june);
        boolean answeredBeforeKill;
        long killAfterMillis;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", first.port())) {
            String head = "POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + june.headers().firstValue("Authorization").orElseThrow() + "\r\nContent-Type: "
                    + june.headers().firstValue("Content-Type").orElseThrow() + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            killAfterMillis = Math.max(50, importMillis / 4);
            Thread.sleep(killAfterMillis);
            answeredBeforeKill = socket.getInputStream().available() > 0;
            first.kill();
        }
        assertThat(answeredBeforeKill).as("the import (" + importMillis + " ms warm) was still running when killed")
                .isFalse();

        int filesAfterKill = files(dataDir).size();
        long restart = System.nanoTime();
        RunningApp second = RunningApp.start("durability-2", ARGUMENTS, dataDir);
        long restartMillis = (System.nanoTime() - restart) / 1_000_000;
        try {
            int reported = get(second, probe).get("reportedUnits").asInt();
            assertThat(reported).as("communes with a June report after the kill: all or none").isIn(0, 136);
            // No report file without its submission (a file written before the kill is swept at start-up):
            // April's and May's files, and June's if June was committed.
            int filesAfterRestart = files(dataDir).size();
            assertThat(filesAfterRestart).isEqualTo(reported == 0 ? 2 : 3);

            long repeat = System.nanoTime();
            HttpResponse<String> again = HTTP.send(upload(second, workbook), HttpResponse.BodyHandlers.ofString());
            long repeatMillis = (System.nanoTime() - repeat) / 1_000_000;
            assertThat(again.statusCode()).as(again.body()).isIn(201, 200);
            vn.dti.dashboard.benchmark.BenchmarkRecord.write("durability.txt", ("durability: bulk import of 136 "
                    + "communes x %d counts (%d KB), %d ms warm; SIGKILL %d ms into the June import; report files "
                    + "after the kill %d, after the restart %d; restart to ready %d ms; communes with June after the "
                    + "restart %d of 136; repeated import answered %d in %d ms").formatted(counts.size(),
                            workbook.length / 1024, importMillis, killAfterMillis, filesAfterKill,
                            filesAfterRestart, restartMillis, reported, again.statusCode(), repeatMillis));
            assertThat(get(second, probe).get("reportedUnits").asInt()).isEqualTo(136);
            assertThat(get(second, "/api/v1/submissions?unit=" + communes.getFirst() + "&period=2024-06"))
                    .hasSize(1);
            assertThat(files(dataDir)).hasSize(3);
        } finally {
            second.close();
        }
    }
}
