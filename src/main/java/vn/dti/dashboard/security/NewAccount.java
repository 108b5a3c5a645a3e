package vn.dti.dashboard.security;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an administrator fills in for a new account; units by id (the view picks unit versions). */
public record NewAccount(String username, @Nullable String displayName, String password, Role role,
        List<Long> unitIds) {

    public NewAccount {
        unitIds = List.copyOf(unitIds);
    }
}
