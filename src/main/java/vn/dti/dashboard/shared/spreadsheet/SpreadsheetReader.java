package vn.dti.dashboard.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet.Cell;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet.Row;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet.Sheet;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetRejectedException.Reason;

/**
 * Reads CSV, XLSX and XLS files into {@link Spreadsheet}s of text cells, streaming: XLSX with POI's SAX
 * event API (XSSFReader), XLS with POI's HSSF event API, so memory follows the cells kept, not the file's
 * object model (XSSFWorkbook needs about 40 times more heap).
 *
 * <p>The format is decided from the bytes: a workbook must be named like a workbook ({@code .xlsx},
 * {@code .xls}; an .xls that is really an .xlsx is read as what it is) and text like text ({@code .csv},
 * {@code .txt}), so a CSV renamed .xlsx is refused. A caller that takes only workbooks says so with
 * {@link #read(String, byte[], Set)}.
 *
 * <p>Refused, each with its {@link Reason}: empty and truncated files; password-encrypted workbooks (an
 * OLE2 container with an {@code EncryptionInfo} stream, or an .xls with a file password); macros
 * ({@code .xlsm}, a macro-enabled content type, {@code vbaProject.bin}, an .xls VBA storage); XML with a
 * DTD (so no entity can read a file or expand a billion laughs); zip bombs (POI's {@link ZipSecureFile}
 * stops an entry that inflates more than 100:1 or beyond {@value #MAX_ENTRY_MB} MB while it is being
 * read, so the refusal is quick and needs little memory); and files above the {@link Limits}.
 */
public final class SpreadsheetReader {

    /** How much one file may hold: sheets, rows per sheet (by row number), non-blank cells in all. */
    public record Limits(int maxSheets, int maxRowsPerSheet, int maxCells) {

        /**
         * Room for a bulk workbook of a thousand unit sheets; the cell limit is what bounds memory (about
         * 100 bytes a cell in the model).
         */
        public static final Limits DEFAULT = new Limits(2_000, 100_000, 2_000_000);

        /** With the default cell limit. */
        public Limits(int maxSheets, int maxRowsPerSheet) {
            this(maxSheets, maxRowsPerSheet, DEFAULT.maxCells());
        }
    }

    /** Every format: for imports that take CSV as well as workbooks. */
    public static final Set<SpreadsheetFormat> ANY_FORMAT = Collections.unmodifiableSet(
            EnumSet.allOf(SpreadsheetFormat.class));
    /** Excel workbooks only (.xlsx, .xls): for reports, where a CSV cannot carry the header block. */
    public static final Set<SpreadsheetFormat> WORKBOOKS = Collections.unmodifiableSet(
            EnumSet.of(SpreadsheetFormat.XLSX, SpreadsheetFormat.XLS));

    private static final int MAX_ENTRY_MB = 256;
    private static final String MACRO_CONTENT_TYPE = "macroenabled";
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String DOCTYPE = "<!DOCTYPE";
    private static final Pattern WORKSHEET_PART = Pattern.compile("xl/(?:worksheets|chartsheets|dialogsheets)/[^/]+\\.xml");
    /** [Content_Types].xml of a workbook with a thousand sheets is about 150 KB. */
    private static final int CONTENT_TYPES_SCAN_BYTES = 4 * 1024 * 1024;

