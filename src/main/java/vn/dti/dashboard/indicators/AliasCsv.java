package vn.dti.dashboard.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and checks {@code indicator-aliases.csv} ({@code code,alias}): the names reports use for catalogue
 * indicators besides {@code name_vi}. Each alias must name exactly one indicator: two aliases with the same
 * {@link IndicatorNames#key key}, or an alias whose key is another indicator's name, would make a report row
 * mean two things, so the file is refused with every such line.
 */
final class AliasCsv {

    static final String ALIASES_RESOURCE = "data-samples/indicator-aliases.csv";
    static final List<String> COLUMNS = List.of("code", "alias");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /** One alias with the line it is on and its matching key. */
    record AliasEntry(int line, String code, String alias, String key) {
    }

    private AliasCsv() {
    }

    static List<AliasEntry> readShipped(List<CatalogCsv.CatalogEntry> indicators) {
        InputStream stream = AliasCsv.class.getClassLoader().getResourceAsStream(ALIASES_RESOURCE);
        if (stream == null) {
            throw new CatalogFileException(ALIASES_RESOURCE, List.of("not found on the classpath"));
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return read(reader, ALIASES_RESOURCE, indicators);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ALIASES_RESOURCE, e);
        }
    }

    static List<AliasEntry> read(Reader csv, String fileName, List<CatalogCsv.CatalogEntry> indicators)
            throws IOException {
        Map<String, String> nameKeys = new HashMap<>();
        for (CatalogCsv.CatalogEntry indicator : indicators) {
            nameKeys.put(IndicatorNames.key(indicator.nameVi()), indicator.code());
        }
        List<String> problems = new ArrayList<>();
        List<AliasEntry> entries = new ArrayList<>();
        Map<String, AliasEntry> byKey = new HashMap<>();
        try (CSVParser parser = FORMAT.parse(csv)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", "").strip()).toList();
            if (!header.equals(COLUMNS)) {
                throw new CatalogFileException(fileName, List.of("line 1: the header must be " + COLUMNS
                        + ", not " + header));
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (record.size() != COLUMNS.size()) {
                    problems.add("line " + line + ": has " + record.size() + " fields, the header has 2");
                    continue;
                }
                String code = record.get(0).strip();
                String alias = record.get(1).strip();
                String key = IndicatorNames.key(alias);
                String where = "line " + line + " (" + alias + "): ";
                if (!nameKeys.containsValue(code)) {
                    problems.add(where + "code " + code + " is not in the catalogue");
                    continue;
                }
                if (key.isEmpty()) {
                    problems.add(where + "the alias has no letters or digits");
                    continue;
                }
                String named = nameKeys.get(key);
                if (named != null && !named.equals(code)) {
                    problems.add(where + "is the name of " + named + ", not of " + code);
                    continue;
                }
                AliasEntry entry = new AliasEntry(line, code, alias, key);
                AliasEntry earlier = byKey.putIfAbsent(key, entry);
                if (earlier != null) {
                    problems.add(where + "reads the same as line " + earlier.line() + " (" + earlier.alias() + ")");
                    continue;
                }
                entries.add(entry);
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogFileException(fileName, problems);
        }
        return List.copyOf(entries);
    }
}
