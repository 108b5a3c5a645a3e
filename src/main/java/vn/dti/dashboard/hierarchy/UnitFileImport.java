package vn.dti.dashboard.hierarchy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetReader;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetRejectedException;

/**
 * Reads a units file (CSV or XLSX with the header
 * {@code code,name,level,parent_code[,valid_from,valid_to,successor_code]}) and imports it: all rows or
 * none. A refused file raises 415 (not a spreadsheet), 413 (too large) or 422 (every bad row with its
 * row number). No access check here: {@link UnitImportService} is the guarded entry for users, the
 * demo loader calls this directly at start-up.
 */
@Component
class UnitFileImport {

    /** The same limit as the multipart configuration: checked here too, whoever calls. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    static final List<String> REQUIRED_COLUMNS = List.of("code", "name", "level", "parent_code");
    static final List<String> OPTIONAL_COLUMNS = List.of("valid_from", "valid_to", "successor_code");

    private final UnitImporter importer;
    private final Messages messages;
    private final SpreadsheetReader reader = new SpreadsheetReader(new SpreadsheetReader.Limits(10, 50_000));

    UnitFileImport(UnitImporter importer, Messages messages) {
        this.importer = importer;
        this.messages = messages;
    }

    UnitImportResult importFile(String fileName, byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            throw refusal(HttpStatus.CONTENT_TOO_LARGE, "too_large", "hierarchy.import.error.too-large",
                    MAX_FILE_BYTES / (1024 * 1024));
        }
        Spreadsheet spreadsheet;
        try {
            spreadsheet = reader.read(fileName, content);
        } catch (SpreadsheetRejectedException e) {
            throw switch (e.reason()) {
                case NOT_A_SPREADSHEET, ENCRYPTED, MACROS -> refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported_media_type", "hierarchy.import.error.not-a-spreadsheet." + key(e.reason()));
                case TOO_LARGE -> refusal(HttpStatus.CONTENT_TOO_LARGE, "too_large",
                        "hierarchy.import.error.too-many-rows");
                case UNREADABLE -> refusal(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_file",
                        "hierarchy.import.error.unreadable");
            };
        }
        List<UnitRow> rows = rows(spreadsheet);
        try {
            return importer.importRows(rows);
        } catch (UnitImporter.InvalidUnitRowsException e) {
            throw invalidRows(e.problems);
        }
    }

    private static String key(SpreadsheetRejectedException.Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Finds the header row (the first non-empty row of the first sheet) and maps the data rows. */
    private List<UnitRow> rows(Spreadsheet spreadsheet) {
        Spreadsheet.Sheet sheet = spreadsheet.sheets().stream().filter(s -> !s.rows().isEmpty()).findFirst()
                .orElseThrow(() -> refusal(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_units",
                        "hierarchy.import.error.no-rows"));
        Spreadsheet.Row header = sheet.rows().getFirst();
        Map<String, Integer> columns = new HashMap<>();
        header.cells().forEach(cell -> columns.put(cell.text().strip().toLowerCase(Locale.ROOT), cell.column()));
        List<UnitImportProblem> missing = new ArrayList<>();
        for (String column : REQUIRED_COLUMNS) {
            if (!columns.containsKey(column)) {
                missing.add(new UnitImportProblem(header.number(), "", column,
                        "hierarchy.import.error.missing-column", List.of(column)));
            }
        }
        if (!missing.isEmpty()) {
            throw invalidRows(missing);
        }
        List<UnitRow> rows = new ArrayList<>();
        for (Spreadsheet.Row row : sheet.rows().subList(1, sheet.rows().size())) {
            rows.add(new UnitRow(row.number(), text(row, columns, "code"), text(row, columns, "name"),
                    text(row, columns, "level"), text(row, columns, "parent_code"),
                    optional(row, columns, "valid_from"), optional(row, columns, "valid_to"),
                    optional(row, columns, "successor_code")));
        }
        if (rows.isEmpty()) {
            throw refusal(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_units", "hierarchy.import.error.no-rows");
        }
        return rows;
    }

    private static String text(Spreadsheet.Row row, Map<String, Integer> columns, String column) {
        return row.text(columns.get(column));
    }

    private static @Nullable String optional(Spreadsheet.Row row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? null : row.text(index);
    }

    private UnitImportException refusal(HttpStatus status, String error, String key, Object... args) {
        return new UnitImportException(status, error, messages.vi(key, args), key, List.of(args), List.of(),
                List.of());
    }

    private UnitImportException invalidRows(List<UnitImportProblem> problems) {
        String key = "hierarchy.import.error.invalid-rows";
        List<UnitImportProblem.Detail> details = problems.stream()
                .map(p -> new UnitImportProblem.Detail(p.row(), p.code(), p.field(),
                        messages.vi(p.messageKey(), p.args().toArray())))
                .toList();
        long badRows = problems.stream().mapToInt(UnitImportProblem::row).distinct().count();
        return new UnitImportException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_units", messages.vi(key, badRows),
                key, List.of(badRows), problems, details);
    }
}
