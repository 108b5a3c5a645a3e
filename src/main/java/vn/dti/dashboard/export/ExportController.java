package vn.dti.dashboard.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dti.dashboard.dashboard.DashboardFiles.DashboardFile;
import vn.dti.dashboard.shared.Messages;

/** The contract's "Exports": an indicator's breakdown as XLSX or CSV. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Exports", description = "Figures as files for analysts")
class ExportController {

    private final ValuesExport exports;
    private final MonthlyBrief briefs;
    private final DataExport data;
    private final Messages messages;

    ExportController(ValuesExport exports, MonthlyBrief briefs, DataExport data, Messages messages) {
        this.exports = exports;
        this.briefs = briefs;
        this.data = data;
        this.messages = messages;
    }

    @GetMapping("/exports/data")
    @Operation(summary = "Indicators × units × months as one long table (XLSX or CSV), streamed",
            description = "A row per month, unit and indicator: period, unit, unitName, level, indicator, "
                    + "indicatorName, value, numerator, denominator, measure, reportedUnits, expectedUnits, "
                    + "onTimeUnits. depth: unit (the unit only), children (one level down, the default) or all "
                    + "(the unit and every unit below it). At most 120 months. Limited to the caller's units.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The file (attachment)", content = {@Content(mediaType = TableWriter.XLSX_TYPE), @Content(mediaType = TableWriter.CSV_TYPE)}),
                @ApiResponse(responseCode = "400", description = "No indicator, a bad month range, depth or format"),
                @ApiResponse(responseCode = "403", description = "A unit outside the caller's units"),
                @ApiResponse(responseCode = "404", description = "Unknown indicator or unit")})
    void data(@Parameter(example = "DOSSIERS_ONLINE_RATE,EID_ACTIVATED") @RequestParam List<String> indicators,
            @Parameter(example = "26") @RequestParam String unit,
            @Parameter(example = "2024-01") @RequestParam String from,
            @Parameter(example = "2024-12") @RequestParam String to,
            @Parameter(example = "all") @RequestParam(defaultValue = "children") String depth,
            @Parameter(example = "csv") @RequestParam(defaultValue = "xlsx") String format,
            HttpServletResponse response) throws IOException {
        List<String> codes = indicators.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        attachment(data.export(new DataExport.Request(codes, unit, from, to,
                DataExport.depth(depth, messages, Messages.VIETNAMESE)), format, Messages.VIETNAMESE), response);
    }

    @GetMapping("/briefs")
    @Operation(summary = "The monthly steering brief of a unit as XLSX, with native Excel charts",
            responses = {
                @ApiResponse(responseCode = "200", description = "The workbook (attachment)", content = @Content(mediaType = TableWriter.XLSX_TYPE)),
                @ApiResponse(responseCode = "400", description = "A period that is not a month"),
                @ApiResponse(responseCode = "404", description = "No such unit in the month")})
    void brief(@Parameter(example = "26") @RequestParam String unit,
            @Parameter(example = "2024-12") @RequestParam String period, HttpServletResponse response)
            throws IOException {
        attachment(briefs.brief(unit, period, Messages.VIETNAMESE), response);
    }

    /**
     * The file as an attachment, written straight to the response (a large export never sits in memory whole);
     * refusals (400, 403, 404) have been raised before, while the file was prepared.
     */
    static void attachment(DashboardFile file, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setContentType(file.contentType());
        file.body().writeTo(response.getOutputStream());
        response.flushBuffer();
    }

    @GetMapping("/exports/values")
    @Operation(summary = "The breakdown of a unit by its children as XLSX or CSV",
            description = "One row per child unit: code, name, value, numerator, denominator, target, status, rank. "
                    + "XLSX numbers are numeric cells; CSV is UTF-8 with a BOM, comma-separated, '.' as decimal "
                    + "mark. Text that would start a formula is neutralised. Limited to the caller's units.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The file (attachment)", content = {@Content(mediaType = TableWriter.XLSX_TYPE), @Content(mediaType = TableWriter.CSV_TYPE)}),
                @ApiResponse(responseCode = "400", description = "Invalid period or format"),
                @ApiResponse(responseCode = "403", description = "A unit outside the caller's units"),
                @ApiResponse(responseCode = "404", description = "Unknown indicator, or no such unit in the period")})
    void values(@Parameter(example = "DOSSIERS_ONLINE_RATE") @RequestParam String indicator,
            @Parameter(example = "26") @RequestParam String unit,
            @Parameter(example = "2024-12") @RequestParam String period,
            @Parameter(example = "xlsx") @RequestParam(defaultValue = "xlsx") String format,
            HttpServletResponse response) throws IOException {
        attachment(exports.export(indicator, unit, period, format, Messages.VIETNAMESE), response);
    }
}
