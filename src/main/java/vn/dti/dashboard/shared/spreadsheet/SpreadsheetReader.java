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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet.Cell;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet.Row;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet.Sheet;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetRejectedException.Reason;

/**
 * Reads CSV, XLSX and XLS files into {@link Spreadsheet}s of text cells. The format is decided from the
 * bytes and must agree with the file name's extension (a CSV renamed .xlsx is refused). XLSX is read
 * with POI's SAX event API (streaming, a fraction of XSSFWorkbook's heap); macro-enabled and encrypted
 * workbooks are refused; zip bombs are stopped by POI's ZipSecureFile limits; POI's XML parsers refuse
 * DTDs and external entities.
 */
public final class SpreadsheetReader {

    /** How much one file may hold. */
    public record Limits(int maxSheets, int maxRowsPerSheet) {

        public static final Limits DEFAULT = new Limits(50, 100_000);
    }

    private static final Pattern VBA_PART = Pattern.compile("/xl/vbaProject\\.bin", Pattern.CASE_INSENSITIVE);

    static {
        // A real workbook compresses its XML at most ~100:1; zip bombs go far beyond (POI's default 0.01).
        ZipSecureFile.setMinInflateRatio(0.01);
        // No part of a 20 MB upload legitimately inflates beyond this.
        ZipSecureFile.setMaxEntrySize(512L * 1024 * 1024);
    }

    private final Limits limits;

    public SpreadsheetReader(Limits limits) {
        this.limits = limits;
    }

    public SpreadsheetReader() {
        this(Limits.DEFAULT);
    }

    public Spreadsheet read(String fileName, byte[] content) throws SpreadsheetRejectedException {
        if (content.length == 0) {
            throw new SpreadsheetRejectedException(Reason.UNREADABLE, "The file is empty");
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        FileMagic magic = FileMagic.valueOf(content);
        if (name.endsWith(".xlsm")) {
            throw new SpreadsheetRejectedException(Reason.MACROS, "Macro-enabled workbook (.xlsm)");
        }
        if (name.endsWith(".xlsx")) {
            if (magic == FileMagic.OLE2 && isEncrypted(content)) {
                // An encrypted .xlsx is an OLE2 container holding the encrypted package.
                throw new SpreadsheetRejectedException(Reason.ENCRYPTED, "Encrypted workbook");
            }
            requireMagic(magic, FileMagic.OOXML, "XLSX");
            return new Spreadsheet(fileName, SpreadsheetFormat.XLSX, readXlsx(content));
        }
        if (name.endsWith(".xls")) {
            requireMagic(magic, FileMagic.OLE2, "XLS");
            return new Spreadsheet(fileName, SpreadsheetFormat.XLS, readXls(content));
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
                throw new SpreadsheetRejectedException(Reason.NOT_A_SPREADSHEET,
                        "A workbook named like a CSV file");
            }
            return new Spreadsheet(fileName, SpreadsheetFormat.CSV, List.of(readCsv(fileName, content)));
        }
        throw new SpreadsheetRejectedException(Reason.NOT_A_SPREADSHEET,
                "Unsupported file type; expected .csv, .xlsx or .xls");
    }

    private static void requireMagic(FileMagic actual, FileMagic expected, String format)
            throws SpreadsheetRejectedException {
        if (actual != expected) {
            throw new SpreadsheetRejectedException(Reason.NOT_A_SPREADSHEET,
                    "The file's content is not " + format + " (found " + actual + ")");
        }
    }

