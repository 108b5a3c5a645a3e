package vn.dti.dashboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The journeys of issue 9 in a real browser against the packaged jar, on today's hierarchy (Phú Thọ after the
 * 2025 reform, no demo reports, so the province's figure is exactly what the journey reports): (a) an
 * administrator creates a reporter for one ward; the reporter downloads the ward's template, fills it (POI),
 * uploads it in the browser and sees it stored, and a LEADER's overview shows the new province figure at once;
 * (b) an invalid workbook shows its errors by cell in Vietnamese and nothing is stored; (d) the reporter can
 * open neither an administration page nor another ward's figures, in the browser or by API. Journey (c), an
 * analyst's downloads, is in {@link DashboardE2E}.
 */
@E2ETest(appArguments = "--dti.demo-reports.enabled=false")
class JourneysE2E {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORTER = "pv.vinhyen";
    private static final String REPORTER_PASSWORD = "VinhYen-2026-bc";

    private static HttpResponse<String> call(RunningApp app, String user, HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                user.getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The administrator's part: a REPORTER for Phường Vĩnh Yên (08707), by the contract's API. */
    private static void reporterExists(RunningApp app) throws Exception {
        HttpResponse<String> created = call(app, "admin:" + RunningApp.ADMIN_PASSWORD, HttpRequest.newBuilder(
                URI.create(app.url("/api/v1/users"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + REPORTER + "\",\"password\":\""
                        + REPORTER_PASSWORD + "\",\"role\":\"REPORTER\",\"unitCodes\":[\"08707\"]}")));
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
    }

    private static void signIn(RunningApp app, WebDriver browser, String user, String password) {
        browser.manage().deleteAllCookies();
        Pages.signIn(browser, app, user, password);
        Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
    }

    /** Uploads a file in "Nộp báo cáo" and waits for the check panel. */
    private static String check(RunningApp app, WebDriver browser, Path file, String waitFor) {
        browser.get(app.url("/nop-bao-cao"));
        WebElement upload = Pages.waitFor(browser).ignoring(NoSuchElementException.class)
                .until(d -> d.findElement(By.id("report-upload")));
        Pages.waitFor(browser).ignoring(NoSuchElementException.class).until(d -> ReportUploadE2E.fileInput(upload))
                .sendKeys(file.toAbsolutePath().toString());
        return Pages.waitForText(browser, waitFor);
    }

    @Test
    void a_reporter_fills_the_template_uploads_it_and_the_leader_sees_the_province_figure_at_once(RunningApp app,
            WebDriver browser, @TempDir Path dir) throws Exception {
        reporterExists(app);
        signIn(app, browser, REPORTER, REPORTER_PASSWORD);
        browser.get(app.url("/nop-bao-cao"));
        ReportUploadE2E.choose(browser, "template-unit", "08707 – Phường Vĩnh Yên");
        Pages.waitFor(browser).until(d -> d.findElement(By.id("template-download")).getAttribute("disabled") == null);
        byte[] template = Pages.download(browser, "template-download");

        Path filled = dir.resolve("BaoCao_08707.xlsx");
        String month;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
                OutputStream out = Files.newOutputStream(filled)) {
            XSSFSheet sheet = book.getSheet("Báo cáo");
            Map<String, Row> rows = new HashMap<>();
            String header = "";
            for (Row row : sheet) {
                Cell code = row.getCell(1);
                if (code != null && code.getCellType() == CellType.STRING && code.getStringCellValue().matches("[A-Z][A-Z0-9_]+")) {
                    rows.put(code.getStringCellValue(), row);
                }
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING) {
                    header += first.getStringCellValue() + "\n";
                }
            }
            Matcher period = Pattern.compile("Kỳ báo cáo: Tháng (\\d{2})/(\\d{4})").matcher(header);
            assertThat(period.find()).as(header).isTrue();
            month = period.group(2) + "-" + period.group(1);
            rows.get("DOSSIERS_RECEIVED").getCell(5).setCellValue(1500);
            rows.get("DOSSIERS_RECEIVED_ONLINE").getCell(5).setCellValue(900);
            rows.get("CDT_TEAMS").getCell(5).setCellValue(12);
            book.write(out);
        }

        String checked = check(app, browser, filled, "Phiên bản mới: 1");
        assertThat(checked).contains("08707 – Phường Vĩnh Yên", "Đọc được 1 báo cáo với 3 số liệu; chưa có gì được lưu.",
                "1.500");
        ReportUploadE2E.confirm(browser);
        Pages.waitForText(browser, "đã lưu phiên bản 1 với 3 số liệu");

        // The committee's view, right after: the province is exactly this ward's report (900 / 1.500 = 60 %).
        signIn(app, browser, "lanhdao", "demo-cds-2024");
        browser.get(app.url("/?unit=25&period=" + month));
        Pages.waitFor(browser).until(d -> !d.findElements(By.id("card-value-DOSSIERS_ONLINE_RATE")).isEmpty());
        assertThat(browser.findElement(By.id("card-value-DOSSIERS_ONLINE_RATE")).getText()).isEqualTo("60 %");
        assertThat(browser.findElement(By.id("card-value-CDT_TEAMS")).getText()).isEqualTo("12");
        Screenshots.fullPage(browser, "journey-leader-after-upload");
    }

