package vn.dti.dashboard.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dti.dashboard.shared.api.ApiError;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.shared.Amounts;

/**
 * {@code GET /api/v1/indicators} of the API contract, and one indicator by code. The JSON is mapped here,
 * field by field, so the contract's names and the catalogue's spelling of values ({@code ratio_of_sums},
 * {@code higher_is_better}) cannot change by accident when the Java types do.
 */
@RestController
@RequestMapping(path = "/api/v1/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Indicators", description = "The indicator catalogue: codes, names, units and roll-up rules")
class IndicatorController {

    private static final String LIST_EXAMPLE = """
            [{"code":"DOSSIERS_RECEIVED","nameVi":"Tổng số hồ sơ thủ tục hành chính tiếp nhận (trực tuyến, \
            trực tiếp, bưu chính công ích)","nameEn":"Administrative-procedure dossiers received (all channels)",\
            "unit":"dossiers","valueType":"count","numeratorCode":null,"denominatorCode":null,"aggUnits":"sum",\
            "aggTime":"sum_of_flows","direction":"higher_is_better","pillar":"digital_government",\
            "levels":["commune","district","province","department"],"role":"base","nationalTarget":null,\
            "active":true},
             {"code":"DOSSIERS_ONLINE_RATE","nameVi":"Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến trên tổng số hồ sơ",\
            "nameEn":"Share of administrative dossiers received online","unit":"percent","valueType":"ratio",\
            "numeratorCode":"DOSSIERS_RECEIVED_ONLINE","denominatorCode":"DOSSIERS_RECEIVED",\
            "aggUnits":"ratio_of_sums","aggTime":"ratio_of_sums","direction":"higher_is_better",\
            "pillar":"digital_government","levels":["commune","district","province","department"],"role":"kpi",\
            "nationalTarget":"50% (2021-2025 requirement applied by provinces); >=20% was the 2019-2020 target",\
            "active":true}]""";
    private static final String UNAUTHORIZED_EXAMPLE = """
            {"error":"unauthorized","message":"Cần đăng nhập (HTTP Basic). / Authentication required.",\
            "details":[]}""";
    private static final String NOT_FOUND_EXAMPLE = """
            {"error":"not_found","message":"Không có chỉ tiêu mã NO_SUCH_CODE. / No indicator with code \
            NO_SUCH_CODE.","details":[]}""";

    private final IndicatorService service;

