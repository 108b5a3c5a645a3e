package vn.dti.dashboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Nộp báo cáo" in a real browser against the production jar: the administrator picks a workbook in the
 * real {@code <vaadin-upload>}, sees the check-only panel with the values and their cells, confirms, and
 * sees the result panel with the stored version.
 */
@E2ETest
class ReportUploadE2E {

    /** A commune's report for February 2022 (before the demo reports) in the code/value layout. */
    static Path workbook(Path dir) throws IOException {
        Path file = dir.resolve("BC_CDS_T02_2022_TichSon.xlsx");
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Biểu 01");
            sheet.createRow(0).createCell(0).setCellValue("BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ");
            sheet.createRow(1).createCell(0).setCellValue("Đơn vị báo cáo: 08707");
            sheet.createRow(2).createCell(0).setCellValue("Kỳ báo cáo: Tháng 02/2022");
            Row header = sheet.createRow(4);
            List<String> titles = List.of("STT", "Mã chỉ tiêu", "Chỉ tiêu", "Số liệu");
            for (int c = 0; c < titles.size(); c++) {
                header.createCell(c).setCellValue(titles.get(c));
            }
            Object[][] values = {{"DOSSIERS_RECEIVED", "1.245"}, {"DOSSIERS_RECEIVED_ONLINE", 512}, {"CDT_MEMBERS", 85}};
            for (int i = 0; i < values.length; i++) {
                Row row = sheet.createRow(5 + i);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue((String) values[i][0]);
                if (values[i][1] instanceof Integer number) {
                    row.createCell(3).setCellValue(number);
                } else {
                    row.createCell(3).setCellValue((String) values[i][1]);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** The file input of a {@code <vaadin-upload>}: in its light DOM or, depending on the version, its shadow root. */
    static WebElement fileInput(WebElement upload) {
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) {
            return light.getFirst();
        }
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type=file]"));
    }

    /** Clicks "Xác nhận nộp" once the check has enabled it. */
    static void confirm(WebDriver browser) {
        Pages.waitFor(browser).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement confirm = d.findElement(By.id("confirm-submit"));
            if (!confirm.isEnabled() || confirm.getAttribute("disabled") != null) {
                return false;
            }
            confirm.click();
            return true;
        });
    }

    /** Picks an item of a Vaadin combo box by typing its exact label. */
    static void choose(WebDriver browser, String comboId, String label) {
        WebElement input = Pages.waitFor(browser).ignoring(NoSuchElementException.class)
                .until(d -> d.findElement(By.cssSelector("#" + comboId + " input")));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), label);
        Pages.waitFor(browser).until(d -> Pages.visibleText(d).contains(label));
        input.sendKeys(Keys.ENTER);
        Pages.waitFor(browser).until(d -> label.equals(d.findElement(By.cssSelector("#" + comboId + " input"))
                .getDomProperty("value")));
    }

    @Test
    void an_administrator_enters_a_month_in_the_web_form_on_a_laptop_screen_and_finds_it_in_the_history(
            RunningApp app, WebDriver browser) {
        browser.manage().window().setSize(new Dimension(1366, 768));
        Pages.signIn(browser, app, "admin", RunningApp.ADMIN_PASSWORD);
        Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));

        browser.get(app.url("/nhap-bao-cao"));
        choose(browser, "entry-period", "Tháng 3/2022");
        choose(browser, "entry-unit", "08710 – Phường Liên Bảo");
        Pages.waitForText(browser, "08710 – Phường Liên Bảo, Tháng 3/2022: 35 chỉ tiêu.");
        browser.findElement(By.cssSelector("#entry-value-DOSSIERS_RECEIVED input")).sendKeys("1.245");
        browser.findElement(By.cssSelector("#entry-value-DOSSIERS_RECEIVED_ONLINE input")).sendKeys("512");
        WebElement teams = browser.findElement(By.cssSelector("#entry-value-CDT_TEAMS input"));
        teams.sendKeys("17");
        teams.sendKeys(Keys.TAB);
        assertThat(Screenshots.viewport(browser, "report-entry-1366x768")).isRegularFile();

        browser.findElement(By.id("entry-save")).click();
        Pages.waitForText(browser, "08710 – Phường Liên Bảo, Tháng 3/2022: đã lưu phiên bản 1 với 3 số liệu, 0 cảnh báo.");

        browser.findElement(By.cssSelector("[id^=history-link-]")).click();
        String history = Pages.waitForText(browser, "Tháng 3/2022 · phiên bản 1");
        assertThat(history).contains("08710 – Phường Liên Bảo", "Nhập trên web", "1.245", "512");
        assertThat(Screenshots.viewport(browser, "report-history-1366x768")).isRegularFile();
    }

    @Test
    void an_administrator_uploads_a_workbook_checks_it_and_confirms_it(RunningApp app, WebDriver browser,
            @TempDir Path dir) throws IOException {
        Path file = workbook(dir);
        Pages.signIn(browser, app, "admin", RunningApp.ADMIN_PASSWORD);
        Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));

        browser.get(app.url("/nop-bao-cao"));
        WebElement upload = Pages.waitFor(browser).ignoring(NoSuchElementException.class)
                .until(d -> d.findElement(By.id("report-upload")));
        Pages.waitFor(browser).ignoring(NoSuchElementException.class).until(d -> fileInput(upload))
                .sendKeys(file.toAbsolutePath().toString());

        String checked = Pages.waitForText(browser, "Phiên bản mới: 1");
        assertThat(checked).contains("08707 – Phường Tích Sơn · Tháng 2/2022",
                "Đọc được 1 báo cáo với 3 số liệu; chưa có gì được lưu.", "1.245", "Biểu 01!D6", "Biểu 01!D8");
        assertThat(browser.findElement(By.id("check-result")).isDisplayed()).isTrue();
        Screenshots.fullPage(browser, "report-upload-check");

        confirm(browser);

        String result = Pages.waitForText(browser,
                "08707 – Phường Tích Sơn, Tháng 2/2022: đã lưu phiên bản 1 với 3 số liệu, 0 cảnh báo.");
        assertThat(browser.findElement(By.id("submit-result")).isDisplayed()).isTrue();
        assertThat(result).contains("Xem trong lịch sử báo cáo");
        assertThat(Screenshots.fullPage(browser, "report-upload-result")).isRegularFile();
    }
}
