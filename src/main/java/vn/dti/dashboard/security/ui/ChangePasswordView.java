package vn.dti.dashboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import vn.dti.dashboard.security.AccountProblem;
import vn.dti.dashboard.security.AccountService;
import vn.dti.dashboard.security.PasswordPolicy;
import vn.dti.dashboard.shared.api.ApiException;

/**
 * "Đổi mật khẩu": every signed-in user changes their own password, giving the current one. The rules are
 * the service's (at least 10 characters, letters and digits, not the username); its messages are shown under
 * the field they concern. The session stays signed in.
 */
@Route("doi-mat-khau")
@Menu(order = 90, title = "security.password.menu", icon = "vaadin:key")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Span status = new Span();

    ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("dti-page");
        H2 title = new H2(getTranslation("security.password.title"));
        title.addClassName("dti-page-title");
        Paragraph rules = new Paragraph(getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH));
        rules.addClassName("dti-summary");

        current.setId("password-current");
        current.setLabel(getTranslation("security.password.current"));
        password.setId("password-new");
        password.setLabel(getTranslation("security.password.new"));
        repeat.setId("password-repeat");
        repeat.setLabel(getTranslation("security.password.repeat"));
        for (PasswordField field : List.of(current, password, repeat)) {
            field.setWidth("22rem");
        }
        status.setId("password-status");
        status.addClassName("dti-status");
        Button save = new Button(getTranslation("security.password.save"), e -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, rules, current, password, repeat, save, status);
    }

    private void save() {
        for (PasswordField field : List.of(current, password, repeat)) {
            field.setInvalid(false);
        }
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("security.password.mismatch"));
            repeat.setInvalid(true);
            status(getTranslation("security.password.not-changed"), "error");
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), password.getValue(), getLocale());
        } catch (ApiException e) {
            List<AccountProblem> problems = e.details().stream().filter(AccountProblem.class::isInstance)
                    .map(AccountProblem.class::cast).toList();
            mark(current, problems, "currentPassword");
            mark(password, problems, "password");
            status(e.getMessage(), "error");
            return;
        }
        current.clear();
        password.clear();
        repeat.clear();
        status(getTranslation("security.password.changed"), "success");
    }

    private static void mark(PasswordField field, List<AccountProblem> problems, String name) {
        String messages = problems.stream().filter(p -> p.field().equals(name)).map(AccountProblem::message)
                .collect(Collectors.joining(" "));
        if (!messages.isEmpty()) {
            field.setErrorMessage(messages);
            field.setInvalid(true);
        }
    }

    private void status(String text, String kind) {
        status.setText(text);
        status.getElement().setAttribute("data-kind", kind);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.password.title");
    }
}