    @Test
    void an_invalid_workbook_shows_its_errors_by_cell_in_vietnamese_and_nothing_changes(RunningApp app,
            WebDriver browser, @TempDir Path dir) throws Exception {
        reporterExists(app);
        String month = "2026-10";
        String before = call(app, "admin:" + RunningApp.ADMIN_PASSWORD, HttpRequest.newBuilder(URI.create(
                app.url("/api/v1/submissions?unit=08707&period=" + month)))).body();
        Path bad = dir.resolve("SaiSo.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(bad)) {
            XSSFSheet sheet = book.createSheet("Biểu 01");
            sheet.createRow(0).createCell(0).setCellValue("Đơn vị báo cáo: 08707");
            sheet.createRow(1).createCell(0).setCellValue("Kỳ báo cáo: Tháng 10/2026");
            Row head = sheet.createRow(3);
            head.createCell(0).setCellValue("Mã chỉ tiêu");
            head.createCell(1).setCellValue("Giá trị");
            Row words = sheet.createRow(4);
            words.createCell(0).setCellValue("DOSSIERS_RECEIVED");
            words.createCell(1).setCellValue("khoảng mười");
            Row negative = sheet.createRow(5);
            negative.createCell(0).setCellValue("CDT_TEAMS");
            negative.createCell(1).setCellValue(-3);
            book.write(out);
        }
        signIn(app, browser, REPORTER, REPORTER_PASSWORD);
        String checked = check(app, browser, bad, "Số liệu không được âm: -3.");
        assertThat(checked).contains("Có 2 lỗi nên chưa thể nộp; chưa có gì được lưu.",
                "Không đọc được số từ «khoảng mười». Hãy nhập một con số theo cách viết Việt Nam",
                "Biểu 01", "B5", "DOSSIERS_RECEIVED", "B6", "CDT_TEAMS");
        assertThat(browser.findElement(By.id("confirm-submit")).getAttribute("disabled")).as("confirm disabled").isNotNull();
        String after = call(app, "admin:" + RunningApp.ADMIN_PASSWORD, HttpRequest.newBuilder(URI.create(
                app.url("/api/v1/submissions?unit=08707&period=" + month)))).body();
        assertThat(after).isEqualTo(before).isEqualTo("[]");
    }

    @Test
    void a_reporter_reaches_neither_the_administration_nor_another_wards_figures(RunningApp app, WebDriver browser)
            throws Exception {
        reporterExists(app);
        signIn(app, browser, REPORTER, REPORTER_PASSWORD);
        browser.get(app.url("/quan-tri/tai-khoan"));
        Pages.waitForText(browser, "Trang không tồn tại, hoặc tài khoản của bạn không có quyền mở trang này.");
        assertThat(browser.findElements(By.id("users-create"))).isEmpty();

        browser.get(app.url("/chi-so?indicator=DOSSIERS_ONLINE_RATE&unit=08716&period=2026-10"));
        Pages.waitForText(browser, "tài khoản của bạn không được xem đơn vị này");
        assertThat(browser.findElements(By.id("detail-value"))).isEmpty();

        HttpResponse<String> api = call(app, REPORTER + ":" + REPORTER_PASSWORD, HttpRequest.newBuilder(URI.create(
                app.url("/api/v1/values?indicator=DOSSIERS_ONLINE_RATE&unit=08716&period=2026-10"))));
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(api.body()).get("error").asText()).isEqualTo("forbidden");
        HttpResponse<String> own = call(app, REPORTER + ":" + REPORTER_PASSWORD, HttpRequest.newBuilder(URI.create(
                app.url("/api/v1/values?indicator=DOSSIERS_ONLINE_RATE&unit=08707&period=2026-10"))));
        assertThat(own.statusCode()).isEqualTo(200);
    }
}
