package vn.dti.dashboard.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiError;

/** {@code /api/v1/submissions}: monthly reports uploaded by other systems and scripts (API contract, "Reports"). */
@RestController
@RequestMapping("/api/v1/submissions")
@Tag(name = "Reports", description = "Monthly unit reports: upload a workbook, read the stored versions")
class SubmissionController {

    private final SubmissionService submissions;

    SubmissionController(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /** The contract's answer for one accepted unit report. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AcceptedJson(long id, String unitCode, String period, int version, int valuesAccepted,
            List<ReportProblem> warnings, @Nullable Boolean duplicate) {
    }

    /** The contract's version entry. */
    record VersionJson(long id, int version, String submittedBy, Instant submittedAt, @Nullable String fileName,
            @Nullable String sha256, int valuesAccepted, int warnings, String channel, boolean current) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit a monthly report workbook (.xlsx or .xls)",
            description = "The workbook's header names the unit (\"Đơn vị báo cáo: …\") and the month (\"Kỳ báo cáo: "
                    + "Tháng MM/YYYY\"); the form fields unit and period stand in when it does not. Every problem is "
                    + "listed with its sheet and cell, and then nothing is stored. A workbook with one report per "
                    + "sheet (or a unit × indicator matrix) stores all of its reports or none. Re-submitting creates "
                    + "the next version; the byte-identical file again answers 200 with duplicate=true.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Stored", content = @Content(
                        mediaType = "application/json", examples = {
                            @ExampleObject(name = "one unit", value = """
                                    {"id":4211,"unitCode":"09175","period":"2024-03","version":2,"valuesAccepted":27,
                                     "warnings":[{"sheet":"Biểu 01","cell":"F14","indicator":"CDT_MEMBERS",
                                       "message":"Số thành viên Tổ công nghệ số cộng đồng giảm từ 52 (Tháng 02/2024) xuống 40. Hãy kiểm tra lại."}]}"""),
                            @ExampleObject(name = "several units", value = """
                                    {"submissions":[{"id":4212,"unitCode":"09178","period":"2024-03","version":1,
                                      "valuesAccepted":2,"warnings":[]},{"id":4213,"unitCode":"09181",
                                      "period":"2024-03","version":1,"valuesAccepted":2,"warnings":[]}]}""")})),
                @ApiResponse(responseCode = "200", description = "The identical file was already stored", content =
                        @Content(mediaType = "application/json", examples = @ExampleObject(value = """
                                {"duplicate":true,"id":4211,"unitCode":"09175","period":"2024-03","version":2}"""))),
                @ApiResponse(responseCode = "403", description = "Unit outside your units, or a role that only reads",
                        content = @Content(schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "The month is locked", content = @Content(
                        schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "413", description = "File over 20 MB or over the sheet/row limits",
                        content = @Content(schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "415", description = "Not an .xlsx/.xls workbook, encrypted, or with macros",
                        content = @Content(schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "422", description = "Invalid: every problem with its cell; nothing stored",
                        content = @Content(mediaType = "application/json", examples = @ExampleObject(value = """
                                {"error":"invalid_report","message":"Báo cáo chưa được lưu vì có 1 lỗi; hãy sửa các ô dưới đây rồi nộp lại.",
                                 "details":[{"sheet":"Biểu 01","cell":"E12","indicator":"DOSSIERS_RECEIVED",
                                   "message":"Không đọc được số từ «khoảng mười». Hãy nhập một con số theo cách viết Việt Nam, ví dụ 1.240.500 hoặc 10,38."}]}""")))})
    ResponseEntity<Object> submit(@RequestPart("file") MultipartFile file,
            @Parameter(description = "Unit code, when the workbook does not name the unit", example = "09175")
            @RequestParam(required = false) @Nullable String unit,
            @Parameter(description = "YYYY-MM, when the workbook does not name the month", example = "2024-03")
            @RequestParam(required = false) @Nullable String period,
            HttpServletRequest request) throws IOException {
        String name = file.getOriginalFilename() == null ? "bao-cao.xlsx" : file.getOriginalFilename();
        SubmissionReceipt receipt = submissions.submit(new ReportUpload(name, file.getBytes(), unit, period),
                Channel.API, locale(request));
        List<AcceptedJson> list = receipt.submissions().stream().map(a -> new AcceptedJson(a.id(), a.unitCode(),
                a.period(), a.version(), a.valuesAccepted(), a.warnings(), receipt.duplicate() ? true : null))
                .toList();
        HttpStatus status = receipt.duplicate() ? HttpStatus.OK : HttpStatus.CREATED;
        if (list.size() == 1) {
            AcceptedJson one = list.getFirst();
            Object body = receipt.duplicate()
                    ? Map.of("duplicate", true, "id", one.id(), "unitCode", one.unitCode(), "period", one.period(),
                            "version", one.version())
                    : one;
            return ResponseEntity.status(status).body(body);
        }
        Object body = receipt.duplicate() ? Map.of("duplicate", true, "submissions", list)
                : Map.of("submissions", list);
        return ResponseEntity.status(status).body(body);
    }

    @GetMapping
    @Operation(summary = "Stored versions of a unit's report for a month, newest first",
            responses = {
                @ApiResponse(responseCode = "200", description = "The versions (empty when none)", content = @Content(
                        mediaType = "application/json", examples = @ExampleObject(value = """
                                [{"id":4211,"version":2,"submittedBy":"admin","submittedAt":"2024-04-04T02:15:00Z",
                                  "fileName":"BC_CDS_T03_2024_VuDi.xlsx","sha256":"9f2c…","valuesAccepted":27,
                                  "warnings":1,"channel":"API","current":true}]"""))),
                @ApiResponse(responseCode = "400", description = "Period not YYYY-MM", content = @Content(
                        schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "No such unit in that month", content = @Content(
                        schema = @Schema(implementation = ApiError.class)))})
    List<VersionJson> versions(@Parameter(example = "09175") @RequestParam String unit,
            @Parameter(example = "2024-03") @RequestParam String period) {
        return submissions.versions(unit, period).stream().map(v -> new VersionJson(v.id(), v.version(),
                v.submittedBy(), v.submittedAt(), v.fileName(), v.sha256(), v.valuesAccepted(), v.warnings(),
                v.channel().name(), v.current())).toList();
    }

    @GetMapping("/{id}/values")
    @Operation(summary = "The values stored with one submission, with the sheet and cell each came from", responses = {
        @ApiResponse(responseCode = "200", description = "The values in catalogue order", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", examples = @io.swagger.v3.oas.annotations.media.ExampleObject("""
                [{"indicator":"DOSSIERS_RECEIVED","indicatorName":"Tổng số hồ sơ thủ tục hành chính tiếp nhận","measureUnit":"dossiers","number":1245,"sheet":"Biểu 01","cell":"D6","warning":null}]"""))),
        @ApiResponse(responseCode = "403", description = "A unit outside your units", content = @Content(schema = @Schema(implementation = vn.dti.dashboard.shared.api.ApiError.class))),
        @ApiResponse(responseCode = "404", description = "No such submission", content = @Content(schema = @Schema(implementation = vn.dti.dashboard.shared.api.ApiError.class)))})
    List<StoredValue> values(@PathVariable long id, HttpServletRequest request) {
        return submissions.values(id, locale(request));
    }

    @GetMapping("/{id}/file")
    @Operation(summary = "The submission's file exactly as uploaded",
            responses = {@ApiResponse(responseCode = "200", description = "The file (attachment)", content = @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
                @ApiResponse(responseCode = "403", description = "A unit outside your units", content = @Content(schema = @Schema(implementation = vn.dti.dashboard.shared.api.ApiError.class))),
                @ApiResponse(responseCode = "404", description = "No such submission, or entered in the web form",
                    content = @Content(schema = @Schema(implementation = ApiError.class)))})
    ResponseEntity<byte[]> file(@PathVariable long id) {
        OriginalFile file = submissions.original(id).orElseThrow(() -> new SubmissionRefusedException(
                Refusal.NOT_FOUND, "Báo cáo này được nhập trên web, không có tệp gốc. / Entered in the web form: no file.",
                List.of()));
        String type = file.fileName().toLowerCase(Locale.ROOT).endsWith(".xls") ? "application/vnd.ms-excel"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    /** English when the caller asks for it first, Vietnamese otherwise (also without an Accept-Language). */
    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Messages.VIETNAMESE;
        }
        return Messages.supported(request.getLocale());
    }
}