    /**
     * Looks for xl/vbaProject.bin among the zip entries themselves, not among the package's registered
     * parts: a macro project smuggled in without a content type must be refused as a macro, too.
     */
    private static boolean hasVbaProject(byte[] content) throws SpreadsheetRejectedException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (VBA_PART.matcher("/" + entry.getName()).matches()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new SpreadsheetRejectedException(Reason.UNREADABLE, "The workbook cannot be read", e);
        }
    }

    private static boolean isEncrypted(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException e) {
            return false;
        }
    }

    private List<Sheet> readXlsx(byte[] content) throws SpreadsheetRejectedException {
        List<Sheet> sheets = new ArrayList<>();
        if (hasVbaProject(content)) {
            throw new SpreadsheetRejectedException(Reason.MACROS, "Workbook contains VBA macros");
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream sheetXml = iterator.next()) {
                    checkSheetCount(sheets.size() + 1);
                    RowCollector collector = new RowCollector(limits.maxRowsPerSheet());
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector,
                            new IsoDateFormatter(), false));
                    parser.parse(new InputSource(sheetXml));
                    sheets.add(new Sheet(iterator.getSheetName(), collector.rows()));
                }
            }
        } catch (TooManyRows e) {
            throw new SpreadsheetRejectedException(Reason.TOO_LARGE,
                    "More than " + limits.maxRowsPerSheet() + " rows in a sheet");
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("Zip bomb")) {
                throw new SpreadsheetRejectedException(Reason.TOO_LARGE, "Suspicious compression (zip bomb)", e);
            }
            throw new SpreadsheetRejectedException(Reason.UNREADABLE, "The workbook cannot be read", e);
        }
        return sheets;
    }

    private List<Sheet> readXls(byte[] content) throws SpreadsheetRejectedException {
        List<Sheet> sheets = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new SpreadsheetRejectedException(Reason.ENCRYPTED, "Encrypted workbook");
            }
            if (fs.getRoot().hasEntryCaseInsensitive("_VBA_PROJECT_CUR")) {
                throw new SpreadsheetRejectedException(Reason.MACROS, "Workbook contains VBA macros");
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
                IsoDateFormatter formatter = new IsoDateFormatter();
                for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                    checkSheetCount(sheets.size() + 1);
                    if (sheet.getLastRowNum() >= limits.maxRowsPerSheet()) {
                        throw new SpreadsheetRejectedException(Reason.TOO_LARGE,
                                "More than " + limits.maxRowsPerSheet() + " rows in a sheet");
                    }
                    List<Row> rows = new ArrayList<>();
                    for (org.apache.poi.ss.usermodel.Row row : sheet) {
                        List<Cell> cells = new ArrayList<>();
                        for (org.apache.poi.ss.usermodel.Cell cell : row) {
                            String text = formatter.text(cell).strip();
                            if (!text.isEmpty()) {
                                cells.add(new Cell(new CellReference(cell).formatAsString(false),
                                        cell.getColumnIndex(), text));
                            }
                        }
                        if (!cells.isEmpty()) {
                            rows.add(new Row(row.getRowNum() + 1, List.copyOf(cells)));
                        }
                    }
                    sheets.add(new Sheet(sheet.getSheetName(), List.copyOf(rows)));
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetRejectedException(Reason.ENCRYPTED, "Encrypted workbook", e);
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetRejectedException(Reason.UNREADABLE, "The workbook cannot be read", e);
        }
        return sheets;
    }

    private Sheet readCsv(String fileName, byte[] content) throws SpreadsheetRejectedException {
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
                        cells.add(new Cell(CellReference.convertNumToColString(column) + number, column, value));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new Row(number, List.copyOf(cells)));
                }
            }
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

    private void checkSheetCount(int count) throws SpreadsheetRejectedException {
        if (count > limits.maxSheets()) {
            throw new SpreadsheetRejectedException(Reason.TOO_LARGE, "More than " + limits.maxSheets() + " sheets");
        }
    }

    /** Stops a SAX parse as soon as a sheet passes the row limit. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final List<Row> rows = new ArrayList<>();
        private List<Cell> cells = new ArrayList<>();
        private int rowNumber;

        RowCollector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowIndex) {
            if (rowIndex >= maxRows) {
                throw new TooManyRows();
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
            cells.add(new Cell(reference, new CellReference(reference).getCol(), text));
        }

        List<Row> rows() {
            return List.copyOf(rows);
        }
    }

    /**
     * Formats cells as Excel shows them, except dates, which become ISO dates: a date's display format
     * follows the viewer's locale (1/7/2025 or 7/1/2025), the ISO text does not.
     */
    private static final class IsoDateFormatter extends DataFormatter {

        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing);
                return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        ? dateTime.toLocalDate().toString() : dateTime.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }

        String text(org.apache.poi.ss.usermodel.Cell cell) {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                    : cell.getCellType();
            return switch (type) {
                case NUMERIC -> formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString(), false);
                case STRING -> cell.getRichStringCellValue().getString();
                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                default -> "";
            };
        }
    }
}
