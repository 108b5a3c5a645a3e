package vn.dti.dashboard.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads {@code indicator-definitions.csv} ({@code code,definition_vi,definition_en}): one short sentence each. */
final class DefinitionCsv {

    static final String RESOURCE = "data-samples/indicator-definitions.csv";
    static final List<String> COLUMNS = List.of("code", "definition_vi", "definition_en");

    private DefinitionCsv() {
    }

    /** Code → {Vietnamese, English}; a broken file stops start-up with every bad line named. */
    static Map<String, String[]> readShipped() {
        InputStream stream = DefinitionCsv.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new CatalogFileException(RESOURCE, List.of("not found on the classpath"));
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static Map<String, String[]> read(Reader csv) throws IOException {
        Map<String, String[]> definitions = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            if (!header.equals(COLUMNS)) {
                throw new CatalogFileException(RESOURCE, List.of("line 1: the header must be " + COLUMNS));
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (record.size() != COLUMNS.size() || record.get(1).isBlank() || record.get(2).isBlank()) {
                    problems.add("line " + line + ": needs a code and a definition in both languages");
                    continue;
                }
                if (definitions.put(record.get(0).strip(), new String[] {record.get(1).strip(), record.get(2).strip()})
                        != null) {
                    problems.add("line " + line + ": code " + record.get(0).strip() + " appears twice");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogFileException(RESOURCE, problems);
        }
        return definitions;
    }
}
