package vn.dti.dashboard.reporting.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.reporting.ReportIssue;
import vn.dti.dashboard.reporting.ReportValueParser;
import vn.dti.dashboard.reporting.ReportValueParser.Blank;
import vn.dti.dashboard.reporting.ReportValueParser.Problem;
import vn.dti.dashboard.reporting.ReportValueParser.Result;
import vn.dti.dashboard.reporting.ReportValueParser.Value;
import vn.dti.dashboard.reporting.workbook.IndicatorLookup.Match;
import vn.dti.dashboard.reporting.workbook.ReportDraft.DraftValue;
import vn.dti.dashboard.reporting.workbook.ReportDraft.LocatedPeriod;
import vn.dti.dashboard.reporting.workbook.ReportDraft.LocatedText;
import vn.dti.dashboard.shared.period.ReportingPeriod;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet.Cell;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet.Row;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet.Sheet;

/**
 * Reads report workbooks in the shapes officials send (the API contract's accepted layouts) into
 * {@link ReportDraft}s, with every cell that cannot be read as an error and every reading worth a second look
 * as a warning. All problems come in one pass. Pure: the catalogue comes in as an {@link IndicatorLookup}.
 *
 * <h2>Finding the table</h2>
 * The header row is the first row within the first {@value #HEADER_ROWS} rows that has
 * <ul>
 * <li>a code column ({@code Mã}, {@code Mã chỉ tiêu}, {@code Mã số}, {@code Code}) and a value column
 * ({@code Giá trị}, {@code Thực hiện}, {@code Số liệu}, {@code Value}, {@code Kết quả}, {@code Trong tháng}):
 * {@link ReportLayout#CODE_VALUE}, or {@link ReportLayout#TEMPLATE} when the sheet carries the app's marker
 * cell {@value #TEMPLATE_MARKER};</li>
 * <li>else a name column ({@code Chỉ tiêu}, {@code Nội dung}, {@code Tên chỉ tiêu}) and a value column:
 * {@link ReportLayout#NAME_VALUE}, rows matched by {@link IndicatorLookup#byName};</li>
 * <li>else a unit column ({@code Đơn vị}, {@code Tên đơn vị}, {@code Xã, phường, thị trấn}, {@code Mã đơn vị})
 * and indicator codes or names as the other headers: {@link ReportLayout#MATRIX}, one draft per unit row.</li>
 * </ul>
 * A second header row right below (cells under a merged group such as "Thực hiện" over "Trong tháng" |
 * "Lũy kế") picks the in-period column, never the cumulative one; previous-month, plan and comparison columns
 * ("Tháng trước", "Kế hoạch", "Tỷ lệ so KH") are never the value. A row of column numbers ({@code (1)},
 * {@code (2)}, …) under the header is skipped; signature and recipient rows ("Người lập biểu", "(Ký, ghi rõ họ
 * tên)", "Nơi nhận", "Thủ trưởng đơn vị") end the table. Sheets that are hidden, empty or without such a header
 * (narrative appendices, lists of teams) are skipped.
 *
 * <h2>Unit and period</h2>
 * From the rows above the table: "Đơn vị báo cáo: …" (or "Đơn vị: …", also with the name in the next cell),
 * else the last agency line of the header ("UBND XÃ VŨ DI" under "UBND HUYỆN VĨNH TƯỜNG"); the period from
 * "Kỳ báo cáo: …", else from the title, in the notations {@link PeriodText} reads.
 */
public final class ReportWorkbookReader {

    /** The text of the hidden cell the app's template carries. */
    public static final String TEMPLATE_MARKER = "DTI_TEMPLATE v1";
    static final int HEADER_ROWS = 15;

    public static final String NO_REPORT = "reporting.read.no-report";
    public static final String UNKNOWN_CODE = "reporting.read.unknown-code";
    public static final String UNKNOWN_NAME = "reporting.read.unknown-name";
    public static final String UNKNOWN_COLUMN = "reporting.read.unknown-column";
    public static final String DUPLICATE = "reporting.read.duplicate-indicator";
    public static final String PERIOD_UNREADABLE = "reporting.read.period-unreadable";
    public static final String PERIOD_DIFFERS = "reporting.read.period-differs";
    public static final String SUBTOTAL_MISMATCH = "reporting.read.subtotal-mismatch";
    public static final String ROW_WITHOUT_INDICATOR = "reporting.read.row-without-indicator";

