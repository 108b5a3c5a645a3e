package vn.dti.dashboard.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Pictures of what the browser shows, in {@code target/e2e-screenshots/}. */
public final class Screenshots {

    private Screenshots() {
    }

    /** The visible part of the page. */
    public static Path viewport(WebDriver driver, String name) {
        return write(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The whole page, also what lies below the fold. The window is made as tall as the page for the shot
     * and then restored: the DevTools "capture beyond viewport" mode re-lays out the page at another size,
     * which hides Vaadin's app-layout drawer. Pages that fit the window (app-layout views scroll inside)
     * are taken as they are.
     */
    public static Path fullPage(WebDriver driver, String name) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long inner = ((Number) js.executeScript("return window.innerHeight")).longValue();
        long content = ((Number) js.executeScript("return Math.max(document.documentElement.scrollHeight, "
                + "document.body ? document.body.scrollHeight : 0)")).longValue();
        if (content <= inner) {
            return viewport(driver, name);
        }
        WebDriver.Window window = driver.manage().window();
        Dimension original = window.getSize();
        try {
            window.setSize(new Dimension(original.getWidth(), (int) (original.getHeight() + content - inner)));
            js.executeAsyncScript("requestAnimationFrame(() => requestAnimationFrame(arguments[0]))");
            return viewport(driver, name);
        } finally {
            window.setSize(original);
        }
    }

    /** The page's HTML next to a failure screenshot: the DOM often says more than the picture. */
    static Path pageSource(WebDriver driver, String name) {
        String html = driver.getPageSource();
        try {
            Files.createDirectories(E2ESettings.screenshotDir());
            Path file = E2ESettings.screenshotDir().resolve(name + ".html");
            Files.writeString(file, html == null ? "" : html, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String name, byte[] png) {
        try {
            Files.createDirectories(E2ESettings.screenshotDir());
            Path file = E2ESettings.screenshotDir().resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
