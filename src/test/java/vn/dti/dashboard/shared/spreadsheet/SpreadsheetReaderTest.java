package vn.dti.dashboard.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetRejectedException.Reason;

class SpreadsheetReaderTest {

    private final SpreadsheetReader reader = new SpreadsheetReader(new SpreadsheetReader.Limits(3, 100));

    private static byte[] workbook(Workbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Biểu 01");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã");
            header.createCell(2).setCellValue("Giá trị");
            Row data = sheet.createRow(4); // rows 2-4 empty: row numbers must stay as Excel shows them
            data.createCell(0).setCellValue("EID_ACTIVATED");
            data.createCell(1).setCellValue(LocalDate.of(2025, 7, 1));
            data.getCell(1).setCellStyle(date);
            data.createCell(2).setCellValue(881286);
            data.createCell(3).setCellFormula("C5*2");
            // Excel saves each formula's last result; POI does so only after evaluating.
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void xlsx_is_read_with_cell_references_iso_dates_and_formula_results() throws Exception {
        Spreadsheet spreadsheet = reader.read("bao-cao.xlsx", workbook(new XSSFWorkbook()));
        assertThat(spreadsheet.format()).isEqualTo(SpreadsheetFormat.XLSX);
        Spreadsheet.Sheet sheet = spreadsheet.sheets().getFirst();
        assertThat(sheet.name()).isEqualTo("Biểu 01");
        assertThat(sheet.rows()).extracting(Spreadsheet.Row::number).containsExactly(1, 5);
        assertThat(sheet.rows().get(0).cells()).extracting(Spreadsheet.Cell::ref, Spreadsheet.Cell::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A1", "Mã"),
                        org.assertj.core.groups.Tuple.tuple("C1", "Giá trị"));
        Spreadsheet.Row data = sheet.rows().get(1);
        assertThat(data.text(1)).isEqualTo("2025-07-01");
        assertThat(data.text(2)).isEqualTo("881286");
        assertThat(data.cells().get(2).ref()).isEqualTo("C5");
        assertThat(data.text(3)).isEqualTo("1762572");
        assertThat(data.text(4)).isEmpty();
    }

    @Test
    void legacy_xls_reads_the_same_way() throws Exception {
        Spreadsheet spreadsheet = reader.read("bao-cao.xls", workbook(new HSSFWorkbook()));
        assertThat(spreadsheet.format()).isEqualTo(SpreadsheetFormat.XLS);
        Spreadsheet.Row data = spreadsheet.sheets().getFirst().rows().get(1);
        assertThat(data.number()).isEqualTo(5);
        assertThat(data.text(1)).isEqualTo("2025-07-01");
        assertThat(data.text(2)).isEqualTo("881286");
        assertThat(data.text(3)).isEqualTo("1762572");
    }

    @Test
    void csv_with_bom_and_semicolons_keeps_vietnamese_text_and_quoted_fields() throws Exception {
        byte[] csv = "\uFEFFcode;name\n08707;\"Phường Tích Sơn; cũ\"\n\n09130;Xã Vũ Di\n".getBytes(StandardCharsets.UTF_8);
        Spreadsheet.Sheet sheet = reader.read("units.csv", csv).sheets().getFirst();
        assertThat(sheet.rows()).extracting(Spreadsheet.Row::number).containsExactly(1, 2, 4);
        assertThat(sheet.rows().get(0).text(0)).isEqualTo("code");
        assertThat(sheet.rows().get(1).text(1)).isEqualTo("Phường Tích Sơn; cũ");
        assertThat(sheet.rows().get(2).cells().get(1).ref()).isEqualTo("B4");
    }

    @Test
    void a_csv_renamed_xlsx_is_not_a_spreadsheet() {
        assertThatThrownBy(() -> reader.read("units.xlsx", "code,name\n1,a\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(SpreadsheetRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_SPREADSHEET));
    }

    @Test
    void a_workbook_renamed_csv_and_unknown_extensions_are_refused() throws Exception {
        byte[] xlsx = workbook(new XSSFWorkbook());
        assertThatThrownBy(() -> reader.read("units.csv", xlsx)).isInstanceOfSatisfying(
                SpreadsheetRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_SPREADSHEET));
        assertThatThrownBy(() -> reader.read("units.ods", xlsx)).isInstanceOfSatisfying(
                SpreadsheetRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_SPREADSHEET));
    }

    @Test
    void text_that_is_not_utf8_is_refused_with_a_hint() {
        byte[] latin1 = "code,name\n1,Vi\u1ec7t\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> reader.read("units.csv", latin1)).isInstanceOf(SpreadsheetRejectedException.class);
    }

    @Test
    void empty_and_truncated_files_are_unreadable() throws Exception {
        assertThatThrownBy(() -> reader.read("units.xlsx", new byte[0])).isInstanceOfSatisfying(
                SpreadsheetRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
        byte[] xlsx = workbook(new XSSFWorkbook());
        byte[] truncated = java.util.Arrays.copyOf(xlsx, xlsx.length / 2);
        assertThatThrownBy(() -> reader.read("units.xlsx", truncated)).isInstanceOfSatisfying(
                SpreadsheetRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
    }

    @Test
    void macro_workbooks_are_refused_by_extension_and_by_content() throws Exception {
        byte[] xlsx = workbook(new XSSFWorkbook());
        assertThatThrownBy(() -> reader.read("units.xlsm", xlsx)).isInstanceOfSatisfying(
                SpreadsheetRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MACROS));
        byte[] withVba = addEntry(xlsx, "xl/vbaProject.bin");
        assertThatThrownBy(() -> reader.read("units.xlsx", withVba)).isInstanceOfSatisfying(
                SpreadsheetRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MACROS));
    }

    @Test
    void too_many_rows_or_sheets_are_refused() throws Exception {
        StringBuilder csv = new StringBuilder("code\n");
        for (int i = 0; i < 150; i++) {
            csv.append(i).append('\n');
        }
        assertThatThrownBy(() -> reader.read("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(SpreadsheetRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 4; i++) {
                workbook.createSheet("S" + i).createRow(0).createCell(0).setCellValue(i);
            }
            workbook.write(out);
            assertThatThrownBy(() -> reader.read("many.xlsx", out.toByteArray()))
                    .isInstanceOfSatisfying(SpreadsheetRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        }
    }

    private static byte[] addEntry(byte[] zip, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(copy);
                copy.closeEntry();
            }
            copy.putNextEntry(new ZipEntry(name));
            copy.write(new byte[] {1, 2, 3});
            copy.closeEntry();
        }
        return out.toByteArray();
    }
}