    /** Every key this class can produce (the value parser's keys come on top). */
    public static final Set<String> MESSAGE_KEYS = Set.of(NO_REPORT, UNKNOWN_CODE, UNKNOWN_NAME, UNKNOWN_COLUMN,
            DUPLICATE, PERIOD_UNREADABLE, PERIOD_DIFFERS, SUBTOTAL_MISMATCH, ROW_WITHOUT_INDICATOR);

    private static final Pattern UNIT_LABEL = Pattern.compile("^(?:don vi bao cao|don vi|ten don vi|co quan bao cao)\\s*:");
    private static final Pattern AGENCY = Pattern.compile("^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|SỞ|CÔNG AN)\\s+\\S.*");
    private static final Pattern PLACEHOLDER = Pattern.compile("^[.…_\\-\\s]*$");
    /** "Đơn vị: người" above a table names the unit of measure, not the reporting unit. */
    private static final Set<String> MEASURE_WORDS = Set.of("nguoi", "ho so", "to", "cai", "luot", "tai khoan", "ho",
            "dong", "trieu dong", "ty dong", "nghin dong", "thon", "xa", "don vi", "giao dich", "phut");
    private static final Pattern NUMBERING_CELL = Pattern.compile("^\\(\\s*[0-9a-zA-Z]{1,2}\\s*\\)(?:\\s*=.*)?$");
    private static final Pattern SMALL_INTEGER = Pattern.compile("^\\d{1,2}$");
    /** Text in a code cell that numbers a section or a row instead of naming an indicator: "I", "1.1", "a)". */
    private static final Pattern SECTION_LABEL = Pattern.compile("^(?:[IVXLC]{1,6}|\\d+(?:\\.\\d+)*|[a-zA-Z])[.)]?$");
    /** "Cộng huyện …", "Cộng:", "Cộng" alone; not communes named "Cộng Hòa". */
    private static final Pattern SUBTOTAL = Pattern.compile(
            "^cong(?:$| (?:huyen|thi xa|thanh pho|tp|quan|cum|khu vuc|nhom|cac xa|xa)\\b| \\d)");
    private static final Pattern CODE_SHAPED = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+");
    private static final Pattern GRAND_TOTAL = Pattern.compile("^(?:tong cong|tong so|tong|toan tinh|toan huyen)\\b");

    /** Reads every sheet of the workbook. */
    public WorkbookReading read(Spreadsheet spreadsheet, IndicatorLookup lookup) {
        Collected out = new Collected();
        boolean anyTable = false;
        for (Sheet sheet : spreadsheet.sheets()) {
            if (sheet.hidden() || sheet.rows().isEmpty()) {
                continue;
            }
            anyTable |= new SheetReading(sheet, lookup, out).read();
        }
        if (!anyTable || (out.reports.isEmpty() && out.errors.isEmpty())) {
            out.errors.add(ReportIssue.of(spreadsheet.fileName(), null, null, NO_REPORT, spreadsheet.fileName()));
        }
        return new WorkbookReading(out.reports, out.errors, out.warnings);
    }

    private static final class Collected {
        final List<ReportDraft> reports = new ArrayList<>();
        final List<ReportIssue> errors = new ArrayList<>();
        final List<ReportIssue> warnings = new ArrayList<>();
        /**
         * Whether a cell text is a footer line, per text: a workbook of 1,000 communes repeats the same section
         * and signature texts on every sheet, and folding each of them again costs more than reading the sheet.
         */
        final Map<String, Boolean> footerTexts = new HashMap<>();
    }

    /** Where the table of a sheet is and how to read it. */
    private record Table(ReportLayout layout, int headerIndex, int dataIndex, int keyColumn, int valueColumn,
            int nameColumn, int unitCodeColumn, Map<Integer, Cell> matrixColumns) {
    }

    /** One sheet being read. */
    private static final class SheetReading {

        private final Sheet sheet;
        private final List<Row> rows;
        private final IndicatorLookup lookup;
        private final Collected out;

