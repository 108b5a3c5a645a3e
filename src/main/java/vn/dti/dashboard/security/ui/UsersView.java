package vn.dti.dashboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.security.AccountProblem;
import vn.dti.dashboard.security.AccountService;
import vn.dti.dashboard.security.AccountSummary;
import vn.dti.dashboard.security.NewAccount;
import vn.dti.dashboard.security.PasswordPolicy;
import vn.dti.dashboard.security.Role;
import vn.dti.dashboard.shared.ClockConfiguration;
import vn.dti.dashboard.shared.SearchText;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.shared.ui.DatePickers;

/**
 * "Tài khoản" (ADMIN): every account with role, units and state; create one, change role and units, disable
 * and enable, reset a password, lift a lock. A REPORTER's units are picked among the units in force on a
 * chosen day (today by default; an earlier day for a commune that reports its pre-merger months) and kept by
 * id. The service checks everything again (and refuses changes to one's own account or the last ADMIN);
 * its refusals are shown word for word.
 */
@Route("quan-tri/tai-khoan")
@Menu(order = 20, title = "security.users.menu", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final HierarchyService hierarchy;
    private final Clock clock;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final Button edit = new Button();
    private final Button toggle = new Button();
    private final Button reset = new Button();
    private final Button unlock = new Button();

    UsersView(AccountService accounts, HierarchyService hierarchy, Clock clock) {
        this.accounts = accounts;
        this.hierarchy = hierarchy;
        this.clock = clock;
        addClassName("dti-page");
        setSizeFull();

        H2 title = new H2(getTranslation("security.users.title"));
        title.addClassName("dti-page-title");
        Paragraph intro = new Paragraph(getTranslation("security.users.intro"));
        intro.addClassName("dti-summary");

        Button create = new Button(getTranslation("security.users.create"), VaadinIcon.PLUS.create(),
                e -> openCreate());
        create.setId("users-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setText(getTranslation("security.users.edit-role"));
        edit.setId("users-edit-role");
        edit.addClickListener(e -> selected().ifPresent(this::openRole));
        toggle.setId("users-toggle");
        toggle.addClickListener(e -> selected().ifPresent(this::toggle));
        reset.setText(getTranslation("security.users.reset-password"));
        reset.setId("users-reset-password");
        reset.addClickListener(e -> selected().ifPresent(this::openReset));
        unlock.setText(getTranslation("security.users.unlock"));
        unlock.setId("users-unlock");
        unlock.addClickListener(e -> selected().ifPresent(a -> act(() -> accounts.unlock(a.id(), getLocale()),
                "security.users.unlocked", a.username())));
        HorizontalLayout toolbar = new HorizontalLayout(create, edit, toggle, reset, unlock);
        toolbar.addClassName("dti-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("users-grid");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("security.users.column.username"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.displayName() == null ? "" : a.displayName())
                .setHeader(getTranslation("security.users.column.name")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation("security.role." + a.role().name()))
                .setHeader(getTranslation("security.users.column.role")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> unitsText(a.units())).setHeader(getTranslation("security.users.column.units"))
                .setFlexGrow(2).setTooltipGenerator(a -> unitsText(a.units()));
        grid.addColumn(this::state).setHeader(getTranslation("security.users.column.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> a.passwordChangedAt() == null ? "" : time(a.passwordChangedAt()))
                .setHeader(getTranslation("security.users.column.password-changed")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> updateButtons());

        add(title, intro, toolbar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Optional<AccountSummary> selected() {
        return Optional.ofNullable(grid.asSingleSelect().getValue());
    }

    private void refresh() {
        Long keep = selected().map(AccountSummary::id).orElse(null);
        List<AccountSummary> all = accounts.accounts();
        grid.setItems(all);
        all.stream().filter(a -> keep != null && a.id() == keep).findFirst().ifPresent(grid::select);
        updateButtons();
    }

    private void updateButtons() {
        Optional<AccountSummary> account = selected();
        edit.setEnabled(account.isPresent());
        reset.setEnabled(account.isPresent());
        toggle.setEnabled(account.isPresent());
        toggle.setText(getTranslation(account.map(AccountSummary::enabled).orElse(true) ? "security.users.disable"
                : "security.users.enable"));
        unlock.setEnabled(account.map(a -> a.lockedUntil() != null).orElse(false));
    }

    private String state(AccountSummary account) {
        if (!account.enabled()) {
            return getTranslation("security.users.state.disabled");
        }
        if (account.lockedUntil() != null) {
            return getTranslation("security.users.state.locked", time(account.lockedUntil()));
        }
        return getTranslation("security.users.state.active");
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofPattern(getTranslation("shared.date.pattern") + " HH:mm")
                .withZone(ClockConfiguration.VIETNAM).format(instant);
    }

    private static String unitsText(List<UnitSummary> units) {
        return units.stream().map(UsersView::unitLabel).collect(Collectors.joining("; "));
    }

    static String unitLabel(UnitSummary unit) {
        return unit.code() + " – " + unit.name();
    }

    private void toggle(AccountSummary account) {
        boolean enable = !account.enabled();
        act(() -> accounts.setEnabled(account.id(), enable, getLocale()),
                enable ? "security.users.enabled" : "security.users.disabled", account.username());
    }

    /** Runs a change; on success a notification and a fresh list, on refusal the service's message. */
    private boolean act(Runnable change, String doneKey, String username) {
        try {
            change.run();
        } catch (ApiException e) {
            error(e);
            return false;
        }
        Notification.show(getTranslation(doneKey, username), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
        return true;
    }

    private void error(ApiException e) {
        String details = e.details().stream().map(d -> d instanceof AccountProblem p ? p.message() : String.valueOf(d))
                .collect(Collectors.joining(" "));
        Notification notification = Notification.show(details.isEmpty() ? e.getMessage() : e.getMessage() + " " + details,
                8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("users-error");
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("security.users.create"));
        dialog.setId("users-create-dialog");
        TextField username = new TextField(getTranslation("security.users.column.username"));
        username.setId("new-username");
        username.setHelperText(getTranslation("security.users.username-help"));
        TextField name = new TextField(getTranslation("security.users.column.name"));
        name.setId("new-display-name");
        PasswordField password = new PasswordField(getTranslation("security.login.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH));
        RoleAndUnits roleAndUnits = new RoleAndUnits(Role.REPORTER, List.of());
        Span problems = problemsLine("new-problems");
        Button save = new Button(getTranslation("security.users.save"), e -> {
            try {
                AccountSummary created = accounts.create(new NewAccount(username.getValue(), name.getValue(),
                        password.getValue(), roleAndUnits.role.getValue(), roleAndUnits.unitIds()), getLocale());
                dialog.close();
                Notification.show(getTranslation("security.users.created", created.username()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (ApiException ex) {
                show(problems, ex);
            }
        });
        save.setId("new-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, name, password, roleAndUnits.role, roleAndUnits.day,
                roleAndUnits.units);
        form.setColspan(roleAndUnits.units, 2);
        dialog.add(form, problems);
        dialog.getFooter().add(new Button(getTranslation("security.users.cancel"), e -> dialog.close()), save);
        dialog.setWidth("44rem");
        dialog.open();
    }

    private void openRole(AccountSummary account) {
        Dialog dialog = new Dialog(getTranslation("security.users.edit-role-title", account.username()));
        dialog.setId("users-role-dialog");
        RoleAndUnits roleAndUnits = new RoleAndUnits(account.role(), account.units());
        Span problems = problemsLine("role-problems");
        Button save = new Button(getTranslation("security.users.save"), e -> {
            try {
                accounts.changeRole(account.id(), roleAndUnits.role.getValue(), roleAndUnits.unitIds(), getLocale());
                dialog.close();
                Notification.show(getTranslation("security.users.role-changed", account.username()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (ApiException ex) {
                show(problems, ex);
            }
        });
        save.setId("role-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(roleAndUnits.role, roleAndUnits.day, roleAndUnits.units);
        form.setColspan(roleAndUnits.units, 2);
        Paragraph note = new Paragraph(getTranslation("security.users.role-note"));
        note.addClassName("dti-summary");
        dialog.add(form, note, problems);
        dialog.getFooter().add(new Button(getTranslation("security.users.cancel"), e -> dialog.close()), save);
        dialog.setWidth("44rem");
        dialog.open();
    }

    private void openReset(AccountSummary account) {
        Dialog dialog = new Dialog(getTranslation("security.users.reset-title", account.username()));
        dialog.setId("users-reset-dialog");
        PasswordField password = new PasswordField(getTranslation("security.password.new"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        Span problems = problemsLine("reset-problems");
        Button save = new Button(getTranslation("security.users.save"), e -> {
            try {
                accounts.resetPassword(account.id(), password.getValue(), getLocale());
                dialog.close();
                Notification.show(getTranslation("security.users.password-reset", account.username()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (ApiException ex) {
                show(problems, ex);
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password, problems);
        dialog.getFooter().add(new Button(getTranslation("security.users.cancel"), e -> dialog.close()), save);
        dialog.setWidth("30rem");
        dialog.open();
    }

    private Span problemsLine(String id) {
        Span problems = new Span();
        problems.setId(id);
        problems.addClassName("dti-status");
        problems.getElement().setAttribute("data-kind", "error");
        problems.setVisible(false);
        return problems;
    }

    private static void show(Span line, ApiException e) {
        String details = e.details().stream().map(d -> d instanceof AccountProblem p ? p.message() : String.valueOf(d))
                .collect(Collectors.joining(" "));
        line.setText(details.isEmpty() ? e.getMessage() : e.getMessage() + " " + details);
        line.setVisible(true);
    }

    /** Role select and, shown for a REPORTER only, its units among those in force on a day. */
    private final class RoleAndUnits {

        final Select<Role> role = new Select<>();
        final DatePicker day = DatePickers.localized(new DatePicker(getTranslation("security.users.units-day")));
        final MultiSelectComboBox<UnitSummary> units = new MultiSelectComboBox<>(
                getTranslation("security.users.column.units"));

        RoleAndUnits(Role initial, List<UnitSummary> assigned) {
            role.setId("account-role");
            role.setLabel(getTranslation("security.users.column.role"));
            role.setItems(Arrays.asList(Role.values()));
            role.setItemLabelGenerator(r -> getTranslation("security.role." + r.name()));
            role.setValue(initial);
            role.setHelperText(getTranslation("security.users.role-help"));
            day.setId("account-units-day");
            day.setValue(LocalDate.now(clock));
            day.setHelperText(getTranslation("security.users.units-day-help"));
            units.setId("account-units");
            units.setItemLabelGenerator(UsersView::unitLabel);
            units.setWidthFull();
            day.addValueChangeListener(e -> reload());
            role.addValueChangeListener(e -> showUnits());
            // Units kept from an earlier day stay chosen even when they are not in force on the day shown.
            units.setItems(assigned);
            units.setValue(Set.copyOf(assigned));
            reload();
            showUnits();
        }

        private void reload() {
            LocalDate date = day.getValue() == null ? LocalDate.now(clock) : day.getValue();
            Set<UnitSummary> chosen = Set.copyOf(units.getValue());
            List<UnitSummary> items = new java.util.ArrayList<>(chosen);
            hierarchy.unitsInForce(date).stream().filter(u -> !chosen.contains(u)).forEach(items::add);
            units.setItems((u, filter) -> SearchText.matches(unitLabel(u), filter), items);
            units.setValue(chosen);
        }

        private void showUnits() {
            boolean reporter = role.getValue() == Role.REPORTER;
            units.setVisible(reporter);
            day.setVisible(reporter);
        }

        List<Long> unitIds() {
            return role.getValue() == Role.REPORTER ? units.getValue().stream().map(UnitSummary::id).toList()
                    : List.of();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.users.title");
    }

    /** For tests: the accounts listed. */
    List<AccountSummary> listed() {
        return grid.getListDataView().getItems().toList();
    }
}
