package vn.dti.dashboard.targets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dti.dashboard.shared.Messages;

/** Targets a province sets: list them, load them from a CSV or XLSX file. */
@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "Targets", description = "Targets per indicator, unit and year")
class TargetController {

    private final TargetService targets;

    TargetController(TargetService targets) {
        this.targets = targets;
    }

    @GetMapping
    @Operation(summary = "The targets the province has set, filtered by indicator, unit code and year", responses = {
        @ApiResponse(responseCode = "200", description = "The targets", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", examples = @io.swagger.v3.oas.annotations.media.ExampleObject("""
                [{"indicator":"DOSSIERS_ONLINE_RATE","unitCode":"26","unitName":"Tỉnh Vĩnh Phúc","year":2025,"appliesTo":"unit","target":60,"comparison":"at_least","source":"Kế hoạch chuyển đổi số 2025","setBy":"admin"}]"""))),
        @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @io.swagger.v3.oas
                .annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                        implementation = vn.dti.dashboard.shared.api.ApiError.class)))})
    List<TargetService.UnitTarget> list(@RequestParam(required = false) @Nullable String indicator,
            @RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable Integer year) {
        return targets.list(indicator, unit, year);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Load targets from CSV or XLSX (ADMIN): indicator_code, year, unit_code, target, "
            + "optional applies_to (unit | below), comparison (at_least | at_most), source; all rows or none",
            responses = {
                @ApiResponse(responseCode = "200", description = "Loaded", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", examples = @io.swagger.v3.oas.annotations.media.ExampleObject("""
                {"created":3,"updated":1}"""))),
                @ApiResponse(responseCode = "422", description = "invalid_targets, with a problem per row and column"),
                @ApiResponse(responseCode = "403", description = "Not an administrator")})
    TargetService.ImportResult load(@RequestPart("file") MultipartFile file, HttpServletRequest request)
            throws IOException {
        Locale locale = request.getHeader("Accept-Language") != null
                && request.getHeader("Accept-Language").toLowerCase(Locale.ROOT).startsWith("en")
                ? Messages.ENGLISH : Messages.VIETNAMESE;
        return targets.importFile(file.getOriginalFilename() == null ? "targets.csv" : file.getOriginalFilename(),
                file.getBytes(), locale);
    }
}
