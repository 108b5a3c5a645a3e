package vn.dti.dashboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The foundation's acceptance path in a real browser against the production jar: a steering-committee
 * member signs in, sees the Vĩnh Phúc hierarchy of 1 June 2024 (from a pasted link), the two-level
 * hierarchy after 1 July 2025, switches to English, and opens the indicator catalogue.
 */
@E2ETest
class UnitsAndIndicatorsE2E {

    /** Signs in with a demo account and waits until the main layout is there. */
    private static void signIn(RunningApp app, WebDriver browser, String demoUser) {
        Pages.signIn(browser, app, demoUser, "demo-cds-2024");
        Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
    }

    @Test
    void a_leader_sees_136_communes_on_1_june_2024_and_36_after_the_2025_reform(RunningApp app, WebDriver browser) {
        signIn(app, browser, "lanhdao");

        browser.get(app.url("/don-vi?date=2024-06-01"));
        Pages.waitForText(browser, "Ngày 01/06/2024: 1 tỉnh · 9 huyện · 136 xã · 6 sở, ngành");
        String page = Pages.waitForText(browser, "Huyện Vĩnh Tường");
        assertThat(page).contains("Tỉnh Vĩnh Phúc", "Thành phố Vĩnh Yên", "Đơn vị hành chính", "Chỉ tiêu");
        assertThat(Screenshots.fullPage(browser, "units-2024-06-01")).isRegularFile();

        browser.get(app.url("/don-vi?date=2025-08-01"));
        Pages.waitForText(browser, "Ngày 01/08/2025: 1 tỉnh · 0 huyện · 36 xã · 4 sở, ngành");
        assertThat(Pages.waitForText(browser, "Tỉnh Phú Thọ")).doesNotContain("Huyện Vĩnh Tường");
    }

    @Test
    void english_is_one_click_away_and_remembered(RunningApp app, WebDriver browser) {
        signIn(app, browser, "lanhdao");
        browser.get(app.url("/don-vi?date=2024-06-01"));
        Pages.waitForText(browser, "136 xã");

        // Vaadin may re-render the drawer between finding the button and clicking it: find and click again.
        Pages.waitFor(browser).ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement button = driver.findElement(By.id("language-switch"));
            assertThat(button.getText()).isEqualTo("English");
            button.click();
            return true;
        });
        Pages.waitForText(browser, "01/06/2024: 1 province · 9 districts · 136 communes · 6 departments");

        browser.get(app.url("/chi-tieu"));
        assertThat(Pages.waitForText(browser, "Indicators")).contains("Sign out");
    }

    @Test
    void the_indicator_catalogue_lists_the_75_entries(RunningApp app, WebDriver browser) {
        signIn(app, browser, "phantich");
        browser.get(app.url("/chi-tieu"));
        assertThat(Pages.waitForText(browser, "75 / 75")).contains("DT_STEERING_MEETINGS", "Danh mục chỉ tiêu");
        assertThat(Screenshots.fullPage(browser, "indicators")).isRegularFile();
    }
}
