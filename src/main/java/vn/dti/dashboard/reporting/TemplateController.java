package vn.dti.dashboard.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dti.dashboard.shared.api.ApiError;

/** {@code GET /api/v1/templates}: the monthly report template of a unit (API contract, "Reports"). */
@RestController
@Tag(name = "Reports")
class TemplateController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportTemplateService templates;

    TemplateController(ReportTemplateService templates) {
        this.templates = templates;
    }

    @GetMapping("/api/v1/templates")
    @Operation(summary = "The .xlsx report template of a unit for a month",
            description = "The indicators the unit's level enters (never ratios, which are computed), grouped "
                    + "by pillar, with this month's stored values filled in and last month's for reference. Only the "
                    + "value and note cells are unlocked (sheet protection without a password); Excel validates "
                    + "the values. The header lines 'Đơn vị báo cáo: <code> - <name>' and 'Kỳ báo cáo: Tháng "
                    + "MM/YYYY' and a hidden marker cell let POST /api/v1/submissions read the filled file back.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The workbook", content = @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
                @ApiResponse(responseCode = "400", description = "Period not YYYY-MM", content = @Content(
                        schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "401", description = "Not signed in (HTTP Basic)", content = @Content),
                @ApiResponse(responseCode = "403", description = "Unit outside your units", content = @Content(
                        schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "No such unit in that month", content = @Content(
                        schema = @Schema(implementation = ApiError.class)))})
    ResponseEntity<byte[]> template(
            @Parameter(description = "Unit code", example = "08716") @RequestParam String unit,
            @Parameter(description = "Month, YYYY-MM", example = "2024-03") @RequestParam String period) {
        OriginalFile file = templates.template(unit, period);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }
}
