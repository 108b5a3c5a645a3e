package vn.dti.dashboard.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Any other failure while opening a page: logged with its stack trace on the server, shown to the user as a
 * plain notice without the exception, class names or paths (Vaadin's own page shows the stack trace in
 * development mode). A refusal of method security (a service the role may not call) reads as "not allowed".
 */
@Tag(Tag.DIV)
@AnonymousAllowed
public class UnexpectedError extends Component implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedError.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        boolean denied = parameter.getCaughtException() instanceof AccessDeniedException;
        if (!denied) {
            log.error("Opening '{}' failed", event.getLocation().getPath(), parameter.getCaughtException());
        }
        getElement().removeAllChildren();
        getElement().appendChild(new H2(getTranslation(denied ? "shared.error.denied.title"
                        : "shared.error.unexpected.title")).getElement(),
                new Paragraph(getTranslation(denied ? "shared.error.denied.message"
                        : "shared.error.unexpected.message")).getElement(),
                new Anchor("", getTranslation("shared.error.home")).getElement());
        getElement().setAttribute("id", denied ? "access-denied" : "unexpected-error");
        getElement().getClassList().add("dti-page");
        return denied ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