        SheetReading(Sheet sheet, IndicatorLookup lookup, Collected out) {
            this.sheet = sheet;
            this.rows = sheet.rows();
            this.lookup = lookup;
            this.out = out;
        }

        /** Reads the sheet's report; false when the sheet holds no table this reader knows. */
        boolean read() {
            Optional<Table> found = findTable();
            if (found.isEmpty()) {
                return false;
            }
            Table table = found.get();
            List<Row> header = rows.subList(0, table.headerIndex());
            LocatedPeriod period = period(header);
            if (table.layout() == ReportLayout.MATRIX) {
                readMatrix(table, period);
            } else {
                readList(table, unit(header), period);
            }
            return true;
        }

        // ------------------------------------------------------------------------------ the table

        private Optional<Table> findTable() {
            for (int i = 0; i < rows.size() && (i < HEADER_ROWS || rows.get(i).number() <= HEADER_ROWS); i++) {
                Optional<Table> table = tableAt(i);
                if (table.isPresent()) {
                    return table;
                }
            }
            return Optional.empty();
        }

        private Optional<Table> tableAt(int index) {
            Row row = rows.get(index);
            int code = -1;
            int name = -1;
            int unit = -1;
            int unitCode = -1;
            List<Cell> values = new ArrayList<>();
            for (Cell cell : row.cells()) {
                String norm = HeaderWords.norm(cell.text());
                if (!HeaderWords.isShort(norm)) {
                    continue;
                }
                if (code < 0 && HeaderWords.isCode(norm)) {
                    code = cell.column();
                } else if (name < 0 && HeaderWords.isName(norm)) {
                    name = cell.column();
                } else if (unitCode < 0 && HeaderWords.isUnitCode(norm)) {
                    unitCode = cell.column();
                } else if (unit < 0 && HeaderWords.isUnit(norm)) {
                    unit = cell.column();
                } else if (HeaderWords.isValue(norm)) {
                    values.add(cell);
                }
            }
            if (!values.isEmpty() && (code >= 0 || name >= 0)) {
                int key = code >= 0 ? code : name;
                Row sub = subHeader(index, key);
                int value = valueColumn(row, values, sub);
                if (value < 0) {
                    return Optional.empty();
                }
                ReportLayout layout = code < 0 ? ReportLayout.NAME_VALUE
                        : hasTemplateMarker() ? ReportLayout.TEMPLATE : ReportLayout.CODE_VALUE;
                return Optional.of(new Table(layout, index, dataStart(index, sub), key, value, name, -1, Map.of()));
            }
            if (unit >= 0 || unitCode >= 0) {
                return matrixAt(index, row, unit >= 0 ? unit : unitCode, unitCode);
            }
            return Optional.empty();
        }

        /**
         * A unit × indicator table: every other header names an indicator (by code or name), is ignored (STT,
         * Ghi chú, Đơn vị tính) or is an error of its header cell. At least one must name an indicator, or the
         * sheet is something else (a list of teams) and is skipped.
         */
        private Optional<Table> matrixAt(int index, Row row, int label, int unitCode) {
            Row sub = subHeader(index, label);
            Map<Integer, Cell> headers = new LinkedHashMap<>();
            for (Cell cell : row.cells()) {
                headers.put(cell.column(), cell);
            }
            if (sub != null) {
                for (Cell cell : sub.cells()) {
                    headers.put(cell.column(), cell); // the sub-header names the column under a merged group
                }
            }
            Map<Integer, Cell> indicators = new LinkedHashMap<>();
            List<Cell> unknown = new ArrayList<>();
            for (Cell cell : headers.values()) {
                String norm = HeaderWords.norm(cell.text());
                if (cell.column() == label || cell.column() == unitCode || HeaderWords.isIgnored(norm)
                        || HeaderWords.isUnit(norm) || HeaderWords.isUnitCode(norm)) {
                    continue;
                }
                if (indicator(cell.text()).isPresent()) {
                    indicators.put(cell.column(), cell);
                } else {
                    unknown.add(cell);
                }
            }
            if (indicators.isEmpty()) {
                return Optional.empty();
            }
            for (Cell cell : unknown) {
                error(cell.ref(), null, UNKNOWN_COLUMN, cell.text());
            }
            return Optional.of(new Table(ReportLayout.MATRIX, index, dataStart(index, sub), label, -1, -1, unitCode,
                    indicators));
        }

