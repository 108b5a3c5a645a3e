package vn.dti.dashboard.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An end-to-end test class: tagged {@code e2e} (so Surefire leaves it to Failsafe and {@code -Pe2e}), with
 * the production jar started once for the class and a fresh headless Chromium for every test. Test
 * methods ask for what they need as parameters: {@link RunningApp} and Selenium's {@code WebDriver}.
 * Name the class {@code *E2E}: Failsafe picks test classes by that suffix and this tag.
 *
 * <pre>{@code
 * @E2ETest
 * class ReportUploadE2E {
 *     @Test
 *     void leader_sees_the_dashboard(RunningApp app, WebDriver browser) {
 *         browser.get(app.url("/login"));
 *         ...
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("e2e")
@ExtendWith(RunningAppExtension.class)
@ExtendWith(BrowserExtension.class)
public @interface E2ETest {

    /** Extra command-line arguments for the app, e.g. {@code "--dti.demo-data=false"}. */
    String[] appArguments() default {};
}
