package vn.dti.dashboard.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet.Cell;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetRejectedException.Reason;

class SpreadsheetReaderTest {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final SpreadsheetReader reader = new SpreadsheetReader(new SpreadsheetReader.Limits(3, 100));

    @TempDir
    Path temp;

    /** One sheet with the kinds of cell a report holds, as Excel saves them (formula results cached). */
    private static byte[] workbook(Workbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Biểu 01");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle thousands = workbook.createCellStyle();
            thousands.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.00%"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã");
            header.createCell(2).setCellValue("Giá trị");
            Row data = sheet.createRow(4); // rows 2-4 empty: row numbers must stay as Excel shows them
            data.createCell(0).setCellValue("EID_ACTIVATED");
            data.createCell(1).setCellValue(LocalDate.of(2025, 7, 1));
            data.getCell(1).setCellStyle(date);
            data.createCell(2).setCellValue(881286);
            data.createCell(3).setCellFormula("C5*2");
            data.createCell(4).setCellValue(881286);
            data.getCell(4).setCellStyle(thousands);
            data.createCell(5).setCellValue(0.1038);
            data.getCell(5).setCellStyle(percent);
            data.createCell(6).setCellValue("881.286");
            data.createCell(7).setCellFormula("\"tổ \"&A1");
            data.createCell(8).setCellValue(true);
            data.createCell(9).setCellFormula("1/0");
            data.createCell(10).setCellValue("   "); // blank text: left out
            // Excel saves each formula's last result; POI does so only after evaluating.
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Sheet hidden = workbook.createSheet("T8 (ẩn)");
            hidden.createRow(0).createCell(0).setCellValue("Tháng trước");
            workbook.setSheetHidden(1, true);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Reason reason(ThrowingCallable read) {
        return refusal(read).reason();
    }

    private static SpreadsheetRejectedException refusal(ThrowingCallable read) {
        SpreadsheetRejectedException[] refusal = new SpreadsheetRejectedException[1];
        assertThatThrownBy(read).isInstanceOfSatisfying(SpreadsheetRejectedException.class, e -> refusal[0] = e);
        return refusal[0];
    }

    // ------------------------------------------------------------------------------------------ cells

    @Test
    void xlsx_is_read_with_cell_references_iso_dates_formula_results_and_numeric_flags() throws Exception {
        Spreadsheet spreadsheet = reader.read("bao-cao.xlsx", workbook(new XSSFWorkbook()));
        assertThat(spreadsheet.format()).isEqualTo(SpreadsheetFormat.XLSX);
        assertSheetContent(spreadsheet);
    }

    @Test
    void legacy_xls_is_read_by_the_event_reader_into_the_same_cells() throws Exception {
        Spreadsheet spreadsheet = reader.read("bao-cao.xls", workbook(new HSSFWorkbook()));
        assertThat(spreadsheet.format()).isEqualTo(SpreadsheetFormat.XLS);
        assertSheetContent(spreadsheet);
    }

    private static void assertSheetContent(Spreadsheet spreadsheet) {
        assertThat(spreadsheet.sheets()).extracting(Spreadsheet.Sheet::name, Spreadsheet.Sheet::hidden)
                .containsExactly(tuple("Biểu 01", false), tuple("T8 (ẩn)", true));
        Spreadsheet.Sheet sheet = spreadsheet.sheets().getFirst();
        assertThat(sheet.rows()).extracting(Spreadsheet.Row::number).containsExactly(1, 5);
        assertThat(sheet.rows().get(0).cells()).extracting(Cell::ref, Cell::text)
                .containsExactly(tuple("A1", "Mã"), tuple("C1", "Giá trị"));
        assertThat(sheet.rows().get(1).cells()).extracting(Cell::ref, Cell::column, Cell::text, Cell::numeric)
                .containsExactly(
                        tuple("A5", 0, "EID_ACTIVATED", false),
                        tuple("B5", 1, "2025-07-01", false),
                        tuple("C5", 2, "881286", true),
                        tuple("D5", 3, "1762572", true),
                        tuple("E5", 4, "881,286", true),
                        tuple("F5", 5, "10.38%", true),
                        tuple("G5", 6, "881.286", false),
                        tuple("H5", 7, "tổ Mã", false),
                        tuple("I5", 8, "TRUE", false),
                        tuple("J5", 9, "ERROR:#DIV/0!", false));
        assertThat(spreadsheet.sheets().get(1).rows().getFirst().text(0)).isEqualTo("Tháng trước");
    }

