package vn.dti.dashboard.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dti.dashboard.shared.api.ApiError;

/** {@code GET /api/v1/audit}: the audit trail, filtered and paged (ADMIN). Read only: there is nothing else. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who did what and when (ADMIN; read only)")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first (ADMIN)",
            description = "Sign-ins and failed sign-ins, uploads accepted (one entry per unit report, with the "
                    + "file's sha256) and refused, period locks and unlocks with their reason, account and role "
                    + "changes. Filters combine; dates are days in Vietnam's time zone, both inclusive.",
            responses = {
                @ApiResponse(responseCode = "200", description = "One page", content = @Content(
                        mediaType = "application/json", examples = @ExampleObject(value = """
                                {"entries":[{"id":412,"occurredAt":"2026-11-24T02:15:00Z","username":"xa.tichson",
                                  "action":"SUBMISSION_ACCEPTED","objectType":"SUBMISSION","objectId":"4211",
                                  "detail":"đơn vị 08707 [id 31], kỳ 2025-06, phiên bản 2, 27 chỉ tiêu, kênh UPLOAD, tệp BC_T06.xlsx, sha256 9f2c…",
                                  "result":"SUCCESS"}],"page":0,"size":50,"total":1}"""))),
                @ApiResponse(responseCode = "400", description = "Bad date, page or size", content = @Content(
                        schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(
                        schema = @Schema(implementation = ApiError.class)))})
    AuditPage entries(
            @Parameter(description = "Part of the username, any case", example = "tichson")
            @RequestParam(required = false) @Nullable String user,
            @Parameter(description = "Exact action, e.g. LOGIN_FAILED, SUBMISSION_ACCEPTED, PERIOD_UNLOCKED")
            @RequestParam(required = false) @Nullable String action,
            @Parameter(description = "First day, YYYY-MM-DD", example = "2026-11-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @Parameter(description = "Last day, YYYY-MM-DD", example = "2026-11-30")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @Parameter(description = "Page number from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Entries per page, 1 to 500") @RequestParam(defaultValue = "50") int size) {
        return audit.search(new AuditQuery(user, action, from, to), page, size);
    }
}
