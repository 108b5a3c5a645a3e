package vn.dti.dashboard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * The sample workbooks in {@code data-samples/reports/} answer exactly as its README says: each accepted
 * layout is stored, each invalid one is refused with the stated status and cell. Run with
 * {@code -Dsamples.write=true} to (re)write the files first (they are checked in).
 */
class SampleWorkbooksTest extends IntegrationTest {

    static final Path DIR = Path.of("data-samples", "reports");

    @Autowired
    MockMvc mvc;

    ResultActions upload(String file) throws Exception {
        byte[] content = Files.readAllBytes(DIR.resolve(file));
        return mvc.perform(multipart("/api/v1/submissions").file(new MockMultipartFile("file", file,
                "application/octet-stream", content)).with(httpBasic("admin", ADMIN_PASSWORD)));
    }

    @Test
    void the_sample_files_answer_as_the_readme_says() throws Exception {
        if (Boolean.getBoolean("samples.write")) {
            write();
            writeFilledTemplate();
        }
        upload("00-mau-he-thong-da-dien-08716-2025-06.xlsx").andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitCode").value("08716"))
                .andExpect(jsonPath("$.period").value("2025-06"))
                .andExpect(jsonPath("$.valuesAccepted").value(4));
        upload("01-ma-gia-tri-thong-ke-08710-2025-06.xlsx").andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitCode").value("08710"))
                .andExpect(jsonPath("$.period").value("2025-06"))
                .andExpect(jsonPath("$.valuesAccepted").value(6));
        upload("02-ten-chi-tieu-hanh-chinh-08713-2025-06.xlsx").andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitCode").value("08713"))
                .andExpect(jsonPath("$.valuesAccepted").value(6));
        upload("03-ma-tran-cong-an-2025-06.xlsx").andExpect(status().isCreated())
                .andExpect(jsonPath("$.submissions.length()").value(3))
                .andExpect(jsonPath("$.submissions[*].unitCode", Matchers.contains("08707", "08716", "08722")));
        upload("04-excel-97-2003-08719-2025-06.xls").andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitCode").value("08719"))
                .andExpect(jsonPath("$.valuesAccepted").value(3));
        upload("05-nhieu-don-vi-2025-05.xlsx").andExpect(status().isCreated())
                .andExpect(jsonPath("$.submissions[*].unitCode", Matchers.contains("08707", "08710")));

        upload("loi-01-chu-thay-so.xlsx").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].cell").value("D7"))
                .andExpect(jsonPath("$.details[0].indicator").value("DOSSIERS_RECEIVED_ONLINE"));
        upload("loi-02-so-am-va-ty-le-tren-100.xlsx").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[*].cell", Matchers.contains("D6", "D8")));
        upload("loi-03-tu-so-lon-hon-mau-so.xlsx").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].cell").value("D7"))
                .andExpect(jsonPath("$.details[0].indicator").value("DOSSIERS_RECEIVED_ONLINE"));
        upload("loi-04-ma-khong-co-trong-danh-muc.xlsx").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].cell").value("B7"));
        upload("loi-05-don-vi-da-sap-nhap.xlsx").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].cell").value("A2"))
                .andExpect(jsonPath("$.details[0].message", Matchers.startsWith("Phường Trưng Trắc không còn tồn tại")));
        upload("loi-06-ky-chua-den.xlsx").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].cell").value("A3"));
        upload("loi-07-csv-doi-ten.xlsx").andExpect(status().isUnsupportedMediaType());
        upload("loi-08-tep-rong.xlsx").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("invalid_file"));
        upload("loi-09-co-macro.xlsm").andExpect(status().isUnsupportedMediaType());
        upload("loi-10-co-mat-khau.xlsx").andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.message", Matchers.containsString("mật khẩu")));
    }

    /** The app's own template for Phường Đống Đa, June 2025, with four cells filled as an official would. */
    void writeFilledTemplate() throws Exception {
        byte[] template = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/templates").param("unit", "08716").param("period", "2025-06")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            java.util.Map<String, Object> filled = java.util.Map.of("DOSSIERS_RECEIVED", 1310.0,
                    "DOSSIERS_RECEIVED_ONLINE", 655.0, "CDT_TEAMS", 21.0, "CDT_MEMBERS", "1.240");
            for (Row row : sheet) {
                var code = row.getCell(1);
                if (code != null && filled.containsKey(code.getStringCellValue())) {
                    Object value = filled.get(code.getStringCellValue());
                    if (value instanceof Double d) {
                        row.getCell(5).setCellValue(d);
                    } else {
                        row.getCell(5).setCellValue(value.toString());
                    }
                }
            }
            Files.write(DIR.resolve("00-mau-he-thong-da-dien-08716-2025-06.xlsx"), bytes(workbook));
        }
    }

    static Object[][] header(String unit, String period) {
        return new Object[][] {{"BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ"}, {"Đơn vị báo cáo: " + unit},
            {"Kỳ báo cáo: " + period}, {}, {"STT", "Mã chỉ tiêu", "Chỉ tiêu", "Giá trị"}};
    }

    static Object[][] codeValue(String unit, String period, Object[][] rows) {
        Object[][] head = header(unit, period);
        Object[][] all = new Object[head.length + rows.length][];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = 0; i < rows.length; i++) {
            all[head.length + i] = new Object[] {i + 1, rows[i][0], rows[i].length > 2 ? rows[i][2] : "", rows[i][1]};
        }
        return all;
    }

    static void write() throws IOException {
        Files.createDirectories(DIR);
        // Pattern B, a statistical form: code column "Mã", value column "Thực hiện", numeric cells.
        Files.write(DIR.resolve("01-ma-gia-tri-thong-ke-08710-2025-06.xlsx"), xlsx(false, new Object[][] {
            {"Biểu số 01/CĐS", null, "BÁO CÁO CHUYỂN ĐỔI SỐ"},
            {null, null, "Kỳ báo cáo: Tháng 06/2025"},
            {null, null, "Đơn vị báo cáo: UBND phường Liên Bảo"},
            {null, null, "Đơn vị nhận báo cáo: Sở Khoa học và Công nghệ"},
            {"STT", "Chỉ tiêu", "Mã", "Đơn vị tính", "Thực hiện"},
            {"I", "CHÍNH QUYỀN SỐ"},
            {1, "Tổng số hồ sơ TTHC tiếp nhận", "DOSSIERS_RECEIVED", "Hồ sơ", 1245},
            {"1.1", "Trong đó: tiếp nhận trực tuyến", "DOSSIERS_RECEIVED_ONLINE", "Hồ sơ", 512},
            {2, "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "DOSSIERS_ONLINE_RATE", "%", new ReportWorkbooks.Percent(0.4112)},
            {"II", "XÃ HỘI SỐ"},
            {3, "Số Tổ công nghệ số cộng đồng", "CDT_TEAMS", "Tổ", 17},
            {4, "Số thành viên Tổ công nghệ số cộng đồng", "CDT_MEMBERS", "Người", 96},
            {5, "Số hộ gia đình có cáp quang", "HOUSEHOLDS_FTTH", "Hộ", 3120},
            {null, "NGƯỜI LẬP BIỂU", null, "THỦ TRƯỞNG ĐƠN VỊ"},
            {null, "(Ký, ghi rõ họ tên)", null, "(Ký tên, đóng dấu)"}}));
        // Pattern A, an administrative report without codes: rows by Vietnamese name, in-month and cumulative.
        Files.write(DIR.resolve("02-ten-chi-tieu-hanh-chinh-08713-2025-06.xlsx"), xlsx(false, new Object[][] {
            {"UBND THÀNH PHỐ VĨNH YÊN", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
            {"UBND PHƯỜNG HỘI HỢP", null, null, "Độc lập - Tự do - Hạnh phúc"},
            {"Số: 45/BC-UBND", null, null, "Hội Hợp, ngày 03 tháng 7 năm 2025"},
            {"BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ THÁNG 6 NĂM 2025"},
            {"STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện", null, "Ghi chú"},
            {null, null, null, "Trong tháng", "Lũy kế"},
            {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)"},
            {"I", "CHÍNH QUYỀN SỐ"},
            {1, "Tổng số hồ sơ thủ tục hành chính tiếp nhận", "Hồ sơ", "1.245", "7.310"},
            {2, "Số hồ sơ TTHC tiếp nhận trực tuyến", "Hồ sơ", "512", "2.950"},
            {"II", "XÃ HỘI SỐ"},
            {3, "Số Tổ công nghệ số cộng đồng", "Tổ", "17 tổ", "17"},
            {4, "Số thành viên Tổ công nghệ số cộng đồng", "Người", "96", "96"},
            {5, "Số tin, bài, chuyên mục tuyên truyền về chuyển đổi số", "Tin, bài", "12", "64"},
            {6, "Số giao dịch thanh toán không dùng tiền mặt", "Giao dịch", "khoảng 2.300", "13.000"},
            {null, "Nơi nhận: - Phòng VHTT; - Lưu: VT.", null, "CHỦ TỊCH"}}));
        // The police's e-ID figures per commune: a unit × indicator matrix with subtotals.
        Files.write(DIR.resolve("03-ma-tran-cong-an-2025-06.xlsx"), xlsx(false, new Object[][] {
            {"CÔNG AN TỈNH VĨNH PHÚC"},
            {"SỐ LIỆU TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ THEO XÃ, PHƯỜNG"},
            {"Kỳ báo cáo: Tháng 06/2025"},
            {"STT", "Xã, phường, thị trấn", "EID_REGISTERED", "EID_ACTIVATED"},
            {1, "Phường Tích Sơn", 9120, 7350},
            {2, "Phường Đống Đa", 11240, 9020},
            {3, "08722", 6400, 5110},
            {null, "Cộng TP Vĩnh Yên", 26760, 21480},
            {null, "Tổng cộng", 26760, 21480}}));
        Files.write(DIR.resolve("04-excel-97-2003-08719-2025-06.xls"), xls(codeValue("08719", "Tháng 06/2025",
                new Object[][] {{"CDT_TEAMS", 14}, {"CDT_MEMBERS", "1.240 thành viên"}, {"DIGITAL_ADDRESSES", "881.286"}})));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, "Tích Sơn", codeValue("08707", "Tháng 05/2025", new Object[][] {{"CDT_TEAMS", 11}}));
            fill(workbook, "Liên Bảo", codeValue("Phường Liên Bảo", "tháng 5 năm 2025", new Object[][] {{"CDT_TEAMS", 9}}));
            Files.write(DIR.resolve("05-nhieu-don-vi-2025-05.xlsx"), bytes(workbook));
        }

        Files.write(DIR.resolve("loi-01-chu-thay-so.xlsx"), xlsx(false, codeValue("08707", "Tháng 06/2025",
                new Object[][] {{"DOSSIERS_RECEIVED", 300}, {"DOSSIERS_RECEIVED_ONLINE", "một trăm"}})));
        Files.write(DIR.resolve("loi-02-so-am-va-ty-le-tren-100.xlsx"), xlsx(false, codeValue("08707", "Tháng 06/2025",
                new Object[][] {{"CDT_TEAMS", -2}, {"CDT_MEMBERS", 40}, {"DOSSIERS_ONLINE_RATE", "120%"}})));
        Files.write(DIR.resolve("loi-03-tu-so-lon-hon-mau-so.xlsx"), xlsx(false, codeValue("08707", "Tháng 06/2025",
                new Object[][] {{"DOSSIERS_RECEIVED", 100}, {"DOSSIERS_RECEIVED_ONLINE", 140}})));
        Files.write(DIR.resolve("loi-04-ma-khong-co-trong-danh-muc.xlsx"), xlsx(false, codeValue("08707",
                "Tháng 06/2025", new Object[][] {{"CDT_TEAMS", 5}, {"CDT_TEAM", 6}})));
        Files.write(DIR.resolve("loi-05-don-vi-da-sap-nhap.xlsx"), xlsx(false, codeValue("08734", "Tháng 02/2025",
                new Object[][] {{"CDT_TEAMS", 5}})));
        Files.write(DIR.resolve("loi-06-ky-chua-den.xlsx"), xlsx(false, codeValue("08707", "Tháng 01/2099",
                new Object[][] {{"CDT_TEAMS", 5}})));
        Files.write(DIR.resolve("loi-07-csv-doi-ten.xlsx"),
                "Mã chỉ tiêu,Giá trị\nCDT_TEAMS,5\n".getBytes(StandardCharsets.UTF_8));
        Files.write(DIR.resolve("loi-08-tep-rong.xlsx"), new byte[0]);
        byte[] plain = xlsx(false, codeValue("08707", "Tháng 06/2025", new Object[][] {{"CDT_TEAMS", 5}}));
        Files.write(DIR.resolve("loi-09-co-macro.xlsm"), withEntry(plain, "xl/vbaProject.bin", new byte[] {0, 1, 2, 3}));
        Files.write(DIR.resolve("loi-10-co-mat-khau.xlsx"), encrypted(plain, "matkhau"));
    }

    static byte[] xlsx(boolean xlsFormatUnused, Object[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, "Biểu 01", rows);
            return bytes(workbook);
        }
    }

    static byte[] xls(Object[][] rows) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            fill(workbook, "Bieu 01", rows);
            return bytes(workbook);
        }
    }

    static void fill(Workbook workbook, String name, Object[][] rows) {
        Sheet sheet = workbook.createSheet(name);
        ReportWorkbooks.fill(sheet, rows, "#,##0");
        if (rows.length > 0 && rows[0].length == 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        }
    }

    static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(copy);
                copy.closeEntry();
            }
            copy.putNextEntry(new ZipEntry(name));
            copy.write(content);
            copy.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] encrypted(byte[] xlsx, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
                    OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            } catch (Exception e) {
                throw new IOException(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

}
