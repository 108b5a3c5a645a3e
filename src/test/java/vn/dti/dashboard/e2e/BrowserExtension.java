package vn.dti.dashboard.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A fresh headless Chromium (new profile: no cookies, no session) for every test method that asks for a
 * {@link WebDriver}. When the test fails, the page is saved as
 * {@code target/e2e-screenshots/<Class>.<method>-failed.png} (and {@code .html}) before the browser quits.
 */
final class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    /** Closed by JUnit at the end of the test method, after {@link #afterTestExecution}. */
    private record Session(ChromeDriver driver, Path userDataDir) implements AutoCloseable {

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                deleteRecursively(userDataDir);
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WebDriver.class || type == ChromeDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(context.getUniqueId(), key -> {
            Path userDataDir;
            try {
                userDataDir = Files.createTempDirectory("dti-e2e-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return new Session(Chromium.start(userDataDir), userDataDir);
            } catch (RuntimeException e) {
                deleteRecursively(userDataDir);
                throw e;
            }
        }, Session.class).driver();
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Leftover temp files are not worth failing a test for.
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Session session = context.getStore(NAMESPACE).get(context.getUniqueId(), Session.class);
        if (session == null || context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                + "-failed";
        try {
            Path png = Screenshots.viewport(session.driver(), name);
            Screenshots.pageSource(session.driver(), name);
            System.err.println("E2E failure screenshot: " + png);
        } catch (RuntimeException e) {
            // The browser may be what failed; the test's own error matters more than the picture.
            context.getExecutionException().get().addSuppressed(e);
        }
    }
}