    @Test
    void a_workbook_saved_with_the_other_excel_extension_is_read_as_what_it_is() throws Exception {
        Spreadsheet xlsxNamedXls = reader.read("bao-cao.xls", workbook(new XSSFWorkbook()));
        assertThat(xlsxNamedXls.format()).isEqualTo(SpreadsheetFormat.XLSX);
        assertSheetContent(xlsxNamedXls);
        Spreadsheet xlsNamedXlsx = reader.read("bao-cao.xlsx", workbook(new HSSFWorkbook()));
        assertThat(xlsNamedXlsx.format()).isEqualTo(SpreadsheetFormat.XLS);
        assertSheetContent(xlsNamedXlsx);
    }

    @Test
    void csv_with_bom_and_semicolons_keeps_vietnamese_text_and_quoted_fields() throws Exception {
        byte[] csv = "\uFEFFcode;name\n08707;\"Phường Tích Sơn; cũ\"\n\n09130;Xã Vũ Di\n".getBytes(StandardCharsets.UTF_8);
        Spreadsheet.Sheet sheet = reader.read("units.csv", csv).sheets().getFirst();
        assertThat(sheet.rows()).extracting(Spreadsheet.Row::number).containsExactly(1, 2, 4);
        assertThat(sheet.rows().get(0).text(0)).isEqualTo("code");
        assertThat(sheet.rows().get(1).text(1)).isEqualTo("Phường Tích Sơn; cũ");
        assertThat(sheet.rows().get(2).cells().get(1).ref()).isEqualTo("B4");
        assertThat(sheet.rows().get(2).cells().get(0).numeric()).isFalse();
    }

    // -------------------------------------------------------------------------------- file types