    static {
        // A real workbook compresses its XML at most ~100:1; zip bombs go far beyond (POI's default 0.01).
        ZipSecureFile.setMinInflateRatio(0.01);
        // A sheet of 100,000 rows of a report is about 60 MB of XML; more is not a report.
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_MB * 1024L * 1024);
        // Two to three zip entries per sheet (sheet, its relations, comments): POI's default of 1,000 entries
        // would refuse a bulk workbook of a thousand unit sheets as malicious.
        ZipSecureFile.setMaxFileCount(10_000);
    }

    private final Limits limits;

    public SpreadsheetReader(Limits limits) {
        this.limits = limits;
    }

    public SpreadsheetReader() {
        this(Limits.DEFAULT);
    }

    /** Reads a CSV, XLSX or XLS file. */
    public Spreadsheet read(String fileName, byte[] content) throws SpreadsheetRejectedException {
        return read(fileName, content, ANY_FORMAT);
    }

    /**
     * Reads a file of one of the {@code allowed} formats; any other format is {@link Reason#NOT_A_SPREADSHEET}.
     */
    public Spreadsheet read(String fileName, byte[] content, Set<SpreadsheetFormat> allowed)
            throws SpreadsheetRejectedException {
        if (content.length == 0) {
            throw new SpreadsheetRejectedException(Reason.UNREADABLE, "The file is empty");
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsm") || name.endsWith(".xltm") || name.endsWith(".xlam")) {
            throw new SpreadsheetRejectedException(Reason.MACROS, "Macro-enabled workbook (" + name
                    .substring(name.lastIndexOf('.')) + ")");
        }
        FileMagic magic = FileMagic.valueOf(content);
        if (magic == FileMagic.OLE2 && isEncrypted(content)) {
            // An encrypted .xlsx is an OLE2 container holding the encrypted package, whatever its name.
            throw new SpreadsheetRejectedException(Reason.ENCRYPTED, "Encrypted workbook");
        }
        boolean workbookName = name.endsWith(".xlsx") || name.endsWith(".xls");
        boolean textName = name.endsWith(".csv") || name.endsWith(".txt");
        SpreadsheetFormat format;
        if (workbookName) {
            format = switch (magic) {
                case OOXML -> SpreadsheetFormat.XLSX;
                case OLE2 -> SpreadsheetFormat.XLS;
                default -> throw new SpreadsheetRejectedException(Reason.NOT_A_SPREADSHEET,
                        "The file's content is not an Excel workbook (found " + magic + ")");
            };
        } else if (textName) {
            if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
                throw new SpreadsheetRejectedException(Reason.NOT_A_SPREADSHEET, "A workbook named like a CSV file");
            }
            format = SpreadsheetFormat.CSV;
        } else {
            throw new SpreadsheetRejectedException(Reason.NOT_A_SPREADSHEET,
                    "Unsupported file type; expected " + extensions(allowed));
        }
        if (!allowed.contains(format)) {
            throw new SpreadsheetRejectedException(Reason.NOT_A_SPREADSHEET,
                    format + " is not accepted here; expected " + extensions(allowed));
        }
        CellBudget budget = new CellBudget(limits.maxCells());
        return switch (format) {
            case XLSX -> new Spreadsheet(fileName, format, readXlsx(content, budget));
            case XLS -> new Spreadsheet(fileName, format, readXls(content, budget));
            case CSV -> new Spreadsheet(fileName, format, List.of(readCsv(fileName, content, budget)));
        };
    }

    private static String extensions(Set<SpreadsheetFormat> allowed) {
        List<String> names = new ArrayList<>();
        if (allowed.contains(SpreadsheetFormat.XLSX)) {
            names.add(".xlsx");
        }
        if (allowed.contains(SpreadsheetFormat.XLS)) {
            names.add(".xls");
        }
        if (allowed.contains(SpreadsheetFormat.CSV)) {
            names.add(".csv");
        }
        return String.join(", ", names);
    }

    private static boolean isEncrypted(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false; // not readable as OLE2: the XLS reader says so with its own reason
        }
    }

    // ------------------------------------------------------------------------------------------ XLSX

    /**
     * The zip is opened from a temporary file: POI's {@link ZipSecureFile} (random access, entries inflated
     * only while read, each guarded) works on files only, whereas reading from a stream would inflate every
     * entry into memory first.
     */
    private List<Sheet> readXlsx(byte[] content, CellBudget budget) throws SpreadsheetRejectedException {
        Path file = null;
        try {
            file = Files.createTempFile("dti-upload-", ".xlsx");
            Files.write(file, content);
            try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
                checkParts(zip);
                try (OPCPackage pkg = OPCPackage.open(new ZipFileZipEntrySource(zip))) {
                    return readSheets(pkg, budget);
                }
            }
        } catch (LimitExceeded e) {
            throw new SpreadsheetRejectedException(Reason.TOO_LARGE, e.getMessage(), e);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new SpreadsheetRejectedException(Reason.TOO_LARGE, "Suspicious compression (zip bomb)", e);
            }
            throw new SpreadsheetRejectedException(Reason.UNREADABLE, "The workbook cannot be read", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * Refuses macros and DTDs by looking at the zip entries themselves, not at the package's registered
     * parts: a macro project smuggled in without a content type must be refused too. POI's own parsers
     * (content types, relations, styles, shared strings) would resolve an entity to nothing; refusing the
     * DTD instead tells the official that the file is not what Excel writes.
     */
    private static void checkParts(ZipSecureFile zip) throws IOException, SpreadsheetRejectedException {
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            String entryName = entry.getName().toLowerCase(Locale.ROOT);
            if (entryName.endsWith("vbaproject.bin")) {
                throw new SpreadsheetRejectedException(Reason.MACROS, "Workbook contains VBA macros");
            }
        }
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            String entryName = entry.getName().toLowerCase(Locale.ROOT);
            if (!entryName.endsWith(".xml") && !entryName.endsWith(".rels") && !entryName.endsWith(".vml")) {
                continue;
            }
            if (WORKSHEET_PART.matcher(entryName).matches()) {
                continue; // parsed only by secureReader(), which refuses a DTD itself; a bulk workbook has 1,000
            }
            try (InputStream part = zip.getInputStream(entry)) {
                if (declaresDoctype(part)) {
                    throw new SpreadsheetRejectedException(Reason.UNREADABLE,
                            "XML with a document type declaration (DTD) in " + entry.getName());
                }
            }
            if (entryName.equals("[content_types].xml")) {
                try (InputStream part = zip.getInputStream(entry)) {
                    if (macroContentType(part)) {
                        throw new SpreadsheetRejectedException(Reason.MACROS, "Macro-enabled workbook content type");
                    }
                }
            }
        }
    }

    /**
     * Whether an XML part declares a DTD. Looks at the prolog only, up to the root element's start tag (a
     * DOCTYPE cannot come later), streaming, with NUL bytes dropped so that UTF-16 text reads as ASCII.
     */
    private static boolean declaresDoctype(InputStream part) throws IOException {
        byte[] buffer = new byte[8192];
        StringBuilder window = new StringBuilder();
        for (int n = part.read(buffer); n > 0; n = part.read(buffer)) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == 0) {
                    continue;
                }
                char c = (char) (buffer[i] & 0xFF);
                if (!window.isEmpty() && window.charAt(window.length() - 1) == '<' && Character.isLetter(c)) {
                    return false;
                }
                window.append(c);
                if (window.length() > DOCTYPE.length()) {
                    window.deleteCharAt(0);
                }
                if (DOCTYPE.contentEquals(window)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether [Content_Types].xml names a macro-enabled main part (an .xlsm renamed .xlsx). */
    private static boolean macroContentType(InputStream part) throws IOException {
        byte[] head = part.readNBytes(CONTENT_TYPES_SCAN_BYTES);
        return new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains(MACRO_CONTENT_TYPE);
    }

    private List<Sheet> readSheets(OPCPackage pkg, CellBudget budget)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        Set<String> hidden = hiddenSheets(reader);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();
        XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<Sheet> sheets = new ArrayList<>();
        // One formatter and one parser for all sheets: building them is dearer than reading a short sheet, and
        // a bulk workbook has 1,000 of those.
        IsoDateFormatter formatter = new IsoDateFormatter();
        XMLReader parser = secureReader();
        while (iterator.hasNext()) {
            try (InputStream sheetXml = iterator.next()) {
                checkSheetCount(sheets.size() + 1);
                RowCollector collector = new RowCollector(limits.maxRowsPerSheet(), budget, formatter);
                XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(styles, strings, collector, formatter, false);
                parser.setContentHandler(new CellTypeTracker(handler, collector));
                parser.parse(new InputSource(sheetXml));
                String name = iterator.getSheetName();
                sheets.add(new Sheet(name, collector.rows(), hidden.contains(name)));
            }
        }
        return sheets;
    }

    /** Sheet names whose {@code state} in workbook.xml is hidden or veryHidden. */
    private static Set<String> hiddenSheets(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        Set<String> hidden = new HashSet<>();
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader parser = secureReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String state = attributes.getValue("state");
                    if ("sheet".equals(localName) && state != null && !"visible".equals(state)) {
                        hidden.add(attributes.getValue("name"));
                    }
                }
            });
            parser.parse(new InputSource(workbook));
        }
        return hidden;
    }

    /** POI's hardened reader, and refusing any DOCTYPE outright rather than resolving entities to nothing. */
    private static XMLReader secureReader() throws SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setFeature(DISALLOW_DOCTYPE, true);
        return parser;
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("potentially malicious"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Passes the sheet XML on to POI's handler and remembers each cell's type attribute ({@code t}): POI's
     * handler tells the cell's text, not whether it held a number.
     */
    private static final class CellTypeTracker extends XMLFilterImpl {

        private final RowCollector collector;

        CellTypeTracker(ContentHandler handler, RowCollector collector) {
            this.collector = collector;
            setContentHandler(handler);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName)) {
                String type = attributes.getValue("t");
                // No type or "n": a number (a formula's cached result included); "str" is a formula's text.
                collector.nextCellNumeric(type == null || "n".equals(type));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final CellBudget budget;
        private final IsoDateFormatter formatter;
        private final List<Row> rows = new ArrayList<>();
        private List<Cell> cells = new ArrayList<>();
        private int rowNumber;
        private boolean numeric;

        RowCollector(int maxRows, CellBudget budget, IsoDateFormatter formatter) {
            this.maxRows = maxRows;
            this.budget = budget;
            this.formatter = formatter;
        }

        void nextCellNumeric(boolean numeric) {
            this.numeric = numeric;
            formatter.lastWasDate = false;
        }

        @Override
        public void startRow(int rowIndex) {
            if (rowIndex >= maxRows) {
                throw new LimitExceeded("More than " + maxRows + " rows in a sheet");
            }
            rowNumber = rowIndex + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowIndex) {
            if (!cells.isEmpty()) {
                rows.add(new Row(rowNumber, List.copyOf(cells)));
            }
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
            String text = formattedValue == null ? "" : formattedValue.strip();
            if (reference == null || text.isEmpty()) {
                return;
            }
            budget.take();
            cells.add(new Cell(reference, column(reference), text, numeric && !formatter.lastWasDate));
        }

        /** The zero-based column of "AB12" (28 - 1), without CellReference's general parsing. */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    column = column * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    column = column * 26 + (c - 'a' + 1);
                } else if (c != '$') {
                    break;
                }
            }
            return column - 1;
        }

        List<Row> rows() {
            return List.copyOf(rows);
        }
    }

    // ------------------------------------------------------------------------------------------- XLS

    private List<Sheet> readXls(byte[] content, CellBudget budget) throws SpreadsheetRejectedException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntryCaseInsensitive("_VBA_PROJECT_CUR")) {
                throw new SpreadsheetRejectedException(Reason.MACROS, "Workbook contains VBA macros");
            }
            XlsCollector collector = new XlsCollector(budget);
            FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(collector, Locale.ROOT);
            collector.formats = formats;
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(formats);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
            collector.finish();
            return collector.sheets;
        } catch (LimitExceeded e) {
            throw new SpreadsheetRejectedException(Reason.TOO_LARGE, e.getMessage(), e);
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetRejectedException(Reason.ENCRYPTED, "Encrypted workbook", e);
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetRejectedException(Reason.UNREADABLE, "The workbook cannot be read", e);
        }
    }

    /**
     * Builds sheets from the BIFF record stream: the workbook globals (sheet names, shared strings, formats)
     * come first, then each sheet between its BOF and EOF records, cells in row order within blocks of rows.
     * Multi-number records (MulRK) reach the listener already split into NumberRecords.
     */
    private final class XlsCollector implements HSSFListener {

        private final CellBudget budget;
        private final IsoDateFormatter formatter = new IsoDateFormatter();
        private final List<BoundSheetRecord> bound = new ArrayList<>();
        private final List<Sheet> sheets = new ArrayList<>();
        private @Nullable FormatTrackingHSSFListener formats;
        private BoundSheetRecord @Nullable [] ordered;
        private @Nullable SSTRecord sst;
        private boolean use1904;
        private int sheetIndex = -1;
        private boolean inSheet;
        private final TreeMap<Integer, List<Cell>> rows = new TreeMap<>();
        /** A formula whose text result follows in a StringRecord. */
        private @Nullable FormulaRecord pendingString;

        XlsCollector(CellBudget budget) {
            this.budget = budget;
        }

        @Override
        public void processRecord(org.apache.poi.hssf.record.Record record) {
            switch (record) {
                case BoundSheetRecord sheet -> bound.add(sheet);
                case DateWindow1904Record window -> use1904 = window.getWindowing() == 1;
                case SSTRecord table -> sst = table;
                case BOFRecord bof when bof.getType() == BOFRecord.TYPE_WORKSHEET -> startSheet();
                case EOFRecord eof -> endSheet();
                case RowRecord row -> checkRow(row.getRowNumber());
                case LabelSSTRecord label -> add(label, sst == null ? "" : sst.getString(label.getSSTIndex())
                        .getString(), false);
                case LabelRecord label -> add(label, label.getValue(), false);
                case NumberRecord number -> addNumber(number, number.getValue());
                case FormulaRecord formula -> addFormula(formula);
                case StringRecord string -> {
                    if (pendingString != null) {
                        add(pendingString, string.getString(), false);
                        pendingString = null;
                    }
                }
                case BoolErrRecord boolErr -> add(boolErr, boolErr.isBoolean()
                        ? (boolErr.getBooleanValue() ? "TRUE" : "FALSE")
                        : errorText(boolErr.getErrorValue()), false);
                default -> {
                }
            }
        }

        private void startSheet() {
            if (ordered == null) {
                ordered = BoundSheetRecord.orderByBofPosition(bound);
            }
            sheetIndex++;
            checkSheetCount(sheetIndex + 1);
            inSheet = true;
            rows.clear();
            pendingString = null;
        }

        private void endSheet() {
            if (!inSheet) {
                return; // the end of the workbook globals, or of a chart or macro sheet we do not read
            }
            inSheet = false;
            List<Row> sheetRows = new ArrayList<>();
            rows.forEach((index, cells) -> {
                cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
                sheetRows.add(new Row(index + 1, List.copyOf(cells)));
            });
            BoundSheetRecord record = ordered != null && sheetIndex < ordered.length ? ordered[sheetIndex] : null;
            String name = record == null ? "Sheet" + (sheetIndex + 1) : record.getSheetname();
            boolean hidden = record != null && (record.isHidden() || record.isVeryHidden());
            sheets.add(new Sheet(name, List.copyOf(sheetRows), hidden));
            rows.clear();
        }

        void finish() {
            endSheet();
        }

        private void checkRow(int rowIndex) {
            if (rowIndex >= limits.maxRowsPerSheet()) {
                throw new LimitExceeded("More than " + limits.maxRowsPerSheet() + " rows in a sheet");
            }
        }

        private void addFormula(FormulaRecord formula) {
            CellType type = formula.getCachedResultTypeEnum();
            switch (type) {
                case NUMERIC -> addNumber(formula, formula.getValue());
                case STRING -> pendingString = formula;
                case BOOLEAN -> add(formula, formula.getCachedBooleanValue() ? "TRUE" : "FALSE", false);
                case ERROR -> add(formula, errorText(formula.getCachedErrorValue()), false);
                default -> {
                }
            }
        }

        private void addNumber(CellValueRecordInterface cell, double value) {
            FormatTrackingHSSFListener tracker = formats;
            int formatIndex = tracker == null ? 0 : tracker.getFormatIndex(cell);
            String formatString = tracker == null ? null : tracker.getFormatString(cell);
            formatter.lastWasDate = false;
            String text = formatter.formatRawCellContents(value, formatIndex, formatString, use1904);
            add(cell, text, !formatter.lastWasDate);
        }

        private void add(CellValueRecordInterface cell, String value, boolean numeric) {
            if (!inSheet) {
                return;
            }
            checkRow(cell.getRow());
            String text = value.strip();
            if (text.isEmpty()) {
                return;
            }
            budget.take();
            String ref = new CellReference(cell.getRow(), cell.getColumn(), false, false).formatAsString();
            rows.computeIfAbsent(cell.getRow(), r -> new ArrayList<>()).add(new Cell(ref, cell.getColumn(), text,
                    numeric));
        }

        private String errorText(int code) {
            try {
                return "ERROR:" + FormulaError.forInt(code).getString();
            } catch (IllegalArgumentException e) {
                return "ERROR:" + code;
            }
        }
    }

    // ------------------------------------------------------------------------------------------- CSV

    private Sheet readCsv(String fileName, byte[] content, CellBudget budget) throws SpreadsheetRejectedException {
        String text = decodeUtf8(content);
        if (text.indexOf('\0') >= 0) {
            throw new SpreadsheetRejectedException(Reason.NOT_A_SPREADSHEET, "Binary content in a text file");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char delimiter = guessDelimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                if (number > limits.maxRowsPerSheet()) {
                    throw new SpreadsheetRejectedException(Reason.TOO_LARGE,
                            "More than " + limits.maxRowsPerSheet() + " rows");
                }
                List<Cell> cells = new ArrayList<>();
                for (int column = 0; column < record.size(); column++) {
                    String value = record.get(column).strip();
                    if (!value.isEmpty()) {
                        budget.take();
                        cells.add(new Cell(CellReference.convertNumToColString(column) + number, column, value));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new Row(number, List.copyOf(cells)));
                }
            }
        } catch (LimitExceeded e) {
            throw new SpreadsheetRejectedException(Reason.TOO_LARGE, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetRejectedException(Reason.UNREADABLE, "The CSV file cannot be read: "
                    + e.getMessage(), e);
        }
        return new Sheet(fileName, List.copyOf(rows));
    }

    private static String decodeUtf8(byte[] content) throws SpreadsheetRejectedException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new SpreadsheetRejectedException(Reason.NOT_A_SPREADSHEET,
                    "The text file is not UTF-8 (save it as \"CSV UTF-8\")", e);
        }
    }

    /** Excel in a Vietnamese locale writes ';'-separated CSV; choose what the first line uses most. */
    private static char guessDelimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    // ---------------------------------------------------------------------------------------- limits

    private void checkSheetCount(int count) {
        if (count > limits.maxSheets()) {
            throw new LimitExceeded("More than " + limits.maxSheets() + " sheets");
        }
    }

    /** Counts the non-blank cells kept across the whole file; the model's memory grows with them. */
    private static final class CellBudget {

        private final int max;
        private int used;

        CellBudget(int max) {
            this.max = max;
        }

        void take() {
            if (++used > max) {
                throw new LimitExceeded("More than " + max + " cells");
            }
        }
    }

    /** Stops a streaming parse as soon as a limit is passed. */
    private static final class LimitExceeded extends RuntimeException {
        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Formats numbers as Excel shows them with the root locale (so {@code 10.38%}, {@code 881,286}), except
     * dates, which become ISO dates: a date's display format follows the viewer's locale (1/7/2025 or
     * 7/1/2025), the ISO text does not. Remembers whether the last number was a date.
     */
    private static final class IsoDateFormatter extends DataFormatter {

        private boolean lastWasDate;

        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                lastWasDate = true;
                LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing);
                return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
                        ? dateTime.toLocalDate().toString() : dateTime.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
