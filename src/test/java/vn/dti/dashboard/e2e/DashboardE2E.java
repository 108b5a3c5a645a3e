package vn.dti.dashboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The steering committee's path in a real browser against the production jar with the demo province: the
 * overview of the latest month with targets and statuses, a district reached in two clicks on a Chart.js bar,
 * a commune from the detail's table, figures equal to {@code GET /api/v1/values}, the breadcrumb back up,
 * a deep link in a fresh session, and the reporting-status matrix naming a unit that did not report.
 */
@E2ETest(appArguments = "--dti.demo-reports.from=2024-07")
class DashboardE2E {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static JsonNode api(RunningApp app, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "lanhdao:demo-cds-2024".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static int reports(RunningApp app, String indicator, String unit, String month) throws Exception {
        return api(app, "/api/v1/values?indicator=" + indicator + "&unit=" + unit + "&period=" + month)
                .get("reportedUnits").asInt();
    }

    /** The figure as the page writes it in Vietnamese: one decimal and " %" for a ratio. */
    private static String vietnamesePercent(JsonNode value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(new BigDecimal(value.asText())) + " %";
    }

    /**
     * Signs in and waits until the demo reports are in (the app serves pages while it loads them, and rolls
     * up once at the end): until a freshly opened page no longer shows the loading notice.
     */
    private static void signInWhenDemoLoaded(RunningApp app, WebDriver browser, String user) {
        Pages.signIn(browser, app, user, "demo-cds-2024");
        Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(180))
                .pollingEvery(java.time.Duration.ofSeconds(2)).until(d -> {
                    d.get(app.url("/tinh-hinh-bao-cao?months=1"));
                    Pages.waitFor(d).until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
                    return d.findElements(By.id("demo-import-banner")).isEmpty();
                });
    }

    private static String attribute(WebDriver browser, String name) {
        return Pages.waitFor(browser).until(d -> {
            List<WebElement> pages = d.findElements(By.cssSelector("[data-" + name + "]"));
            return pages.isEmpty() ? null : pages.getFirst().getAttribute("data-" + name);
        });
    }

