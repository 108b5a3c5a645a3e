package vn.dti.dashboard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.dti.dashboard.hierarchy.UnitImportService;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.UnitLevel;

/**
 * Issue 4's benchmark: (1) server time of one report of 75 rows, median of 25 runs after 10 warm-ups; (2) a
 * bulk workbook of 1,000 unit sheets × 40 indicators imported end to end, against a bare POI SAX parse of the
 * same bytes in the same JVM; (3) peak heap while importing the bulk workbook and while refusing a zip bomb.
 * All through the real HTTP layer (MockMvc, security included) and the real H2 file database, in a fresh
 * data directory with a synthetic province of 20 districts and 1,000 communes.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"dti.demo-data=false", "logging.level.root=WARN", "dti.cache.check-interval=1s"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportImportBenchmark {

    @Autowired
    SecurityContextHolderStrategy security;

    static final String PASSWORD = "bench-Pa55-word";
    static final int COMMUNES = 1_000;
    static final int DISTRICTS = 20;
    static final int INDICATORS_PER_SHEET = 40;
    /** Bulk imports (each a month of 2020), the first a warm-up. */
    static final int RUNS = 6;
    static final Path DATA_DIR = vn.dti.dashboard.benchmark.BenchmarkRecord.dataDirectory("dti-benchmark");

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitImportService units;
    @Autowired
    IndicatorService indicators;

    final List<String> results = Collections.synchronizedList(new ArrayList<>());

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("dti.data-dir", DATA_DIR::toString);
        registry.add("dti.admin-password", () -> PASSWORD);
    }

    @BeforeAll
    void syntheticProvince() {
        StringBuilder csv = new StringBuilder("code,name,level,parent_code\n90,Tỉnh Thử Nghiệm,province,\n");
        for (int d = 1; d <= DISTRICTS; d++) {
            csv.append(district(d)).append(",Huyện Thử ").append(d).append(",district,90\n");
        }
        for (int c = 1; c <= COMMUNES; c++) {
            csv.append(commune(c)).append(",Xã Thử ").append(c).append(",commune,").append(district(1 + (c - 1) % DISTRICTS))
                    .append('\n');
        }
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                "n/a", AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            units.importFile("benchmark-units.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        } finally {
            security.clearContext();
        }
    }

    static String district(int d) {
        return String.format(Locale.ROOT, "9%02d", d);
    }

    static String commune(int c) {
        return String.format(Locale.ROOT, "9%04d", c);
    }

    /** The indicators a report carries: every indicator of the level, ratios included (they may be reported). */
    List<IndicatorSummary> indicatorsOf(UnitLevel level, int limit) {
        return indicators.catalogue().stream().filter(i -> i.levels().contains(level)).limit(limit).toList();
    }

    /**
     * Plausible figures: a percentage in Vietnamese notation, and counts that keep every numerator below its
     * denominator (a denominator's figure is a thousand above the largest of its numerators' ranges).
     */
    String cellValue(IndicatorSummary indicator, int seed) {
        if ("percent".equals(indicator.unit())) {
            return String.format(Locale.ROOT, "%d,%02d%%", 20 + seed % 60, seed % 100);
        }
        int rank = denominatorRank(indicator.code());
        return Integer.toString((rank + 1) * 1000 + (seed * 37) % 500);
    }

    private java.util.@Nullable Map<String, Integer> ranks;

    int denominatorRank(String code) {
        if (ranks == null) {
            java.util.Map<String, Integer> computed = new java.util.HashMap<>();
            List<IndicatorSummary> all = indicators.catalogue();
            boolean changed = true;
            while (changed) {
                changed = false;
                for (IndicatorSummary ratio : all) {
                    if (ratio.isRatioOfCounts()) {
                        int wanted = computed.getOrDefault(ratio.numeratorCode(), 0) + 1;
                        if (computed.getOrDefault(ratio.denominatorCode(), 0) < wanted) {
                            computed.put(ratio.denominatorCode(), wanted);
                            changed = true;
                        }
                    }
                }
            }
            ranks = computed;
        }
        return ranks.getOrDefault(code, 0);
    }

    /** A unit report in the contract's code/value layout, with title, header, section rows and a footer. */
    void writeReport(org.apache.poi.ss.usermodel.Sheet sheet, String unit, String periodText,
            List<IndicatorSummary> rows, int seed) {
        int r = 0;
        sheet.createRow(r++).createCell(0).setCellValue("BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ");
        sheet.createRow(r++).createCell(0).setCellValue("Đơn vị báo cáo: " + unit);
        sheet.createRow(r++).createCell(0).setCellValue("Kỳ báo cáo: " + periodText);
        r++;
        var header = sheet.createRow(r++);
        String[] titles = {"STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Giá trị"};
        for (int c = 0; c < titles.length; c++) {
            header.createCell(c).setCellValue(titles[c]);
        }
        String pillar = "";
        int n = 0;
        for (IndicatorSummary indicator : rows) {
            if (!indicator.pillar().code().equals(pillar)) {
                pillar = indicator.pillar().code();
                var section = sheet.createRow(r++);
                section.createCell(0).setCellValue("I");
                section.createCell(2).setCellValue(pillar.toUpperCase(Locale.ROOT).replace('_', ' '));
            }
            var row = sheet.createRow(r++);
            row.createCell(0).setCellValue(++n);
            row.createCell(1).setCellValue(indicator.code());
            row.createCell(2).setCellValue(indicator.nameVi());
            row.createCell(3).setCellValue(indicator.unit());
            row.createCell(4).setCellValue(cellValue(indicator, seed + n));
        }
        r++;
        sheet.createRow(r++).createCell(3).setCellValue("NGƯỜI LẬP BIỂU");
        sheet.createRow(r).createCell(3).setCellValue("(Ký, ghi rõ họ tên)");
    }

    static byte[] write(java.util.function.Consumer<SXSSFWorkbook> content) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    long post(byte[] file, int expectedStatus) throws Exception {
        long start = System.nanoTime();
        var result = mvc.perform(multipart("/api/v1/submissions").file(new MockMultipartFile("file", "bench.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                .with(httpBasic("admin", PASSWORD))).andReturn();
        long nanos = System.nanoTime() - start;
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(body.length() > 2000 ? body.substring(0, 2000) : body)
                .isEqualTo(expectedStatus);
        return nanos;
    }

    static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int n = sorted.size();
        double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return middle / 1e6;
    }

    static String spread(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return String.format(Locale.ROOT, "min %.1f, max %.1f", sorted.getFirst() / 1e6, sorted.getLast() / 1e6);
    }

    @Test
    void one_unit_report_of_75_rows() throws Exception {
        // A district reports every indicator of its level; with sections, header and footer the sheet has 75+ rows.
        List<IndicatorSummary> rows = indicatorsOf(UnitLevel.DISTRICT, 100);
        List<Long> times = new ArrayList<>();
        int sheetRows = 0;
        for (int run = 0; run < 35; run++) {
            int seed = run;
            String period = String.format(Locale.ROOT, "Tháng %02d/%d", 1 + run % 12, 2015 + run / 12);
            byte[] file = write(wb -> writeReport(wb.createSheet("Biểu 01"), district(1 + seed % DISTRICTS), period,
                    rows, seed));
            if (run == 0) {
                sheetRows = 5 + rows.size() + (int) rows.stream().map(IndicatorSummary::pillar).distinct().count() + 3;
            }
            long nanos = post(file, 201);
            if (run >= 10) {
                times.add(nanos);
            }
        }
        assertThat(times).hasSize(25);
        record("One unit report (%d rows, %d values, district): median %.1f ms over %d runs (%s ms)".formatted(
                sheetRows, rows.size(), median(times), times.size(), spread(times)));
    }

    @Test
    void bulk_workbook_of_1000_unit_sheets() throws Exception {
        List<IndicatorSummary> rows = indicatorsOf(UnitLevel.COMMUNE, INDICATORS_PER_SHEET);
        assertThat(rows).hasSize(INDICATORS_PER_SHEET);
        List<Long> imports = new ArrayList<>();
        List<Long> parses = new ArrayList<>();
        long peak = 0;
        long peakAfterGc = 0;
        int collections = 0;
        byte[] file = new byte[0];
        for (int run = 0; run < RUNS; run++) {
            int seed = run;
            String period = "Tháng %02d/2020".formatted(run + 1);
            file = write(wb -> {
                for (int c = 1; c <= COMMUNES; c++) {
                    writeReport(wb.createSheet("Xã " + c), commune(c), period, rows, seed * 7 + c);
                }
            });
            byte[] bytes = file;
            System.gc();
            parses.add(time(() -> barePoiSaxParse(bytes)));
            System.gc();
            resetPeakHeap();
            try (HeapMeter.HeapAfterCollections afterGc = new HeapMeter.HeapAfterCollections()) {
                imports.add(post(bytes, 201));
                peakAfterGc = Math.max(peakAfterGc, afterGc.max());
                collections += afterGc.count();
            }
            peak = Math.max(peak, HeapMeter.peakHeapBytes());
        }
        // The first run warms up the JIT; report the medians of the others.
        List<Long> measuredImports = imports.subList(1, imports.size());
        List<Long> measuredParses = parses.subList(1, parses.size());
        double importMs = median(measuredImports);
        double parseMs = median(measuredParses);
        long values = (long) COMMUNES * INDICATORS_PER_SHEET;
        record(("Bulk workbook (%d unit sheets × %d indicators = %d values, %.1f MB): import median %.0f ms "
                + "(%s ms), %.0f values/s; bare POI SAX parse median %.0f ms (%s ms); throughput ratio import/parse "
                + "%.2f; heap in use after a collection during import, max %d MB (%d collections); sum of heap pool "
                + "peaks %d MB").formatted(COMMUNES, INDICATORS_PER_SHEET, values, file.length / 1e6, importMs,
                        spread(measuredImports), values / (importMs / 1000), parseMs, spread(measuredParses),
                        parseMs / importMs, peakAfterGc / (1024 * 1024), collections, peak / (1024 * 1024)));
    }

    @Test
    void zip_bomb_is_refused_with_bounded_heap() throws Exception {
        byte[] bomb = zipBomb();
        List<Long> times = new ArrayList<>();
        long peak = 0;
        for (int run = 0; run < 5; run++) {
            System.gc();
            resetPeakHeap();
            times.add(post(bomb, 422));
            peak = Math.max(peak, HeapMeter.peakHeapBytes());
        }
        record("Zip bomb (%d KB file, 4 GB of zeros in sheet1.xml): refused (422 invalid_file) in median %.1f ms; peak heap %d MB"
                .formatted(bomb.length / 1024, median(times), peak / (1024 * 1024)));
    }

    /** A valid-looking .xlsx whose sheet expands from a few KB to 4 GB. */
    static byte[] zipBomb() throws IOException {
        byte[] base;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); ByteArrayOutputStream plain = new ByteArrayOutputStream()) {
            wb.createSheet("Biểu 01").createRow(0).createCell(0).setCellValue("x");
            wb.write(plain);
            base = plain.toByteArray();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(base)); var zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.setLevel(9);
                    byte[] zeros = new byte[1 << 20];
                    zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            .getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 4096; i++) {
                        zip.write(zeros);
                    }
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Reads every cell of every sheet with POI's SAX event API and nothing else: the baseline. */
    static void barePoiSaxParse(byte[] file) {
        AtomicLong cells = new AtomicLong();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = org.apache.poi.util.XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(@Nullable String ref, @Nullable String value, @Nullable XSSFComment c) {
                                    cells.incrementAndGet();
                                }
                            }, new DataFormatter(), false));
                    xml.parse(new InputSource(sheet));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(cells.get()).isGreaterThan(COMMUNES * INDICATORS_PER_SHEET);
    }

    static long time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    void record(String line) throws IOException {
        vn.dti.dashboard.benchmark.BenchmarkRecord.write("report-import.txt", line);
    }

}