        private Optional<Match> indicator(String header) {
            return lookup.byCode(header).or(() -> lookup.byName(header));
        }

        /**
         * The row right under the header when it holds sub-headers: no cell in the key column (merged with the
         * header above), no numbers, not a row of column numbers, and at least one header word or indicator.
         */
        private @Nullable Row subHeader(int index, int keyColumn) {
            if (index + 1 >= rows.size()) {
                return null;
            }
            Row header = rows.get(index);
            Row next = rows.get(index + 1);
            if (next.number() != header.number() + 1 || !next.text(keyColumn).isEmpty() || isNumbering(next)) {
                return null;
            }
            boolean headerWords = false;
            for (Cell cell : next.cells()) {
                if (cell.numeric()) {
                    return null;
                }
                String norm = HeaderWords.norm(cell.text());
                headerWords |= HeaderWords.isValue(norm) || HeaderWords.isCumulativeOrOther(norm)
                        || HeaderWords.isIgnored(norm) || indicator(cell.text()).isPresent();
            }
            return headerWords ? next : null;
        }

        /**
         * The value column among the header's value cells: under a merged group the in-period sub-column, never
         * a cumulative one; otherwise an explicitly in-period header before a generic one.
         */
        private static int valueColumn(Row header, List<Cell> values, @Nullable Row sub) {
            int generic = -1;
            for (Cell value : values) {
                int spanEnd = header.cells().stream().mapToInt(Cell::column).filter(c -> c > value.column())
                        .min().orElse(Integer.MAX_VALUE);
                List<Cell> below = sub == null ? List.of() : sub.cells().stream()
                        .filter(c -> c.column() >= value.column() && c.column() < spanEnd).toList();
                if (!below.isEmpty()) {
                    for (Cell cell : below) {
                        if (HeaderWords.isInPeriod(HeaderWords.norm(cell.text()))) {
                            return cell.column();
                        }
                    }
                    for (Cell cell : below) {
                        if (!HeaderWords.isCumulativeOrOther(HeaderWords.norm(cell.text())) && generic < 0) {
                            generic = cell.column();
                        }
                    }
                    continue;
                }
                if (HeaderWords.isInPeriod(HeaderWords.norm(value.text()))) {
                    return value.column();
                }
                if (generic < 0) {
                    generic = value.column();
                }
            }
            return generic;
        }

        /** The first data row: after the header, its sub-header and a row of column numbers. */
        private int dataStart(int index, @Nullable Row sub) {
            int next = index + (sub == null ? 1 : 2);
            if (next < rows.size() && isNumbering(rows.get(next))) {
                next++;
            }
            return next;
        }

        /** "(1) (2) (3) … (8)=(7)/(5)" or "1 2 3 4" under a header. */
        private static boolean isNumbering(Row row) {
            if (row.cells().size() < 2) {
                return false;
            }
            boolean bracketed = row.cells().stream().allMatch(c -> NUMBERING_CELL.matcher(c.text()).matches());
            if (bracketed) {
                return true;
            }
            int previous = 0;
            for (Cell cell : row.cells()) {
                if (!SMALL_INTEGER.matcher(cell.text()).matches()) {
                    return false;
                }
                int number = Integer.parseInt(cell.text());
                if (number <= previous) {
                    return false;
                }
                previous = number;
            }
            return row.cells().size() >= 3;
        }

        private boolean hasTemplateMarker() {
            return rows.stream().limit(HEADER_ROWS * 2L).flatMap(r -> r.cells().stream())
                    .anyMatch(c -> c.text().strip().equals(TEMPLATE_MARKER));
        }

        // ------------------------------------------------------------------- code and name lists