    @Test
    void a_csv_renamed_xlsx_is_not_a_spreadsheet() {
        assertThat(reason(() -> reader.read("units.xlsx", "code,name\n1,a\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Reason.NOT_A_SPREADSHEET);
        assertThat(reason(() -> reader.read("bao-cao.xls", "Mã;Giá trị\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void a_caller_that_takes_only_workbooks_refuses_a_real_csv() {
        byte[] csv = "Mã,Giá trị\nEID_ACTIVATED,10\n".getBytes(StandardCharsets.UTF_8);
        assertThat(reason(() -> reader.read("bao-cao.csv", csv, SpreadsheetReader.WORKBOOKS)))
                .isEqualTo(Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void a_workbook_renamed_csv_and_unknown_extensions_are_refused() throws Exception {
        byte[] xlsx = workbook(new XSSFWorkbook());
        assertThat(reason(() -> reader.read("units.csv", xlsx))).isEqualTo(Reason.NOT_A_SPREADSHEET);
        assertThat(reason(() -> reader.read("units.ods", xlsx))).isEqualTo(Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void text_that_is_not_utf8_is_refused_with_a_hint() {
        byte[] utf16 = "code,name\n1,Vi\u1ec7t\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(reason(() -> reader.read("units.csv", utf16))).isEqualTo(Reason.NOT_A_SPREADSHEET);
    }

    // ----------------------------------------------------------------------------------- hostile

    @Test
    void empty_files_are_unreadable() {
        assertThat(reason(() -> reader.read("units.xlsx", new byte[0]))).isEqualTo(Reason.UNREADABLE);
        assertThat(reason(() -> reader.read("units.xls", new byte[0]))).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void truncated_workbooks_are_unreadable() throws Exception {
        byte[] xlsx = workbook(new XSSFWorkbook());
        assertThat(reason(() -> reader.read("units.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2))))
                .isEqualTo(Reason.UNREADABLE);
        // Everything but the zip's central directory at the end.
        assertThat(reason(() -> reader.read("units.xlsx", Arrays.copyOf(xlsx, xlsx.length - 30))))
                .isEqualTo(Reason.UNREADABLE);
        byte[] xls = workbook(new HSSFWorkbook());
        assertThat(reason(() -> reader.read("units.xls", Arrays.copyOf(xls, xls.length / 2))))
                .isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void macro_workbooks_are_refused_by_extension_by_vba_part_and_by_content_type() throws Exception {
        byte[] xlsx = workbook(new XSSFWorkbook());
        assertThat(reason(() -> reader.read("units.xlsm", xlsx))).isEqualTo(Reason.MACROS);
        byte[] withVba = rewrite(xlsx, Map.of("xl/vbaProject.bin", new byte[] {1, 2, 3}));
        assertThat(reason(() -> reader.read("units.xlsx", withVba))).isEqualTo(Reason.MACROS);
        String contentTypes = entry(xlsx, "[Content_Types].xml").replace(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
        assertThat(contentTypes).contains("macroEnabled");
        byte[] macroType = rewrite(xlsx, Map.of("[Content_Types].xml", contentTypes.getBytes(StandardCharsets.UTF_8)));
        assertThat(reason(() -> reader.read("units.xlsx", macroType))).isEqualTo(Reason.MACROS);
    }

    @Test
    void a_workbook_encrypted_with_a_password_is_refused_as_encrypted_whatever_its_name() throws Exception {
        byte[] xlsx = workbook(new XSSFWorkbook());
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("mat-khau");
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
                OutputStream encrypted = encryptor.getDataStream(fs)) {
            pkg.save(encrypted);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        assertThat(reason(() -> reader.read("bao-cao.xlsx", out.toByteArray()))).isEqualTo(Reason.ENCRYPTED);
        assertThat(reason(() -> reader.read("bao-cao.xls", out.toByteArray()))).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void a_legacy_xls_with_a_file_password_is_refused_as_encrypted() throws Exception {
        byte[] xls;
        Biff8EncryptionKey.setCurrentUserPassword("mat-khau");
        try {
            xls = workbook(new HSSFWorkbook());
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThat(reason(() -> reader.read("bao-cao.xls", xls))).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void xml_with_an_external_entity_is_unreadable_and_the_entity_file_is_never_read() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "MAT-KHAU-CSDL");
        byte[] xlsx = workbook(new XSSFWorkbook());
        String xxe = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <!DOCTYPE worksheet [<!ENTITY secret SYSTEM "%s">]>
                <worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c>\
                </row></sheetData></worksheet>""".formatted(secret.toUri(), MAIN_NS);
        byte[] inSheet = rewrite(xlsx, Map.of("xl/worksheets/sheet1.xml", xxe.getBytes(StandardCharsets.UTF_8)));
        SpreadsheetRejectedException refused = refusal(() -> reader.read("bao-cao.xlsx", inSheet));
        assertThat(refused.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(refused.getCause()).hasMessageContaining("DOCTYPE is disallowed");
        // The same sheet without the DTD reads: the refusal is about the DTD alone.
        String plain = xxe.replaceFirst("<!DOCTYPE[^>]*>]>", "").replace("&secret;", "an toàn");
        byte[] control = rewrite(xlsx, Map.of("xl/worksheets/sheet1.xml", plain.getBytes(StandardCharsets.UTF_8)));
        assertThat(reader.read("bao-cao.xlsx", control).sheets().getFirst().rows().getFirst().text(0))
                .isEqualTo("an toàn");

        String sharedStrings = entry(xlsx, "xl/sharedStrings.xml");
        String withDtd = sharedStrings.replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;\">]>");
        byte[] inStrings = rewrite(xlsx, Map.of("xl/sharedStrings.xml", withDtd.getBytes(StandardCharsets.UTF_8)));
        assertThat(refusal(() -> reader.read("bao-cao.xlsx", inStrings)))
                .hasMessage("XML with a document type declaration (DTD) in xl/sharedStrings.xml")
                .extracting(SpreadsheetRejectedException::reason).isEqualTo(Reason.UNREADABLE);

        // A DTD pushed far down by a long comment (of text that does not compress like a bomb) is still
        // before the root element, and still found.
        java.util.Random random = new java.util.Random(4);
        StringBuilder comment = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            comment.append((char) ('a' + random.nextInt(26)));
        }
        String padded = xxe.replaceFirst("\\?>", "?><!--" + comment + "-->");
        byte[] late = rewrite(xlsx, Map.of("xl/worksheets/sheet1.xml", padded.getBytes(StandardCharsets.UTF_8)));
        assertThat(reason(() -> reader.read("bao-cao.xlsx", late))).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void a_zip_bomb_of_two_megabytes_expanding_to_two_gigabytes_is_refused_with_little_memory() throws Exception {
        byte[] bomb = withBombSheet(workbook(new XSSFWorkbook()), 2048);
        assertThat(bomb.length).isBetween(1_000_000, 4_000_000);
        assertRefusedAsTooLargeWithLittleMemory(bomb);
    }

    @Test
    void a_zip_bomb_below_the_entry_size_limit_is_stopped_by_its_inflate_ratio_while_streaming() throws Exception {
        // 200 MiB is under the 256 MiB entry limit, so only the ratio guard (checked as the entry inflates) stops it.
        byte[] bomb = withBombSheet(workbook(new XSSFWorkbook()), 200);
        assertRefusedAsTooLargeWithLittleMemory(bomb);
    }

    private void assertRefusedAsTooLargeWithLittleMemory(byte[] bomb) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        SpreadsheetRejectedException refused = refusal(() -> reader.read("bao-cao.xlsx", bomb));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused).hasMessageContaining("zip bomb");
        // Refused after inflating little, not after gigabytes (allocated bytes, not timing).
        assertThat(allocated).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void too_many_rows_sheets_or_cells_are_refused() throws Exception {
        StringBuilder csv = new StringBuilder("code\n");
        for (int i = 0; i < 150; i++) {
            csv.append(i).append('\n');
        }
        assertThat(reason(() -> reader.read("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Reason.TOO_LARGE);
        for (boolean xls : new boolean[] {false, true}) {
            String name = xls ? "many.xls" : "many.xlsx";
            byte[] sheets = build(xls, workbook -> {
                for (int i = 0; i < 4; i++) {
                    workbook.createSheet("S" + i).createRow(0).createCell(0).setCellValue(i);
                }
            });
            assertThat(reason(() -> reader.read(name, sheets))).as(name).isEqualTo(Reason.TOO_LARGE);
            byte[] rows = build(xls, workbook -> workbook.createSheet("S").createRow(100).createCell(0)
                    .setCellValue("row 101"));
            assertThat(reason(() -> reader.read(name, rows))).as(name).isEqualTo(Reason.TOO_LARGE);
            byte[] cells = build(xls, workbook -> {
                Sheet sheet = workbook.createSheet("S");
                for (int r = 0; r < 3; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < 4; c++) {
                        row.createCell(c).setCellValue(r * 10 + c);
                    }
                }
            });
            SpreadsheetReader twelveCells = new SpreadsheetReader(new SpreadsheetReader.Limits(3, 100, 12));
            assertThat(twelveCells.read(name, cells).sheets().getFirst().rows()).hasSize(3);
            SpreadsheetReader elevenCells = new SpreadsheetReader(new SpreadsheetReader.Limits(3, 100, 11));
            assertThat(reason(() -> elevenCells.read(name, cells))).as(name).isEqualTo(Reason.TOO_LARGE);
        }
    }

    @Test
    void the_default_limits_take_a_bulk_workbook_of_a_thousand_unit_sheets() throws Exception {
        byte[] bulk = build(false, workbook -> {
            for (int i = 1; i <= 1_001; i++) {
                Sheet sheet = workbook.createSheet("Đơn vị " + i);
                sheet.createRow(0).createCell(0).setCellValue("Đơn vị báo cáo: " + i);
                sheet.createRow(2).createCell(1).setCellValue(i);
            }
        });
        Spreadsheet spreadsheet = new SpreadsheetReader().read("bulk.xlsx", bulk);
        assertThat(spreadsheet.sheets()).hasSize(1_001);
        assertThat(spreadsheet.sheets().getLast().rows().getLast().cells().getFirst())
                .isEqualTo(new Cell("B3", 1, "1001", true));
    }

    // ----------------------------------------------------------------------------------- helpers

    private interface WorkbookContent {
        void fill(Workbook workbook);
    }

    private static byte[] build(boolean xls, WorkbookContent content) throws IOException {
        try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.fill(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The zip with some entries replaced and others added. */
    private static byte[] rewrite(byte[] zip, Map<String, byte[]> entries) throws IOException {
        Map<String, byte[]> pending = new LinkedHashMap<>(entries);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                byte[] replacement = pending.remove(entry.getName());
                if (replacement != null) {
                    copy.write(replacement);
                } else {
                    in.transferTo(copy);
                }
                copy.closeEntry();
            }
            for (Map.Entry<String, byte[]> added : pending.entrySet()) {
                copy.putNextEntry(new ZipEntry(added.getKey()));
                copy.write(added.getValue());
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * The workbook with sheet1.xml replaced by a valid worksheet padded with {@code mebibytes} MiB of spaces,
     * deflated at about 1000:1. The deflate stream is assembled from one compressed MiB repeated (each piece
     * flushed to a byte boundary and referring only to itself), so building it takes no gigabytes either.
     */
    private static byte[] withBombSheet(byte[] xlsx, int mebibytes) throws IOException {
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII);
        byte[] spaces = new byte[1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        byte[] headDeflated = deflate(head, false);
        byte[] spacesDeflated = deflate(spaces, false);
        byte[] tailDeflated = deflate(tail, true);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.write(headDeflated);
        CRC32 crc = new CRC32();
        crc.update(head);
        for (int i = 0; i < mebibytes; i++) {
            raw.write(spacesDeflated);
            crc.update(spaces);
        }
        raw.write(tailDeflated);
        crc.update(tail);
        long size = head.length + (long) mebibytes * spaces.length + tail.length;

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipArchiveOutputStream copy = new ZipArchiveOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    ZipArchiveEntry bomb = new ZipArchiveEntry(entry.getName());
                    bomb.setMethod(ZipEntry.DEFLATED);
                    bomb.setCrc(crc.getValue());
                    bomb.setSize(size);
                    bomb.setCompressedSize(raw.size());
                    copy.addRawArchiveEntry(bomb, new ByteArrayInputStream(raw.toByteArray()));
                } else {
                    copy.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
                    in.transferTo(copy);
                    copy.closeArchiveEntry();
                }
            }
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        if (last) {
            deflater.finish();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (last ? !deflater.finished() : n == buffer.length);
        deflater.end();
        return out.toByteArray();
    }

    @Test
    void the_bomb_builder_makes_a_valid_zip_so_the_refusal_is_about_size() throws Exception {
        // The same construction at 3 MiB inflates completely with matching size and CRC (ZipInputStream checks
        // both): the refusal above is about the expansion, not about a broken stream.
        byte[] small = withBombSheet(workbook(new XSSFWorkbook()), 3);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(small))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] xml = in.readAllBytes();
                    assertThat(xml.length).isGreaterThan(3 * 1024 * 1024);
                    assertThat(new String(xml, xml.length - 24, 24, StandardCharsets.US_ASCII))
                            .isEqualTo("</sheetData></worksheet>");
                }
            }
        }
    }
}
