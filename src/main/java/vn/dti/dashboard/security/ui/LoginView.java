package vn.dti.dashboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import vn.dti.dashboard.security.Lockout;
import vn.dti.dashboard.shared.DtiProperties;
import vn.dti.dashboard.shared.ui.LocaleSelection;

/** The sign-in page, in Vietnamese unless the user switched to English. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(DtiProperties properties) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        H1 title = new H1(getTranslation("shared.app.title"));
        title.addClassName("dti-app-title");
        add(title, form);

        if (properties.demoData()) {
            Div demo = new Div(new Paragraph(getTranslation("security.login.demo-notice")),
                    new Paragraph(getTranslation("security.login.demo-accounts")));
            demo.addClassName("dti-demo-banner");
            demo.setId("demo-notice");
            add(demo);
        }
        Button language = new Button(getTranslation("shared.layout.switch-language"),
                e -> LocaleSelection.switchTo(LocaleSelection.other(getLocale())));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(language);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("security.login.title"));
        texts.setUsername(getTranslation("security.login.username"));
        texts.setPassword(getTranslation("security.login.password"));
        texts.setSubmit(getTranslation("security.login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("security.login.error.title"));
        error.setMessage(getTranslation("security.login.error.message"));
        error.setUsername(getTranslation("security.login.error.username"));
        error.setPassword(getTranslation("security.login.error.password"));
        return i18n;
    }

    /**
     * {@code ?error}: the form shows why, from the exception Spring Security's failure handler left in the
     * session: a locked account (5 failed sign-ins: 15 minutes) and a disabled one get their own message, any
     * other failure the usual "wrong username or password". {@code ?expired}: an administrator changed the
     * account's rights, or the session ended otherwise; the user signs in again.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error");
        LoginI18n i18n = i18n();
        if (failed) {
            Object last = lastFailure();
            if (last instanceof LockedException) {
                i18n.getErrorMessage().setTitle(getTranslation("security.login.locked.title"));
                i18n.getErrorMessage().setMessage(getTranslation("security.login.locked.message",
                        Lockout.DURATION.toMinutes(), Lockout.MAX_FAILURES));
            } else if (last instanceof DisabledException) {
                i18n.getErrorMessage().setTitle(getTranslation("security.login.disabled.title"));
                i18n.getErrorMessage().setMessage(getTranslation("security.login.disabled.message"));
            }
        } else if (parameters.containsKey("expired")) {
            failed = true;
            i18n.getErrorMessage().setTitle(getTranslation("security.login.expired.title"));
            i18n.getErrorMessage().setMessage(getTranslation("security.login.expired.message"));
        }
        form.setI18n(i18n);
        form.setError(failed);
    }

    /** The authentication exception of the last failed sign-in of this browser session, if any. */
    private static @Nullable Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title");
    }
}
