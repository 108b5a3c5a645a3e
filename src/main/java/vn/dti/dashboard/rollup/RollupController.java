package vn.dti.dashboard.rollup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rolled-up values per the API contract ("Values (rolled up)"), and a series for charts and the IOC. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Values", description = "Rolled-up indicator values for a unit and period")
class RollupController {

    private static final String EXAMPLE = """
            {"indicator":"DOSSIERS_ONLINE_RATE","unit":"26","period":"2024-12","value":47.31,
             "numerator":61234,"denominator":129432,"reportedUnits":131,"expectedUnits":136,
             "onTimeUnits":118,"asOfMonth":"2024-12"}""";

    private final RollupService rollups;

    RollupController(RollupService rollups) {
        this.rollups = rollups;
    }

    /**
     * The contract's fields, then what this app adds: on-time units and the month a figure stands at.
     */
    record ValueJson(String indicator, String unit, String period, @Nullable BigDecimal value,
            @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, int reportedUnits, int expectedUnits,
            int onTimeUnits, @Nullable String asOfMonth) {

        static ValueJson of(RolledValue v) {
            return new ValueJson(v.indicator(), v.unit(), v.period(), v.value(), v.numerator(), v.denominator(),
                    v.reportedUnits(), v.expectedUnits(), v.onTimeUnits(), v.asOfMonth());
        }
    }

    @GetMapping("/values")
    @Operation(summary = "One indicator for one unit and period, rolled up from the units' reports",
            description = "Periods: YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY, YYYY-MM-YTD. value is null where nothing was "
                    + "reported; a ratio is numerator / denominator × 100 from the rolled-up parts.",
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE))),
                @ApiResponse(responseCode = "400", description = "Invalid period"),
                @ApiResponse(responseCode = "404", description = "Unknown indicator, or no such unit in the period")})
    ValueJson value(@Parameter(example = "DOSSIERS_ONLINE_RATE") @RequestParam String indicator,
            @Parameter(example = "26") @RequestParam String unit,
            @Parameter(example = "2024-12") @RequestParam String period) {
        return ValueJson.of(rollups.value(indicator, unit, period));
    }

    @GetMapping("/values/breakdown")
    @Operation(summary = "The same figures for each child unit in force at the period's end",
            responses = {
                @ApiResponse(responseCode = "200", description = "One object per child unit", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", examples = @io.swagger.v3.oas.annotations.media.ExampleObject("""
                [{"indicator":"DOSSIERS_ONLINE_RATE","unit":"243","period":"2024-12","value":52.1,"numerator":8120,"denominator":15585,"reportedUnits":9,"expectedUnits":9,"onTimeUnits":8,"asOfMonth":"2024-12"}]"""))),
                @ApiResponse(responseCode = "400", description = "Invalid period"),
                @ApiResponse(responseCode = "404", description = "Unknown indicator, or no such unit in the period")})
    List<ValueJson> breakdown(@Parameter(example = "DOSSIERS_ONLINE_RATE") @RequestParam String indicator,
            @Parameter(example = "26") @RequestParam String unit,
            @Parameter(example = "2024-12") @RequestParam String period) {
        return rollups.breakdown(indicator, unit, period).stream().map(ValueJson::of).toList();
    }

    @GetMapping("/values/series")
    @Operation(summary = "One indicator for one unit over consecutive periods of one kind (at most 240)",
            responses = {
                @ApiResponse(responseCode = "200", description = "One object per period the unit existed in", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", examples = @io.swagger.v3.oas.annotations.media.ExampleObject("""
                [{"indicator":"EID_ACTIVATED","unit":"26","period":"2024-01","value":612004,"numerator":null,"denominator":null,"reportedUnits":136,"expectedUnits":136,"onTimeUnits":130,"asOfMonth":"2024-01"}]"""))),
                @ApiResponse(responseCode = "400", description = "Invalid periods or range"),
                @ApiResponse(responseCode = "404", description = "Unknown indicator")})
    List<ValueJson> series(@Parameter(example = "EID_ACTIVATED") @RequestParam String indicator,
            @Parameter(example = "26") @RequestParam String unit,
            @Parameter(example = "2024-01") @RequestParam String from,
            @Parameter(example = "2024-12") @RequestParam String to) {
        return rollups.series(indicator, unit, from, to).stream().map(ValueJson::of).toList();
    }

    @PostMapping("/rollups/rebuild")
    @Operation(summary = "Rebuild every rollup from the stored reports (ADMIN)",
            responses = {@ApiResponse(responseCode = "200", description = "Rows rolled up again", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", examples = @io.swagger.v3.oas.annotations.media.ExampleObject("""
                {"rows":8907}"""))),
                @ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(schema = @Schema(implementation = vn.dti.dashboard.shared.api.ApiError.class)))})
    Map<String, Integer> rebuild() {
        return Map.of("rows", rollups.rebuild());
    }
}
