package vn.dti.dashboard.hierarchy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dti.dashboard.shared.api.ApiError;

/** {@code /api/v1/units}: the hierarchy in force on a date, and its import (API contract, "Units"). */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Administrative hierarchy (province, districts, communes, departments)")
class UnitController {

    private final HierarchyService hierarchy;
    private final UnitImportService imports;
    private final Clock clock;

    UnitController(HierarchyService hierarchy, UnitImportService imports, Clock clock) {
        this.hierarchy = hierarchy;
        this.imports = imports;
        this.clock = clock;
    }

    /** The contract's unit entry; successorCodes and id are extras. */
    record UnitJson(long id, String code, String name, UnitLevel level, @Nullable String parentCode,
            @Nullable LocalDate validFrom, @Nullable LocalDate validTo, List<String> successorCodes) {

        static UnitJson of(UnitSummary unit) {
            return new UnitJson(unit.id(), unit.code(), unit.name(), unit.level(), unit.parentCode(),
                    unit.validFrom(), unit.validTo(), unit.successors().stream().map(UnitRef::code).toList());
        }
    }

    @GetMapping
    @Operation(summary = "Units in force on a date",
            description = "Every unit whose validity contains the date (default: today), parents first. "
                    + "A code means the unit in force on that date: official codes are reused after mergers.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The units", content = @Content(
                        mediaType = "application/json", examples = @ExampleObject(value = """
                                [{"id":1,"code":"26","name":"Tỉnh Vĩnh Phúc","level":"province","parentCode":null,
                                  "validFrom":null,"validTo":"2025-06-30","successorCodes":["25"]},
                                 {"id":2,"code":"243","name":"Thành phố Vĩnh Yên","level":"district",
                                  "parentCode":"26","validFrom":null,"validTo":"2025-06-30","successorCodes":[]}]"""))),
                @ApiResponse(responseCode = "400", description = "Bad date", content = @Content(
                        schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content(
                        schema = @Schema(implementation = ApiError.class)))})
    List<UnitJson> units(@Parameter(description = "YYYY-MM-DD; default today", example = "2024-06-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        return hierarchy.unitsInForce(day).stream().map(UnitJson::of).toList();
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import units from CSV or XLSX (ADMIN)",
            description = "Header code,name,level,parent_code[,valid_from,valid_to,successor_code]. "
                    + "All rows or none: any bad row answers 422 with every bad row and nothing is imported. "
                    + "A row with the code and valid_from of a stored unit updates it; otherwise it creates a "
                    + "new unit version. successor_code may list several codes separated by '|'.",
            responses = {
                @ApiResponse(responseCode = "200", description = "Imported", content = @Content(
                        mediaType = "application/json",
                        examples = @ExampleObject(value = "{\"created\":3,\"updated\":1,\"unchanged\":0}"))),
                @ApiResponse(responseCode = "403", description = "Not an administrator", content = @Content(
                        schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "413", description = "File over 20 MB", content = @Content(
                        schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "415", description = "Not CSV/XLSX", content = @Content(
                        schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "422", description = "Bad rows; nothing imported", content = @Content(
                        mediaType = "application/json", examples = @ExampleObject(value = """
                                {"error":"invalid_units","message":"Tệp có 1 dòng không hợp lệ; không đơn vị nào được nhập.",
                                 "details":[{"row":3,"code":"99999","field":"parent_code",
                                   "message":"Không tìm thấy đơn vị cấp trên có mã 999."}]}""")))})
    UnitImportResult importUnits(@RequestPart("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return imports.importFile(name, file.getBytes());
    }
}
