package vn.dti.dashboard.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every signed-in page: the app title, the navigation built from the views' {@code @Menu}
 * annotations (Vaadin lists only the views the user may open), the signed-in user, the language switch
 * and sign-out, and the features' {@link LayoutBanner} notices in the top bar. Menu titles in {@code @Menu}
 * are translation keys. Features never reference this class, so it depends on no feature.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, ObjectProvider<LayoutBanner> banners) {
        setPrimarySection(Section.DRAWER);

        H1 title = new H1(getTranslation("shared.app.title"));
        title.addClassName("dti-app-title");
        addToNavbar(new DrawerToggle(), title);
        banners.orderedStream().forEach(banner -> banner.create().ifPresent(this::addToNavbar));

        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }

        String user = authentication.getPrincipalName().orElse("");
        Span signedIn = new Span(getTranslation("shared.layout.signed-in-as", user));
        signedIn.addClassName("dti-summary");
        Button language = new Button(getTranslation("shared.layout.switch-language"),
                e -> LocaleSelection.switchTo(LocaleSelection.other(getLocale())));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        language.setId("language-switch");
        Button logout = new Button(getTranslation("shared.layout.logout"), new Icon(VaadinIcon.SIGN_OUT),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        logout.setId("logout");

        VerticalLayout footer = new VerticalLayout(signedIn, new HorizontalLayout(language, logout));
        footer.setPadding(true);
        footer.setSpacing(false);
        footer.setAlignItems(FlexComponent.Alignment.START);

        VerticalLayout drawer = new VerticalLayout(nav, footer);
        drawer.setSizeFull();
        drawer.setPadding(false);
        drawer.expand(nav);
        addToDrawer(drawer);
    }
}
