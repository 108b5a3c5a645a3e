package vn.dti.dashboard.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A page that does not exist, or one the user's role may not open (Vaadin answers both alike, so nobody
 * learns which pages exist): a short Vietnamese (or English) notice and a link home. Replaces Vaadin's own
 * page, which in development mode lists every route of the app.
 */
@AnonymousAllowed
public class PageNotFound extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        getElement().appendChild(new H2(getTranslation("shared.error.not-found.title")).getElement(),
                new Paragraph(getTranslation("shared.error.not-found.message")).getElement(),
                new Anchor("", getTranslation("shared.error.home")).getElement());
        getElement().setAttribute("id", "page-not-found");
        getElement().getClassList().add("dti-page");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