        private void readList(Table table, @Nullable LocatedText unit, @Nullable LocatedPeriod period) {
            Values values = new Values();
            for (int i = table.dataIndex(); i < rows.size(); i++) {
                Row row = rows.get(i);
                Cell value = cell(row, table.valueColumn());
                Cell key = cell(row, table.keyColumn());
                if (isFooter(row, value)) {
                    break;
                }
                if (table.layout() == ReportLayout.NAME_VALUE) {
                    readNamedRow(key, value, values);
                } else {
                    readCodedRow(row, key, value, table.nameColumn(), values);
                }
            }
            out.reports.add(new ReportDraft(sheet.name(), table.layout(), unit, period, values.list));
        }

        private void readCodedRow(Row row, @Nullable Cell code, @Nullable Cell value, int nameColumn, Values values) {
            if (code == null || SECTION_LABEL.matcher(code.text().strip()).matches()) {
                // A section row, or a row written without its code: read it by its name when it has a figure.
                if (value == null || ReportValueParser.parse(value.text(), ReportValueParser.Kind.NUMBER,
                        value.numeric()) instanceof Blank) {
                    return;
                }
                Cell name = cell(row, nameColumn);
                Optional<Match> match = name == null ? Optional.empty() : lookup.byName(name.text());
                if (match.isPresent()) {
                    values.add(match.get(), value);
                } else {
                    warning(value.ref(), null, ROW_WITHOUT_INDICATOR, row.number());
                }
                return;
            }
            Optional<Match> match = lookup.byCode(code.text());
            if (match.isEmpty()) {
                error(code.ref(), null, UNKNOWN_CODE, code.text());
                return;
            }
            values.add(match.get(), value);
        }

        private void readNamedRow(@Nullable Cell name, @Nullable Cell value, Values values) {
            if (name == null) {
                return;
            }
            // Some offices type the code into the name column; a code-shaped text is looked up as a code.
            Optional<Match> match = lookup.byName(name.text())
                    .or(() -> CODE_SHAPED.matcher(name.text().strip()).matches() ? lookup.byCode(name.text())
                            : Optional.empty());
            if (match.isPresent()) {
                values.add(match.get(), value);
                return;
            }
            // Section headings and notes have no figure; a figure under a name nobody knows is an error.
            if (value != null && !(ReportValueParser.parse(value.text(), ReportValueParser.Kind.NUMBER,
                    value.numeric()) instanceof Blank)) {
                error(name.ref(), null, UNKNOWN_NAME, name.text());
            }
        }

        // ---------------------------------------------------------------------------- matrix

        private void readMatrix(Table table, @Nullable LocatedPeriod period) {
            Map<Integer, Match> columns = new LinkedHashMap<>();
            Map<String, String> seenColumns = new HashMap<>();
            table.matrixColumns().forEach((column, header) -> {
                Match match = indicator(header.text()).orElseThrow();
                String first = seenColumns.putIfAbsent(match.code(), header.ref());
                if (first != null) {
                    error(header.ref(), match.code(), DUPLICATE, match.code(), first);
                } else {
                    columns.put(column, match);
                }
            });
            List<Map<String, BigDecimal>> sinceSubtotal = new ArrayList<>();
            List<Map<String, BigDecimal>> all = new ArrayList<>();
            for (int i = table.dataIndex(); i < rows.size(); i++) {
                Row row = rows.get(i);
                Cell label = table.unitCodeColumn() >= 0 && cell(row, table.unitCodeColumn()) != null
                        ? cell(row, table.unitCodeColumn()) : cell(row, table.keyColumn());
                if (isFooter(row, null)) {
                    break;
                }
                if (label == null) {
                    continue;
                }
                String folded = HeaderWords.norm(label.text());
                if (SUBTOTAL.matcher(folded).find()) {
                    checkSubtotal(row, label, columns, sinceSubtotal);
                    sinceSubtotal.clear();
                    continue;
                }
                if (GRAND_TOTAL.matcher(folded).find()) {
                    checkSubtotal(row, label, columns, all);
                    continue;
                }
                Values values = new Values();
                boolean anyCell = false;
                for (Map.Entry<Integer, Match> column : columns.entrySet()) {
                    Cell value = cell(row, column.getKey());
                    anyCell |= value != null;
                    values.add(column.getValue(), value);
                }
                if (!anyCell) {
                    continue; // a heading row ("Huyện Vĩnh Tường") or a unit that reported nothing
                }
                Map<String, BigDecimal> numbers = new HashMap<>();
                values.list.forEach(v -> numbers.put(v.indicator(), v.number()));
                sinceSubtotal.add(numbers);
                all.add(numbers);
                if (!values.list.isEmpty()) {
                    out.reports.add(new ReportDraft(sheet.name(), ReportLayout.MATRIX,
                            new LocatedText(label.ref(), label.text().strip()), period, values.list));
                }
            }
        }