    IndicatorController(IndicatorService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The indicator catalogue",
            description = "Every indicator in catalogue order. Values of valueType, aggUnits, aggTime and "
                    + "direction are spelt as in the catalogue. numeratorCode and denominatorCode are null "
                    + "except for ratios. Any signed-in user may read it.")
    @ApiResponse(responseCode = "200", description = "The catalogue", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = IndicatorJson.class)),
            examples = @ExampleObject(name = "two indicators", value = LIST_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Unknown pillar", content = @Content(
            schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content(
            schema = @Schema(implementation = ApiError.class),
            examples = @ExampleObject(value = UNAUTHORIZED_EXAMPLE)))
    List<IndicatorJson> list(
            @Parameter(description = "Only this pillar, e.g. digital_government")
            @RequestParam(required = false) @Nullable String pillar) {
        List<IndicatorSummary> catalogue;
        if (pillar == null || pillar.isBlank()) {
            catalogue = service.catalogue();
        } else {
            try {
                catalogue = service.catalogue(Pillar.fromCode(pillar.strip()));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("Trụ cột không hợp lệ / Unknown pillar: " + e.getMessage());
            }
        }
        return catalogue.stream().map(IndicatorJson::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One indicator with its definition and national targets per year")
    @ApiResponse(responseCode = "200", description = "The indicator", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = IndicatorDetailsJson.class), examples = @io.swagger.v3.oas.annotations.media.ExampleObject("""
                {"code":"CDT_TEAMS","nameVi":"Số Tổ công nghệ số cộng đồng","nameEn":"Community digital technology teams",                "unit":"teams","valueType":"count","numeratorCode":null,"denominatorCode":null,"aggUnits":"sum",                "aggTime":"last_value_for_stocks","direction":"higher_is_better","pillar":"human_resources",                "levels":["commune","district","province"],"role":"kpi","nationalTarget":"one team per hamlet",                "active":true,"definitionSource":"CV 793/BTTTT-THH","targetSource":"CV 793/BTTTT-THH",                "seedEvidence":"1.240 tổ (Vĩnh Phúc 10/2023)","notes":null,"targets":[]}""")))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content(
            schema = @Schema(implementation = ApiError.class),
            examples = @ExampleObject(value = UNAUTHORIZED_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No indicator with that code", content = @Content(
            schema = @Schema(implementation = ApiError.class),
            examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    IndicatorDetailsJson one(@PathVariable String code) {
        return service.find(code).map(IndicatorDetailsJson::of).orElseThrow(() -> ApiException.notFound(
                "Không có chỉ tiêu mã " + code + ". / No indicator with code " + code + "."));
    }

    /** The contract's indicator object (first ten fields), plus what the catalogue adds. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record IndicatorJson(
            @Schema(example = "DOSSIERS_ONLINE_RATE") String code,
            String nameVi,
            String nameEn,
            @Schema(example = "percent") String unit,
            @Schema(allowableValues = {"count", "ratio", "index", "rank"}) String valueType,
            @Schema(nullable = true, example = "DOSSIERS_RECEIVED_ONLINE") @Nullable String numeratorCode,
            @Schema(nullable = true, example = "DOSSIERS_RECEIVED") @Nullable String denominatorCode,
            @Schema(allowableValues = {"sum", "ratio_of_sums", "average-with-note", "none"}) String aggUnits,
            @Schema(allowableValues = {"sum_of_flows", "last_value_for_stocks", "ratio_of_sums",
                    "average-with-note", "none"}) String aggTime,
            @Schema(allowableValues = {"higher_is_better", "lower_is_better"}) String direction,
            @Schema(allowableValues = {"awareness", "institutions", "infrastructure", "human_resources",
                    "security", "digital_government", "digital_economy", "digital_society"}) String pillar,
            @ArraySchema(schema = @Schema(allowableValues = {"commune", "district", "province", "department"}))
            List<String> levels,
            @Schema(allowableValues = {"kpi", "base"}) String role,
            @Schema(nullable = true, description = "The national target as published, in words")
            @Nullable String nationalTarget,
            boolean active) {

        static IndicatorJson of(IndicatorSummary i) {
            return new IndicatorJson(i.code(), i.nameVi(), i.nameEn(), i.unit(), i.valueType().code(),
                    i.numeratorCode(), i.denominatorCode(), i.aggUnits().code(), i.aggTime().code(),
                    i.direction().code(), i.pillar().code(), i.levels().stream().map(UnitLevel::code).toList(),
                    i.role().code(), i.nationalTarget(), i.active());
        }
    }

    /** One indicator: the list fields plus definition texts and the numeric targets per year. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record IndicatorDetailsJson(
            String code, String nameVi, String nameEn, String unit, String valueType,
            @Nullable String numeratorCode, @Nullable String denominatorCode, String aggUnits, String aggTime,
            String direction, String pillar, List<String> levels, String role, @Nullable String nationalTarget,
            boolean active, @Nullable String definitionSource, @Nullable String targetSource,
            @Nullable String seedEvidence, @Nullable String notes, List<TargetJson> targets) {

        static IndicatorDetailsJson of(IndicatorDetails d) {
            IndicatorJson i = IndicatorJson.of(d.indicator());
            return new IndicatorDetailsJson(i.code(), i.nameVi(), i.nameEn(), i.unit(), i.valueType(),
                    i.numeratorCode(), i.denominatorCode(), i.aggUnits(), i.aggTime(), i.direction(), i.pillar(),
                    i.levels(), i.role(), i.nationalTarget(), i.active(), d.definitionSource(), d.targetSource(),
                    d.seedEvidence(), d.notes(), d.targets().stream().map(TargetJson::of).toList());
        }
    }

    /** A national target for one year; {@code target} is in the indicator's unit (percent for ratios). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TargetJson(
            @Schema(example = "2024") int year,
            @Schema(allowableValues = {"all", "province"}) String unitScope,
            @Schema(example = "50") BigDecimal target,
            @Schema(allowableValues = {"at_least", "at_most"}) String comparison,
            @Nullable String source,
            @Nullable String note) {

        static TargetJson of(NationalTarget t) {
            return new TargetJson(t.year(), t.scope().code(), Amounts.plain(t.target()),
                    t.comparison().code(), t.source(), t.note());
        }
    }
}
