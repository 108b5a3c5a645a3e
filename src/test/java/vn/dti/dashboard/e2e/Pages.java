package vn.dti.dashboard.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Small helpers for Vaadin pages, shared by e2e tests. */
public final class Pages {

    /** Vaadin renders after the page load (client bootstrap, then server round trips). */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    /**
     * The text a person sees in an element, including what Vaadin components render in their shadow
     * roots (WebElement.getText() stops at a shadow boundary). Text without a layout box (hidden,
     * display:none, an unassigned slot) and text in visibility:hidden elements is left out, so a hidden
     * error message does not count as shown.
     */
    private static final String VISIBLE_TEXT_JS = """
            const out = [];
            const walk = node => {
              if (node.nodeType === Node.TEXT_NODE) {
                const text = node.textContent.trim();
                if (!text) return;
                const range = document.createRange();
                range.selectNodeContents(node);
                if (range.getClientRects().length === 0) return;
                const parent = node.parentElement;
                if (parent && getComputedStyle(parent).visibility === 'hidden') return;
                out.push(text);
                return;
              }
              if (node.nodeType === Node.ELEMENT_NODE && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
              if (node.shadowRoot) walk(node.shadowRoot);
              node.childNodes.forEach(walk);
            };
            walk(arguments[0]);
            return out.join('\\n');
            """;

    private Pages() {
    }

    public static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, TIMEOUT);
    }

    /** Visible text of an element and its shadow trees, one text node per line. */
    public static String visibleText(WebDriver driver, WebElement element) {
        return (String) ((JavascriptExecutor) driver).executeScript(VISIBLE_TEXT_JS, element);
    }

    /** Visible text of the whole page. */
    public static String visibleText(WebDriver driver) {
        return visibleText(driver, driver.findElement(By.tagName("body")));
    }

    /** Waits until the page shows {@code text} somewhere, and returns all visible text. */
    public static String waitForText(WebDriver driver, String text) {
        // A reload (language switch, sign-in redirect) can replace <body> between finding it and reading
        // it: such a poll is retried, and the text that matched is returned, not a later re-read.
        return waitFor(driver).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "page to show '" + text + "'; it shows:\n" + visibleText(driver))
                .until(d -> {
                    String shown = visibleText(d);
                    return shown.contains(text) ? shown : null;
                });
    }

    /** Fills Vaadin's LoginForm (its inputs are in the light DOM) and submits it with Enter. */
    public static void signIn(WebDriver driver, RunningApp app, String username, String password) {
        driver.get(app.url("/login"));
        WebElement user = waitFor(driver).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("input[name=password]"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
    }

    /** What the browser gets when it follows a download link: fetched in the page, with the session's cookie. */
    public static byte[] download(WebDriver browser, String linkId) {
        WebElement link = waitFor(browser).until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id(linkId)));
        Object base64 = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href, {credentials: 'same-origin'})"
                        + ".then(r => r.ok ? r.arrayBuffer() : Promise.reject('HTTP ' + r.status))"
                        + ".then(b => { let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c));"
                        + " done(btoa(s)); }).catch(e => done('ERROR ' + e));", link);
        org.assertj.core.api.Assertions.assertThat((String) base64).as(linkId).doesNotStartWith("ERROR");
        return java.util.Base64.getDecoder().decode((String) base64);
    }

}
