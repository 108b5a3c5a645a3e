package vn.dti.dashboard.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import vn.dti.dashboard.shared.Messages;
import org.springframework.stereotype.Component;

/**
 * Vietnamese is the UI language unless the user chose English (remembered in a cookie). Vaadin would
 * otherwise follow the browser's Accept-Language, and officials' laptops are often set to English.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    static final String COOKIE = "dti-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(fromRequest(init.getRequest())));
    }

    static Locale fromRequest(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
        return english ? Messages.ENGLISH : Messages.VIETNAMESE;
    }

    /** Switches the current user's language, remembers it for a year and reloads the page. */
    public static void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        ui.getPage().reload();
    }

    /** The other language than the current one, for the switch button. */
    public static Locale other(Locale current) {
        return Messages.ENGLISH.getLanguage().equals(current.getLanguage())
                ? Messages.VIETNAMESE : Messages.ENGLISH;
    }
}
