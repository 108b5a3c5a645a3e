package vn.dti.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dti.dashboard.dashboard.DashboardFiles.Column;
import vn.dti.dashboard.dashboard.DashboardFiles.Fact;
import vn.dti.dashboard.dashboard.DashboardFiles.Kind;
import vn.dti.dashboard.dashboard.DashboardFiles.Table;
import vn.dti.dashboard.shared.Messages;

/** The table writer without Spring: cells by kind, formats, neutralised text, the metadata sheet. */
class TableWriterTest {

    static final List<String> PAYLOADS = List.of("=1+2", "+84 912", "-5 hộ", "@SUM(A1)", "\tTab", "\rCR");

    private static Table table() {
        List<Column> columns = List.of(new Column("Tên", "name", Kind.TEXT, 20),
                new Column("Số lượng", "count", Kind.COUNT, 10), new Column("Tỷ lệ", "rate", Kind.DECIMAL, 10),
                new Column("Giá trị", "value", Kind.NUMBER, 10));
        List<List<?>> rows = new java.util.ArrayList<>();
        rows.add(Arrays.asList("Xã Tam Hồng", 881286, new BigDecimal("10.38"), new BigDecimal("12.50")));
        rows.add(Arrays.asList("Phường Đống Đa", null, null, new BigDecimal("1240")));
        PAYLOADS.forEach(p -> rows.add(Arrays.asList(p, 1, null, null)));
        return new Table("Bang", "Bảng thử", columns, rows, List.of(new Fact("Bộ lọc", "=cmd|' /C calc'!A0")),
                Instant.parse("2024-04-03T02:00:00Z"));
    }

    @Test
    void csv_has_the_bom_plain_numbers_empty_missing_cells_and_no_formula_text() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.csv(table(), false, out);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).containsExactly("Tên,Số lượng,Tỷ lệ,Giá trị", "Xã Tam Hồng,881286,10.38,12.5",
                "Phường Đống Đa,,,1240", "'=1+2,1,,", "'+84 912,1,,", "'-5 hộ,1,,", "'@SUM(A1),1,,", "'\tTab,1,,",
                "\"'\rCR\",1,,");
        ByteArrayOutputStream machine = new ByteArrayOutputStream();
        TableWriter.csv(table(), true, machine);
        assertThat(new String(machine.toByteArray(), StandardCharsets.UTF_8)).startsWith("\uFEFFname,count,rate,value\r\n");
    }

    @Test
    void xlsx_has_numeric_cells_formats_by_kind_text_for_payloads_and_the_metadata_sheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.xlsx(table(), new Messages(), Messages.VIETNAMESE, Instant.parse("2024-04-05T03:30:00Z"), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("Số liệu");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Xã Tam Hồng");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(881286.0);
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            // NUMBER picks by the value: 12,5 with decimals, 1.240 as a whole number.
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(2).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            for (int i = 0; i < PAYLOADS.size(); i++) {
                var cell = sheet.getRow(3 + i).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(PAYLOADS.get(i));
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnWidth(0)).isEqualTo(20 * 256);
            Sheet about = book.getSheet("Thông tin");
            assertThat(about.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Bảng thử");
            assertThat(about.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Bộ lọc");
            assertThat(about.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(about.getRow(2).getCell(1).getStringCellValue()).isEqualTo("8");
            assertThat(about.getRow(3).getCell(1).getStringCellValue()).isEqualTo("05/04/2024 10:30");
            assertThat(about.getRow(4).getCell(1).getStringCellValue()).isEqualTo("03/04/2024 09:00");
        }
    }
}
