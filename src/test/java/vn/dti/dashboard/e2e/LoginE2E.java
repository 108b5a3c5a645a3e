package vn.dti.dashboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signing in, in a real browser against the production jar, and the API's answer without credentials. */
@E2ETest
class LoginE2E {

    @Test
    void login_page_is_vietnamese_and_warns_about_demo_mode(RunningApp app, WebDriver browser) {
        browser.get(app.url("/login"));
        WebElement form = Pages.waitFor(browser).until(
                ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        Pages.waitForText(browser, "Tên đăng nhập");

        // The browser asks for English (--lang=en-US); Vietnamese is the app's language regardless.
        assertThat(browser.getTitle()).isEqualTo("Đăng nhập");
        String formText = Pages.visibleText(browser, form);
        assertThat(formText).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu")
                .doesNotContain("Username", "Password", "Log in")
                // The error text is in the form's DOM from the start, hidden; it must not count as shown.
                .doesNotContain("Đăng nhập không thành công");

        WebElement notice = browser.findElement(By.id("demo-notice"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText()).contains("Chế độ trình diễn", "demo-cds-2024");

        assertThat(Screenshots.fullPage(browser, "login-page")).isRegularFile();
    }

    @Test
    void admin_signs_in_with_the_configured_password_and_reaches_the_app(RunningApp app, WebDriver browser) {
        Pages.signIn(browser, app, "admin", RunningApp.ADMIN_PASSWORD);

        WebElement logout = Pages.waitFor(browser).withMessage("the logout button of the main layout")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        assertThat(Pages.visibleText(browser, logout)).contains("Đăng xuất");
        assertThat(Pages.visibleText(browser)).contains("Đăng nhập: admin");

        // For the README: what a user sees right after signing in.
        Path screenshot = Screenshots.fullPage(browser, "after-login");
        assertThat(screenshot).isRegularFile();
    }

    @Test
    void wrong_password_is_refused_with_a_vietnamese_message(RunningApp app, WebDriver browser) {
        Pages.signIn(browser, app, "admin", "not-" + RunningApp.ADMIN_PASSWORD);

        Pages.waitFor(browser).until(ExpectedConditions.urlContains("/login?error"));
        String text = Pages.waitForText(browser, "Đăng nhập không thành công");
        assertThat(text).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(browser.findElements(By.id("logout"))).isEmpty();
    }

    @Test
    void api_without_credentials_answers_401_with_the_json_error(RunningApp app) throws Exception {
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newHttpClient()) {
            response = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/units")))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"DTI\"");
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.path("error").asString()).isEqualTo("unauthorized");
        assertThat(body.path("message").asString()).isNotBlank();
    }

    @Test
    void app_log_shows_that_admin_got_the_password_from_the_environment(RunningApp app) throws Exception {
        // Proof that the harness really set DTI_ADMIN_PASSWORD (and the app did not generate one).
        String log = Files.readString(app.logFile());
        assertThat(log).contains("Created account 'admin' with the password from DTI_ADMIN_PASSWORD")
                .doesNotContain("generated password");
    }
}