        /** Compares each additive figure of a subtotal row with the sum of the unit rows it covers. */
        private void checkSubtotal(Row row, Cell label, Map<Integer, Match> columns,
                List<Map<String, BigDecimal>> covered) {
            for (Map.Entry<Integer, Match> column : columns.entrySet()) {
                Match match = column.getValue();
                Cell cell = cell(row, column.getKey());
                if (!match.additive() || cell == null) {
                    continue;
                }
                if (ReportValueParser.parse(cell.text(), match.kind(), cell.numeric()) instanceof Value subtotal) {
                    BigDecimal sum = covered.stream().map(m -> m.get(match.code())).filter(n -> n != null)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (subtotal.number().compareTo(sum) != 0) {
                        warning(cell.ref(), match.code(), SUBTOTAL_MISMATCH, label.text().strip(), subtotal.number(),
                                sum);
                    }
                }
            }
        }

        // ------------------------------------------------------------------------ values

        /** The figures of one draft, each indicator once. */
        private final class Values {
            final List<DraftValue> list = new ArrayList<>();
            final Map<String, String> seen = new HashMap<>();

            void add(Match match, @Nullable Cell cell) {
                if (cell == null) {
                    return;
                }
                Result result = ReportValueParser.parse(cell.text(), match.kind(), cell.numeric());
                if (result instanceof Blank) {
                    return;
                }
                String first = seen.putIfAbsent(match.code(), cell.ref());
                if (first != null) {
                    error(cell.ref(), match.code(), DUPLICATE, match.code(), first);
                    return;
                }
                switch (result) {
                    case Problem problem -> {
                        out.errors.add(new ReportIssue(sheet.name(), cell.ref(), match.code(), problem.messageKey(),
                                problem.args()));
                    }
                    case Value value -> {
                        list.add(new DraftValue(match.code(), cell.ref(), value.number(), value.warnings()));
                        for (ReportValueParser.Message note : value.warnings()) {
                            out.warnings.add(new ReportIssue(sheet.name(), cell.ref(), match.code(), note.key(),
                                    note.args()));
                        }
                    }
                    case Blank blank -> {
                    }
                }
            }
        }

        // ----------------------------------------------------------------- unit and period

        /** "Đơn vị báo cáo: …" in the rows above the table, else the last agency line of the header. */
        private @Nullable LocatedText unit(List<Row> header) {
            LocatedText agency = null;
            for (Row row : header) {
                for (Cell cell : row.cells()) {
                    for (String line : cell.text().split("\\R")) {
                        String text = line.strip();
                        Matcher label = UNIT_LABEL.matcher(PeriodText.fold(text));
                        if (label.find()) {
                            String named = text.substring(text.indexOf(':') + 1).strip();
                            if (PLACEHOLDER.matcher(named).matches()) {
                                Cell next = nextCell(row, cell);
                                named = next == null ? "" : next.text().strip();
                                if (!named.isEmpty()) {
                                    return new LocatedText(next.ref(), named);
                                }
                                continue;
                            }
                            if (!MEASURE_WORDS.contains(HeaderWords.norm(named)) && !named.equals("%")) {
                                return new LocatedText(cell.ref(), named);
                            }
                            continue;
                        }
                        if (AGENCY.matcher(text).matches() && text.equals(text.toUpperCase(Locale.ROOT))) {
                            agency = new LocatedText(cell.ref(), text);
                        }
                    }
                }
            }
            return agency;
        }

