package vn.dti.dashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * data-samples/indicator-definitions.csv: one short definition in each language for every indicator of the
 * catalogue, in catalogue order, and a ratio's definition says what it divides by what.
 */
class IndicatorDefinitionsFileTest {

    static List<CSVRecord> read(String file) throws IOException {
        try (CSVParser csv = CSVParser.parse(Files.readString(Path.of("data-samples", file), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(csv.getHeaderNames()).isNotEmpty();
            return csv.getRecords();
        }
    }

    @Test
    void every_indicator_has_one_short_definition_in_vietnamese_and_english() throws IOException {
        Map<String, CSVRecord> catalogue = new LinkedHashMap<>();
        for (CSVRecord row : read("indicators.csv")) {
            catalogue.put(row.get("code"), row);
        }
        List<CSVRecord> definitions = read("indicator-definitions.csv");
        assertThat(definitions.getFirst().getParser().getHeaderNames())
                .containsExactly("code", "definition_vi", "definition_en");
        assertThat(definitions).extracting(row -> row.get("code")).containsExactlyElementsOf(catalogue.keySet());
        for (CSVRecord row : definitions) {
            String code = row.get("code");
            for (String column : List.of("definition_vi", "definition_en")) {
                assertThat(row.get(column)).as(code + " " + column).isNotBlank().hasSizeLessThanOrEqualTo(200)
                        .endsWith(".").doesNotContain("\n");
            }
            boolean ratioOfCounts = "ratio".equals(catalogue.get(code).get("value_type"))
                    && !catalogue.get(code).get("numerator_code").isBlank();
            assertThat(row.get("definition_vi").startsWith("= ") && row.get("definition_vi").contains("× 100"))
                    .as(code).isEqualTo(ratioOfCounts);
            assertThat(row.get("definition_en").startsWith("= ")).as(code).isEqualTo(ratioOfCounts);
        }
        assertThat(definitions.stream().filter(r -> r.get("code").equals("DOSSIERS_ONLINE_RATE")).findFirst()
                .orElseThrow().get("definition_vi"))
                .isEqualTo("= Số hồ sơ TTHC tiếp nhận trực tuyến / Tổng số hồ sơ TTHC tiếp nhận × 100, trong tháng.");
    }
}