    private static boolean chartDrawn(WebDriver browser, String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "const host = document.getElementById(arguments[0]);"
                        + "const canvas = host && host.querySelector('canvas');"
                        + "const chart = canvas && window.Chart && window.Chart.getChart(canvas);"
                        + "return !!chart && canvas.width > 0 && chart.data.datasets[0].data.length > 0;", id));
    }

    /**
     * Clicks the middle of the first bar whose label matches, in a horizontal Chart.js bar chart, as a person
     * would; returns the label.
     */
    private static String clickBar(WebDriver browser, String id, String labelPattern) {
        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "const host = document.getElementById(arguments[0]);"
                        + "host.scrollIntoView({block: 'center'});"
                        + "const canvas = host.querySelector('canvas');"
                        + "const chart = window.Chart.getChart(canvas);"
                        + "const index = chart.data.labels.findIndex(l => new RegExp(arguments[1]).test(l));"
                        + "const bar = chart.getDatasetMeta(0).data[index];"
                        + "return {x: (bar.x + bar.base) / 2 - canvas.clientWidth / 2,"
                        + " y: bar.y - canvas.clientHeight / 2, label: chart.data.labels[index]};", id, labelPattern);
        WebElement canvas = browser.findElement(By.cssSelector("#" + id + " canvas"));
        new Actions(browser).moveToElement(canvas, ((Number) bar.get("x")).intValue(), ((Number) bar.get("y")).intValue())
                .click().perform();
        return (String) bar.get("label");
    }

    @Test
    void a_leader_drills_from_the_province_to_a_district_and_a_commune_and_the_figures_agree_with_the_api(
            RunningApp app, WebDriver browser) throws Exception {
        signInWhenDemoLoaded(app, browser, "lanhdao");
        browser.get(app.url("/"));
        Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("card-DOSSIERS_ONLINE_RATE")));
        // The home page is the overview of the latest month with data (the demo's last month) for the province.
        assertThat(attribute(browser, "period")).isEqualTo("2025-06");
        assertThat(attribute(browser, "unit")).isEqualTo("26");
        String overview = Pages.waitForText(browser, "Tổng quan: Tỉnh Vĩnh Phúc");
        assertThat(overview).contains("Chính quyền số", "Xã hội số", "Mục tiêu: 50 %", "Đã báo cáo:");
        JsonNode province = api(app, "/api/v1/values?indicator=DOSSIERS_ONLINE_RATE&unit=26&period=2025-06");
        assertThat(browser.findElement(By.id("card-value-DOSSIERS_ONLINE_RATE")).getDomProperty("textContent"))
                .isEqualTo(vietnamesePercent(province.get("value")));
        assertThat(browser.findElement(By.id("card-DOSSIERS_ONLINE_RATE")).getText())
                .contains("Đã báo cáo: " + province.get("reportedUnits").asInt() + "/"
                        + province.get("expectedUnits").asInt() + " đơn vị");
        Pages.waitFor(browser).until(d -> chartDrawn(d, "overview-chart"));
        assertThat(Screenshots.fullPage(browser, "dashboard-overview")).isRegularFile();

        // Click 1: a district's bar on the overview; click 2: the card opens the indicator's detail there.
        String district = clickBar(browser, "overview-chart", "^Huyện ");
        Pages.waitForText(browser, "Tổng quan: " + district);
        String districtCode = attribute(browser, "unit");
        assertThat(districtCode).isNotEqualTo("26");
        Pages.waitFor(browser).ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class).until(d -> {
                    WebElement link = d.findElement(By.cssSelector("#card-DOSSIERS_ONLINE_RATE a"));
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
                    link.click();
                    return true;
                });
        Pages.waitFor(browser).until(d -> chartDrawn(d, "children-chart") && chartDrawn(d, "trend-chart"));
        assertThat(browser.getCurrentUrl()).contains("/chi-so?indicator=DOSSIERS_ONLINE_RATE&unit=" + districtCode
                + "&period=2025-06");
        JsonNode districtValue = api(app, "/api/v1/values?indicator=DOSSIERS_ONLINE_RATE&unit=" + districtCode
                + "&period=2025-06");
        assertThat(browser.findElement(By.id("detail-value")).getDomProperty("textContent"))
                .isEqualTo(vietnamesePercent(districtValue.get("value")));
        // The table of communes carries the API's breakdown, value for value.
        JsonNode breakdown = api(app, "/api/v1/values/breakdown?indicator=DOSSIERS_ONLINE_RATE&unit=" + districtCode
                + "&period=2025-06");
        String table = Pages.visibleText(browser, browser.findElement(By.id("children-table")));
        for (JsonNode child : breakdown) {
            assertThat(table).contains(child.get("value").isNull() ? "—" : vietnamesePercent(child.get("value")));
        }
        assertThat(Screenshots.fullPage(browser, "dashboard-indicator-district")).isRegularFile();

        // The PNG the "Tải ảnh PNG" button downloads, made by the same function: a valid PNG at twice the
        // chart's size on screen (plus the title and source bands).
        @SuppressWarnings("unchecked")
        Map<String, Object> png = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "const host = document.getElementById('trend-chart');"
                        + "const url = window.dtiCharts.png(host, {title: 'T', subtitle: 'S', source: 'N'});"
                        + "return {url: url, width: host.querySelector('canvas').clientWidth};");
        String dataUrl = (String) png.get("url");
        assertThat(dataUrl).startsWith("data:image/png;base64,");
        byte[] bytes = Base64.getDecoder().decode(dataUrl.substring("data:image/png;base64,".length()));
        assertThat(java.util.Arrays.copyOf(bytes, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        int width = java.nio.ByteBuffer.wrap(bytes, 16, 4).getInt();
        assertThat(width).isEqualTo(2 * ((Number) png.get("width")).intValue());

        // A row opens the same view one level down; the breadcrumb goes back up to the province.
        WebElement firstCommune = browser.findElement(By.cssSelector("#children-table a"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", firstCommune);
        String commune = firstCommune.getText();
        firstCommune.click();
        String trail = "Tỉnh Vĩnh Phúc › " + district + " › " + commune;
        Pages.waitFor(browser).ignoring(StaleElementReferenceException.class).withMessage(() -> "breadcrumb " + trail)
                .until(d -> trail.equals(d.findElement(By.id("breadcrumb")).getDomProperty("textContent")));
        browser.findElement(By.linkText("Tỉnh Vĩnh Phúc")).click();
        Pages.waitFor(browser).until(d -> "26".equals(attribute(d, "unit")));
        browser.navigate().back();
        Pages.waitFor(browser).until(d -> !"26".equals(attribute(d, "unit")));
        Pages.waitForText(browser, commune);
    }

    @Test
    void a_deep_link_opens_the_same_view_after_signing_in_in_a_fresh_session(RunningApp app, WebDriver browser) {
        signInWhenDemoLoaded(app, browser, "phantich");
        browser.manage().deleteAllCookies();
        browser.get(app.url("/chi-so?indicator=EID_ACTIVATED&unit=26&period=2025-Q2"));
        WebElement user = Pages.waitFor(browser).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys("phantich");
        WebElement pass = browser.findElement(By.cssSelector("input[name=password]"));
        pass.sendKeys("demo-cds-2024");
        pass.sendKeys(org.openqa.selenium.Keys.ENTER);
        Pages.waitFor(browser).until(d -> "2025-Q2".equals(attribute(d, "period")));
        assertThat(browser.getCurrentUrl()).contains("/chi-so?indicator=EID_ACTIVATED&unit=26&period=2025-Q2");
        Pages.waitForText(browser, "Quý II/2025");
        Pages.waitFor(browser).until(d -> chartDrawn(d, "trend-chart"));
    }

    @Test
    void the_reporting_status_matrix_names_the_units_that_did_not_report(RunningApp app, WebDriver browser)
            throws Exception {
        signInWhenDemoLoaded(app, browser, "lanhdao");
        // A commune that sent no report of its own in one of the matrix's months, found through the API: none of
        // three figures every commune report carries (the police's e-ID matrix still files e-ID figures for it).
        List<String> missing = new ArrayList<>();
        for (String month : List.of("2025-06", "2025-05", "2025-04")) {
            for (JsonNode district : api(app, "/api/v1/values/breakdown?indicator=DOSSIERS_RECEIVED&unit=26&period="
                    + month)) {
                for (JsonNode commune : api(app, "/api/v1/values/breakdown?indicator=DOSSIERS_RECEIVED&unit="
                        + district.get("unit").asText() + "&period=" + month)) {
                    if (missing.isEmpty() && commune.get("reportedUnits").asInt() == 0
                            && commune.get("expectedUnits").asInt() == 1
                            && reports(app, "CDT_TEAMS", commune.get("unit").asText(), month) == 0
                            && reports(app, "HAMLETS_TOTAL", commune.get("unit").asText(), month) == 0) {
                        missing.add(commune.get("unit").asText());
                    }
                }
            }
        }
        assertThat(missing).isNotEmpty();
        browser.get(app.url("/tinh-hinh-bao-cao?unit=26&period=2025-06&months=3&behind=true"));
        String page = Pages.waitForText(browser, "Tình hình báo cáo: Tỉnh Vĩnh Phúc");
        assertThat(page).contains("Chưa nộp", "Trễ hạn");
        String name = null;
        for (JsonNode unit : api(app, "/api/v1/units?date=2025-06-30")) {
            if (unit.get("code").asText().equals(missing.getFirst())) {
                name = unit.get("name").asText();
            }
        }
        String expected = name;
        // The grid fetches its rows in pages after it is drawn: wait for the row rather than read at once.
        Pages.waitFor(browser).withMessage(() -> "the matrix to name " + expected).until(d -> Pages.visibleText(d,
                d.findElement(By.id("status-matrix"))).contains(expected));
        assertThat(Screenshots.fullPage(browser, "dashboard-reporting-status")).isRegularFile();
    }

    @Test
    void an_analyst_downloads_the_district_table_as_xlsx_and_csv_and_the_brief_with_native_charts(RunningApp app,
            WebDriver browser) throws Exception {
        signInWhenDemoLoaded(app, browser, "phantich");
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        browser.get(app.url("/chi-so?indicator=DOSSIERS_ONLINE_RATE&unit=243&period=2025-06"));
        Pages.waitFor(browser).until(d -> chartDrawn(d, "children-chart"));
        JsonNode breakdown = api(app, "/api/v1/values/breakdown?indicator=DOSSIERS_ONLINE_RATE&unit=243&period=2025-06");

        byte[] xlsx = Pages.download(browser, "children-xlsx");
        Map<String, String> names = new java.util.HashMap<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("Số liệu");
            assertThat(sheet.getLastRowNum()).isEqualTo(breakdown.size());
            Map<String, Double> values = new java.util.HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                names.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
                if (row.getCell(2) != null) {
                    assertThat(row.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                    values.put(row.getCell(0).getStringCellValue(), row.getCell(2).getNumericCellValue());
                }
            }
            for (JsonNode child : breakdown) {
                if (!child.get("value").isNull()) {
                    assertThat(values.get(child.get("unit").asText())).as(child.get("unit").asText())
                            .isEqualTo(child.get("value").asDouble());
                }
            }
        }
        String csv = new String(Pages.download(browser, "children-csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcode,name,value,numerator,denominator,target,status,rank\r\n");
        // The same units with their Vietnamese names, diacritics intact (Phường Tích Sơn, Xã Thanh Trù…).
        assertThat(names).hasSize(breakdown.size());
        names.forEach((code, name) -> assertThat(csv).contains("\r\n" + code + "," + name + ","));

        browser.get(app.url("/?unit=26&period=2025-06"));
        Pages.waitForText(browser, "Tổng quan");
        byte[] brief = Pages.download(browser, "overview-brief");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(brief))) {
            assertThat(book.getSheet("Tổng hợp").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Báo cáo tháng về chuyển đổi số: Tỉnh Vĩnh Phúc · Tháng 6/2025");
            var charts = book.getSheet("Xu hướng").getDrawingPatriarch().getCharts();
            assertThat(charts).isNotEmpty();
        }

        browser.findElement(By.id("overview-brief-print")).click();
        Pages.waitFor(browser).until(d -> !d.findElements(By.id("brief-title")).isEmpty());
        assertThat(browser.findElement(By.id("brief-title")).getText())
                .isEqualTo("Báo cáo tháng về chuyển đổi số: Tỉnh Vĩnh Phúc · Tháng 6/2025");
        assertThat(browser.findElements(By.tagName("vaadin-app-layout"))).isEmpty();
        assertThat(Screenshots.fullPage(browser, "brief-print")).isRegularFile();
    }
}
