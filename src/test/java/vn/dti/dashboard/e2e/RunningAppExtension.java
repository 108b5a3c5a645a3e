package vn.dti.dashboard.e2e;

import java.util.Arrays;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts one {@link RunningApp} per test class (a start takes 10-20 s) and hands it to test methods as a
 * parameter. JUnit closes it after the class because it sits in the class's extension store.
 */
final class RunningAppExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningApp.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        String[] arguments = AnnotationSupport.findAnnotation(testClass, E2ETest.class)
                .map(E2ETest::appArguments).orElse(new String[0]);
        context.getStore(NAMESPACE).computeIfAbsent(testClass, key ->
                RunningApp.start(testClass.getSimpleName(), Arrays.asList(arguments)), RunningApp.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningApp.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        RunningApp app = context.getStore(NAMESPACE).get(testClass, RunningApp.class);
        if (app == null) {
            throw new IllegalStateException("No app was started for " + testClass.getName());
        }
        return app;
    }
}
