/**
 * End-to-end tests: the packaged production jar started as its own process ({@link
 * vn.dti.dashboard.e2e.RunningApp}) and driven through headless Chromium ({@link
 * vn.dti.dashboard.e2e.Chromium}). Test classes are named {@code *E2E} and annotated {@link
 * vn.dti.dashboard.e2e.E2ETest}; {@code ./mvnw verify -Pe2e} runs them with Failsafe after
 * {@code package}.
 */
@NullMarked
package vn.dti.dashboard.e2e;

import org.jspecify.annotations.NullMarked;