        /**
         * The period named above the table: "Kỳ báo cáo: …" first, then a title ("BÁO CÁO … THÁNG 9 NĂM 2023"),
         * then any other line (signing dates left out). Text that names a period the reader cannot read is an
         * error of its cell.
         */
        private @Nullable LocatedPeriod period(List<Row> header) {
            List<LocatedText> labelled = new ArrayList<>();
            List<LocatedText> titles = new ArrayList<>();
            List<LocatedText> others = new ArrayList<>();
            for (Row row : header) {
                for (Cell cell : row.cells()) {
                    for (String line : cell.text().split("\\R")) {
                        String text = line.strip();
                        String folded = PeriodText.fold(text);
                        if (text.isEmpty() || PeriodText.isSigningDate(folded) || text.equals(TEMPLATE_MARKER)) {
                            continue;
                        }
                        LocatedText located = new LocatedText(cell.ref(), text);
                        if (folded.replaceAll("[()]", "").strip().startsWith("ky bao cao")) {
                            labelled.add(located);
                        } else if (folded.contains("bao cao")) {
                            titles.add(located);
                        } else {
                            others.add(located);
                        }
                    }
                }
            }
            LocatedPeriod fromLabel = firstReadable(labelled);
            LocatedPeriod fromTitle = firstReadable(titles);
            if (fromLabel != null) {
                if (fromTitle != null && !fromTitle.period().equals(fromLabel.period())) {
                    warning(fromLabel.cell(), null, PERIOD_DIFFERS, fromLabel.text(), fromTitle.text(),
                            fromLabel.period());
                }
                return fromLabel;
            }
            if (fromTitle != null) {
                return fromTitle;
            }
            LocatedPeriod fromOther = firstReadable(others);
            if (fromOther != null) {
                return fromOther;
            }
            for (LocatedText text : labelled) {
                if (PeriodText.mentionsPeriod(PeriodText.afterLabel(PeriodText.fold(text.text())))) {
                    return unreadable(text);
                }
            }
            for (LocatedText text : titles) {
                String folded = PeriodText.fold(text.text());
                if (folded.matches(".*\\b(thang|quy)\\b.*")) {
                    return unreadable(text);
                }
            }
            return null;
        }

        private LocatedPeriod unreadable(LocatedText text) {
            error(text.cell(), null, PERIOD_UNREADABLE, text.text());
            return new LocatedPeriod(text.cell(), text.text(), null);
        }

        private static @Nullable LocatedPeriod firstReadable(List<LocatedText> lines) {
            for (LocatedText line : lines) {
                Optional<ReportingPeriod> period = PeriodText.parse(line.text());
                if (period.isPresent()) {
                    return new LocatedPeriod(line.cell(), line.text(), period.get());
                }
            }
            return null;
        }

        // -------------------------------------------------------------------------- helpers

        /**
         * A signature, recipient or signing-date row: the table has ended. A row with a number in its value cell
         * is data, whatever else it says; a signature block may also sit in the value column itself.
         */
        private boolean isFooter(Row row, @Nullable Cell value) {
            if (value != null && ReportValueParser.parse(value.text(), ReportValueParser.Kind.NUMBER,
                    value.numeric()) instanceof Value) {
                return false;
            }
            for (Cell cell : row.cells()) {
                if (!cell.numeric() && out.footerTexts.computeIfAbsent(cell.text(), SheetReading::isFooterText)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isFooterText(String text) {
            for (String line : text.split("\\R")) {
                if (HeaderWords.isFooter(HeaderWords.norm(line)) || PeriodText.isSigningDate(PeriodText.fold(line))) {
                    return true;
                }
            }
            return false;
        }

        private static @Nullable Cell cell(Row row, int column) {
            if (column < 0) {
                return null;
            }
            for (Cell cell : row.cells()) {
                if (cell.column() == column) {
                    return cell;
                }
            }
            return null;
        }

        private static @Nullable Cell nextCell(Row row, Cell cell) {
            return row.cells().stream().filter(c -> c.column() > cell.column()).findFirst().orElse(null);
        }

        private void error(String cell, @Nullable String indicator, String key, Object... args) {
            out.errors.add(ReportIssue.of(sheet.name(), cell, indicator, key, args));
        }

        private void warning(String cell, @Nullable String indicator, String key, Object... args) {
            out.warnings.add(ReportIssue.of(sheet.name(), cell, indicator, key, args));
        }
    }
}
