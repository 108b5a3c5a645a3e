package vn.dti.dashboard.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiError;

/** {@code /api/v1/users}: accounts for scripts and provisioning (API contract, "Users"); ADMIN only. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts and roles (ADMIN)")
class UserController {

    private final AccountService accounts;

    UserController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The contract's request; the service checks every field, so a missing one is named in the caller's language. */
    record CreateUserJson(@Nullable String username, @Nullable String password, @Nullable String role,
            @Nullable List<String> unitCodes, @Nullable String displayName) {
    }

    /** One of the account's units: the version by id, with its code and validity. */
    record UnitJson(long id, String code, String name, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
    }

    record UserJson(long id, String username, @Nullable String displayName, String role, boolean enabled,
            List<String> unitCodes, List<UnitJson> units, Instant createdAt, @Nullable Instant lockedUntil) {

        static UserJson of(AccountSummary account) {
            return new UserJson(account.id(), account.username(), account.displayName(), account.role().name(),
                    account.enabled(), account.units().stream().map(UnitSummary::code).toList(),
                    account.units().stream().map(u -> new UnitJson(u.id(), u.code(), u.name(), u.validFrom(),
                            u.validTo())).toList(), account.createdAt(), account.lockedUntil());
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create an account (ADMIN)",
            description = "Roles: ADMIN, LEADER (sees everything, changes nothing), ANALYST (sees and exports "
                    + "everything), REPORTER (submits and sees only its units and their descendants; needs at "
                    + "least one unit, the other roles take none). unitCodes name the units in force today; the "
                    + "account keeps them by their id, so a code reused after a merger does not move the account. "
                    + "The password needs at least 10 characters with letters and digits, and must not contain "
                    + "the username.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                        mediaType = "application/json", examples = @ExampleObject(value = """
                                {"id":7,"username":"xa.tichson","displayName":null,"role":"REPORTER","enabled":true,
                                 "unitCodes":["08707"],"units":[{"id":31,"code":"08707","name":"Phường Tích Sơn",
                                 "validFrom":null,"validTo":"2025-06-30"}],"createdAt":"2026-11-24T02:00:00Z",
                                 "lockedUntil":null}"""))),
                @ApiResponse(responseCode = "400", description = "Not JSON, or a required field missing",
                        content = @Content(schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(
                        schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "The username is taken", content = @Content(
                        schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "422", description = "Invalid: every problem with its field",
                        content = @Content(mediaType = "application/json", examples = @ExampleObject(value = """
                                {"error":"invalid_account","message":"Chưa tạo tài khoản vì có 2 lỗi.",
                                 "details":[{"field":"password","message":"Mật khẩu phải có cả chữ cái và chữ số."},
                                  {"field":"unitCodes","message":"Không có đơn vị mã 99999 còn hiệu lực ngày 2026-11-24."}]}""")))})
    ResponseEntity<UserJson> create(@RequestBody CreateUserJson body, HttpServletRequest request) {
        Locale locale = locale(request);
        List<String> codes = body.unitCodes() == null ? List.of() : body.unitCodes();
        AccountSummary created = accounts.create(body.username(), body.displayName(), body.password(), body.role(),
                codes, locale);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, URI.create("/api/v1/users/" + created.id()).toString())
                .body(UserJson.of(created));
    }

    @GetMapping
    @Operation(summary = "Every account with role, units and state (ADMIN)", responses = {
        @ApiResponse(responseCode = "200", description = "The accounts", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", examples = @io.swagger.v3.oas.annotations.media.ExampleObject("""
                [{"id":7,"username":"xa.tichson","displayName":null,"role":"REPORTER","enabled":true,"unitCodes":["08707"],"units":[{"id":31,"code":"08707","name":"Phường Tích Sơn","validFrom":null,"validTo":"2025-06-30"}],"createdAt":"2026-11-24T02:00:00Z","lockedUntil":null}]"""))),
        @ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(schema = @Schema(
                implementation = vn.dti.dashboard.shared.api.ApiError.class)))})
    List<UserJson> list() {
        return accounts.accounts().stream().map(UserJson::of).toList();
    }

    /** English when the caller asks for it first, Vietnamese otherwise (also without an Accept-Language). */
    private static Locale locale(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return header == null || header.isBlank() ? Messages.VIETNAMESE : Messages.supported(request.getLocale());
    }
}
