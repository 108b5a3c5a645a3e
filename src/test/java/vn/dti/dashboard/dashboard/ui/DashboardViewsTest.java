package vn.dti.dashboard.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import vn.dti.dashboard.dashboard.DashboardService;
import vn.dti.dashboard.dashboard.DashboardService.ChildRow;
import vn.dti.dashboard.dashboard.DashboardService.GroupCount;
import vn.dti.dashboard.dashboard.DashboardService.StatusRow;
import vn.dti.dashboard.hierarchy.UnitImportService;
import vn.dti.dashboard.reporting.SubmissionService;
import vn.dti.dashboard.rollup.RollupService;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.ui.ChartCanvas;
import vn.dti.dashboard.testsupport.FixtureProvince;
import vn.dti.dashboard.testsupport.TestAccounts;
import vn.dti.dashboard.testsupport.UseH2;

/**
 * The dashboard views on {@link FixtureProvince}, whose figures are worked out by hand: the cards, tables and
 * the charts' JSON datasets show exactly the rollup's numbers, in Vietnamese notation; drill-down, deep links
 * with any period, empty states and a REPORTER's limits. A context of its own (views need one).
 */
@SpringBootTest(properties = {"dti.demo-data=false", "dti.admin-password=dashboard-views-Pa55",
    "dti.test-context=dashboard-views"})
@UseH2
@ViewPackages(packages = "vn.dti.dashboard")
class DashboardViewsTest extends SpringBrowserlessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    UnitImportService units;
    @Autowired
    SubmissionService submissions;
    @Autowired
    RollupService rollups;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy security;

    @BeforeEach
    void fixture() {
        UI.getCurrent().getSession().setLocale(Messages.VIETNAMESE);
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
        Integer loaded = jdbc.queryForObject("select count(*) from administrative_unit where code = 'T0'", Integer.class);
        if (loaded == 0) {
            var previous = security.getContext().getAuthentication();
            Runnable admin = () -> security.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                    .authenticated("admin", "n/a", AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
            new FixtureProvince(units, submissions, jdbc, admin).load();
            admin.run();
            rollups.rebuild();
            security.getContext().setAuthentication(previous);
        }
        TestAccounts accounts = new TestAccounts(jdbc, passwordEncoder);
        accounts.put("dash.leader", "dash-Leader-Pa55", "LEADER", List.of());
        accounts.put("bc.tc11", "bc-Tc11-Pa55", "REPORTER", List.of(accounts.unitId("TC11", "2024-03-31")));
    }

    private void open(String route, String... parameters) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], parameters[i + 1]);
        }
        UI.getCurrent().navigate(route, QueryParameters.simple(query));
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    private JsonNode chart(String id) throws Exception {
        String json = $(ChartCanvas.class).id(id).configuration();
        assertThat(json).as(id + " was drawn").isNotNull();
        return JSON.readTree(json);
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.isNull() ? "null" : n.asText()));
        return list;
    }

    @Test
    @WithMockUser(username = "dash.leader", roles = "LEADER")
    void the_overview_cards_show_the_rolled_up_march_figures_with_target_change_and_completeness() throws Exception {
        open("", "unit", "T0", "period", "2024-03");

        // 630 / 930 online; February 90 / 180 = 50 %: +17,74 points; the national target for 2024 is 50 %.
        assertThat(text("card-value-DOSSIERS_ONLINE_RATE")).isEqualTo("67,7 %");
        assertThat(text("card-DOSSIERS_ONLINE_RATE")).contains("Mục tiêu: 50 %", "Đạt mục tiêu",
                "+17,7 điểm % so với 2024-02", "Đã báo cáo: 5/7 đơn vị");
        // Teams are a stock: TD1 6 + 9, TD2 4 + 2 + 1 = 22; reported by 5 of the 6 communes.
        assertThat(text("card-value-CDT_TEAMS")).isEqualTo("22");
        assertThat(text("card-CDT_TEAMS")).contains("tổ", "+13 so với 2024-02", "Đã báo cáo: 5/6 đơn vị");
        // Nobody reported e-ID figures: missing, not zero.
        assertThat(text("card-value-EID_ACTIVATED")).isEqualTo("—");
        // A month's overview offers the steering brief.
        assertThat(text("overview-brief")).isEqualTo("Tải báo cáo tháng (XLSX, có biểu đồ)");

        // The units below as bars, best first, coloured by status, with the province's value as a line.
        JsonNode config = chart("overview-chart");
        assertThat(texts(config.at("/data/labels"))).containsExactly("Sở Thử", "Huyện Một", "Huyện Hai");
        assertThat(texts(config.at("/data/datasets/0/data"))).containsExactly("80", "54.69", "50");
        assertThat(texts(config.at("/data/datasets/0/backgroundColor"))).containsExactly("#1a7f37", "#1a7f37",
                "#1a7f37");
        assertThat(texts(config.at("/data/datasets/1/data"))).containsOnly("67.74");
    }

    @Test
    @WithMockUser(username = "dash.leader", roles = "LEADER")
    void in_english_the_same_figures_use_english_notation() {
        UI.getCurrent().getSession().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        open("", "unit", "T0", "period", "2024-Q1");

        // Q1, flows summed over the months: 100 + 90 + 630 = 820 online of 350 + 180 + 930 = 1,460: 56.16 %.
        assertThat(text("card-value-DOSSIERS_ONLINE_RATE")).isEqualTo("56.2 %");
        assertThat(text("card-DOSSIERS_ONLINE_RATE")).contains("Target: 50 %", "On track", "Reported: 5/7 units");
        open("chi-so", "indicator", "DOSSIERS_RECEIVED", "unit", "T0", "period", "2024-Q1");
        assertThat(text("detail-value")).isEqualTo("1,460");
    }

    @Test
    @WithMockUser(username = "dash.leader", roles = "LEADER")
    void the_indicator_detail_lists_the_communes_ranked_with_the_trend_and_the_same_numbers_as_the_service()
            throws Exception {
        open("chi-so", "indicator", "DOSSIERS_RECEIVED", "unit", "TD1", "period", "2024-03");

        // TD1: its own 30 + TC11 110 + TC12 180.
        assertThat(text("detail-value")).isEqualTo("320");
        assertThat(text("detail-reported")).startsWith("Đã báo cáo: 2/3 đơn vị");
        assertThat(text("breadcrumb")).isEqualTo("Tỉnh Thử › Huyện Một");
        @SuppressWarnings("unchecked")
        Grid<ChildRow> table = $(Grid.class).id("children-table");
        assertThat(table.getListDataView().getItems().map(r -> r.rank() + " " + r.unit().code() + " "
                + r.value().value()).toList()).containsExactly("1 TC12 180", "2 TC11 110", "null TC13 null");
        assertThat(text("children-xlsx") + " | " + text("children-csv"))
                .isEqualTo("Tải bảng (XLSX) | Tải bảng (CSV)");
        JsonNode bars = chart("children-chart");
        assertThat(texts(bars.at("/data/labels"))).containsExactly("Xã Một Hai", "Xã Một Một", "Xã Một Ba");
        assertThat(texts(bars.at("/data/datasets/0/data"))).containsExactly("180", "110", "null");

        // Twelve months to March 2024: January 100 + 200, February 120 (TC12 silent), March 320.
        JsonNode trend = chart("trend-chart");
        List<String> months = texts(trend.at("/data/labels"));
        assertThat(months).hasSize(12).startsWith("04/2023").endsWith("01/2024", "02/2024", "03/2024");
        assertThat(texts(trend.at("/data/datasets/0/data")).subList(9, 12)).containsExactly("300", "120", "320");
        assertThat(texts(trend.at("/data/datasets/0/data")).subList(0, 9)).containsOnly("null");
        // The same figures as the rollup service, month by month.
        assertThat(rollups.series("DOSSIERS_RECEIVED", "TD1", "2024-01", "2024-03").stream()
                .map(v -> v.value().toPlainString()).toList()).containsExactly("300", "120", "320");
    }

    @Test
    @WithMockUser(username = "dash.leader", roles = "LEADER")
    void a_link_with_a_quarter_opens_the_quarter_and_the_breadcrumb_leads_back_up() {
        open("chi-so", "indicator", "DOSSIERS_RECEIVED", "unit", "TC11", "period", "2024-Q1");

        // A flow over the quarter: 100 + 120 + 110.
        assertThat(text("detail-value")).isEqualTo("330");
        assertThat(text("breadcrumb")).isEqualTo("Tỉnh Thử › Huyện Một › Xã Một Một");
        assertThat($(Component.class).id("breadcrumb").getElement().getChildren()
                .filter(e -> "a".equals(e.getTag())).map(e -> e.getAttribute("href")).toList())
                .containsExactly("chi-so?indicator=DOSSIERS_RECEIVED&unit=T0&period=2024-Q1",
                        "chi-so?indicator=DOSSIERS_RECEIVED&unit=TD1&period=2024-Q1");
        assertThat($(Div.class).all().stream().map(d -> d.getElement().getTextRecursively()).toList())
                .contains("Xã Một Một không có đơn vị trực thuộc trong kỳ này.");
    }

    @Test
    @WithMockUser(username = "dash.leader", roles = "LEADER")
    void the_reporting_status_names_who_is_missing_late_or_on_time_per_month() {
        open("tinh-hinh-bao-cao", "unit", "T0", "period", "2024-03", "months", "3");

        @SuppressWarnings("unchecked")
        Grid<StatusRow> matrix = $(Grid.class).id("status-matrix");
        Map<String, String> states = matrix.getListDataView().getItems().collect(Collectors.toMap(
                r -> r.unit().code(), r -> r.months().stream().map(m -> m.state().name()).collect(
                        Collectors.joining(" ")), (a, b) -> a, java.util.LinkedHashMap::new));
        assertThat(states).containsExactly(
                Map.entry("TS1", "MISSING MISSING ON_TIME"),
                Map.entry("TC11", "ON_TIME ON_TIME ON_TIME"),
                Map.entry("TC12", "ON_TIME MISSING ON_TIME"),
                Map.entry("TC13", "MISSING MISSING MISSING"),
                Map.entry("TC21", "ON_TIME ON_TIME LATE"),
                Map.entry("TC22", "MISSING MISSING ON_TIME"),
                Map.entry("TC23", "MISSING MISSING ON_TIME"));
        @SuppressWarnings("unchecked")
        Grid<GroupCount> groups = $(Grid.class).id("status-groups");
        assertThat(groups.getListDataView().getItems().map(g -> g.group().code() + " " + g.units() + " " + g.onTime()
                + "/" + g.late() + "/" + g.missing()).toList())
                .containsExactlyInAnyOrder("T0 1 1/0/0", "TD1 3 2/0/1", "TD2 3 2/1/0");

        open("tinh-hinh-bao-cao", "unit", "T0", "period", "2024-03", "months", "3", "behind", "true");
        @SuppressWarnings("unchecked")
        Grid<StatusRow> behind = $(Grid.class).id("status-matrix");
        assertThat(behind.getListDataView().getItems().map(r -> r.unit().code()).toList())
                .containsExactly("TS1", "TC12", "TC13", "TC21", "TC22", "TC23");
    }

    @Test
    @WithMockUser(username = "dash.leader", roles = "LEADER")
    void empty_and_wrong_selections_say_what_is_missing_instead_of_failing() {
        open("", "unit", "T0", "period", "2024-06");
        assertThat(text("overview-empty")).contains("Chưa có đơn vị nào báo cáo số liệu cho Tháng 6/2024");

        open("", "unit", "T0", "period", "2024-13");
        assertThat(text("dashboard-problem")).contains("«2024-13» không hợp lệ");
        open("chi-so", "indicator", "NO_SUCH", "unit", "T0", "period", "2024-03");
        assertThat(text("dashboard-problem")).isEqualTo("Không có chỉ tiêu mã «NO_SUCH».");
        open("", "unit", "NOPE", "period", "2024-03");
        assertThat(text("dashboard-problem")).contains("«NOPE»");
    }

    @Test
    @WithMockUser(username = "bc.tc11", roles = "REPORTER")
    void a_reporter_sees_its_commune_and_its_districts_aggregate_but_not_its_neighbours() {
        open("");
        // Its own commune by default, with the latest month that has data.
        assertThat($(OverviewView.class).single().getElement().getAttribute("data-unit")).isEqualTo("TC11");
        assertThat($(OverviewView.class).single().getElement().getAttribute("data-period")).isEqualTo("2024-03");

        open("chi-so", "indicator", "DOSSIERS_RECEIVED", "unit", "TD1", "period", "2024-03");
        assertThat(text("detail-value")).isEqualTo("320");
        assertThat($(Div.class).all().stream().map(d -> d.getElement().getTextRecursively()).toList())
                .contains("Tài khoản của bạn chỉ xem được số liệu tổng hợp của đơn vị này, không xem được số liệu "
                        + "của từng đơn vị khác.");
        assertThat($(Grid.class).all()).noneMatch(g -> "children-table".equals(g.getId().orElse("")));
        // The province above the district, a neighbour and another district: not even opened.
        for (String unit : List.of("T0", "TC12", "TD2")) {
            open("chi-so", "indicator", "DOSSIERS_RECEIVED", "unit", unit, "period", "2024-03");
            assertThat(text("dashboard-problem")).as(unit).contains("«" + unit + "»");
        }
        // Its breadcrumb shows the province as text, not as a link.
        open("chi-so", "indicator", "DOSSIERS_RECEIVED", "unit", "TC11", "period", "2024-03");
        assertThat($(Component.class).id("breadcrumb").getElement().getChildren()
                .filter(e -> "a".equals(e.getTag())).map(e -> e.getText()).toList()).containsExactly("Huyện Một");
    }

    @Test
    @WithMockUser(username = "dash.leader", roles = "LEADER")
    void the_unit_profile_gives_rank_among_peers_and_the_parents_value() {
        open("ho-so-don-vi", "unit", "TC11", "period", "2024-03");
        @SuppressWarnings("unchecked")
        Grid<DashboardService.ProfileRow> profile = $(Grid.class).id("profile-table");
        Map<String, String> rows = profile.getListDataView().getItems().collect(Collectors.toMap(
                r -> r.indicator().code(), r -> r.value().value() + " rank " + r.rank() + "/" + r.peers() + " parent "
                        + (r.parent() == null ? null : r.parent().value())));
        assertThat(rows).containsEntry("DOSSIERS_ONLINE_RATE", "50 rank 1/2 parent 54.69")
                .containsEntry("CDT_TEAMS", "6 rank 2/2 parent 15");
        @SuppressWarnings("unchecked")
        Grid<DashboardService.MonthReport> history = $(Grid.class).id("profile-history");
        assertThat(history.getListDataView().getItems().limit(3).map(m -> m.month() + " " + m.state()).toList())
                .containsExactly("2024-03 ON_TIME", "2024-02 ON_TIME", "2024-01 ON_TIME");
    }

    /** The file behind a download link, fetched as the browser would follow it. */
    private record Fetched(String fileName, byte[] content) {
    }

    private Fetched fetch(String anchorId) throws Exception {
        com.vaadin.flow.component.html.Anchor anchor = $(com.vaadin.flow.component.html.Anchor.class).id(anchorId);
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        var resource = session.getResourceRegistry().getResource(java.net.URI.create(anchor.getHref())).orElseThrow();
        var handler = (com.vaadin.flow.server.streams.DownloadHandler)
                ((com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource) resource).getElementRequestHandler();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        var response = org.mockito.Mockito.mock(com.vaadin.flow.server.VaadinResponse.class);
        org.mockito.Mockito.when(response.getOutputStream()).thenReturn(out);
        var event = new com.vaadin.flow.server.streams.DownloadEvent(
                org.mockito.Mockito.mock(com.vaadin.flow.server.VaadinRequest.class), response, session,
                anchor.getElement());
        handler.handleDownloadRequest(event);
        String disposition = org.mockito.Mockito.mockingDetails(response).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("setHeader") && "Content-Disposition".equals(
                        i.getArgument(0))).map(i -> (String) i.getArgument(1)).findFirst().orElse("");
        return new Fetched(disposition, out.toByteArray());
    }

    private static org.apache.poi.xssf.usermodel.XSSFWorkbook workbook(Fetched file) throws Exception {
        return new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file.content()));
    }

    private static Map<String, String> about(org.apache.poi.xssf.usermodel.XSSFWorkbook book) {
        Map<String, String> about = new java.util.LinkedHashMap<>();
        for (var row : book.getSheet("Thông tin")) {
            about.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
        }
        return about;
    }

    @Test
    @WithMockUser(username = "dash.leader", roles = "LEADER")
    void the_profile_table_downloads_as_shown_with_numbers_as_numeric_cells() throws Exception {
        open("ho-so-don-vi", "unit", "TC11", "period", "2024-03");
        @SuppressWarnings("unchecked")
        Grid<DashboardService.ProfileRow> profile = $(Grid.class).id("profile-table");
        List<String> shown = profile.getListDataView().getItems().map(r -> r.indicator().code()).toList();

        Fetched xlsx = fetch("profile-export-xlsx");
        assertThat(xlsx.fileName()).contains("HoSo_TC11_2024-03.xlsx");
        try (var book = workbook(xlsx)) {
            var sheet = book.getSheet("Số liệu");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã chỉ tiêu");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Giá trị");
            List<String> codes = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(codes).isEqualTo(shown);
            var online = sheet.getRow(1 + shown.indexOf("DOSSIERS_ONLINE_RATE"));
            // 55 / 110 = 50 %, rank 1 of 2, the district's 54,69 %: numbers, not text.
            assertThat(online.getCell(2).getNumericCellValue()).isEqualTo(50.0);
            assertThat(online.getCell(6).getNumericCellValue()).isEqualTo(1.0);
            assertThat(online.getCell(7).getNumericCellValue()).isEqualTo(2.0);
            assertThat(online.getCell(8).getNumericCellValue()).isEqualTo(54.69);
            assertThat(online.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            var teams = sheet.getRow(1 + shown.indexOf("CDT_TEAMS"));
            assertThat(teams.getCell(2).getNumericCellValue()).isEqualTo(6.0);
            assertThat(teams.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Map<String, String> about = about(book);
            assertThat(about.get("Đơn vị")).isEqualTo("TC11 – Xã Một Một");
            assertThat(about.get("Kỳ báo cáo")).isEqualTo("Tháng 3/2024");
            assertThat(about.get("Số dòng")).isEqualTo(String.valueOf(shown.size()));
            assertThat(about).containsKeys("Thời điểm xuất", "Báo cáo mới nhất nhận lúc");
        }
        try (var book = workbook(fetch("history-export-xlsx"))) {
            var first = book.getSheet("Số liệu").getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("03/2024");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Đúng hạn");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    @WithMockUser(username = "dash.leader", roles = "LEADER")
    void the_reporting_status_downloads_with_its_filter_only_the_rows_shown() throws Exception {
        open("tinh-hinh-bao-cao", "unit", "T0", "period", "2024-03", "months", "3", "behind", "true");
        Fetched csv = fetch("status-export-csv");
        assertThat(csv.fileName()).contains("TinhHinhBaoCao_T0_2024-03.csv");
        assertThat(new byte[] {csv.content()[0], csv.content()[1], csv.content()[2]})
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] lines = new String(csv.content(), java.nio.charset.StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("Mã đơn vị,Đơn vị,Đơn vị cấp trên,01/2024,02/2024,03/2024,Số tháng chậm/thiếu");
        // The six units behind, as on screen (TC11, on time every month, is filtered out).
        assertThat(java.util.Arrays.stream(lines).skip(1).map(l -> l.substring(0, l.indexOf(','))).toList())
                .containsExactly("TS1", "TC12", "TC13", "TC21", "TC22", "TC23");
        assertThat(lines[4]).startsWith("TC21,").endsWith(",Đúng hạn,Đúng hạn,Trễ hạn,1");

        Fetched xlsx = fetch("status-export-xlsx");
        try (var book = workbook(xlsx)) {
            Map<String, String> about = about(book);
            assertThat(about.get("Chỉ đơn vị chậm hoặc chưa báo cáo")).isEqualTo("Có");
            assertThat(about.get("Số tháng")).isEqualTo("3 tháng");
            assertThat(about.get("Số dòng")).isEqualTo("6");
            assertThat(book.getSheet("Số liệu").getRow(4).getCell(6).getNumericCellValue()).isEqualTo(1.0);
        }

        open("tinh-hinh-bao-cao", "unit", "T0", "period", "2024-03", "months", "3");
        String groups = new String(fetch("groups-export-csv").content(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(groups.substring(1).split("\\r\\n")).contains(
                "Mã đơn vị,Đơn vị cấp trên,Số đơn vị,Đúng hạn,Trễ hạn,Chưa nộp,Đã nộp lại",
                "TD1,Huyện Một,3,2,0,1,0", "TD2,Huyện Hai,3,2,1,0,0");
    }

    @Test
    @WithMockUser(username = "dash.leader", roles = "LEADER")
    void the_overview_chart_has_a_table_a_png_button_and_its_breakdown_as_files() throws Exception {
        open("", "unit", "T0", "period", "2024-03");
        @SuppressWarnings("unchecked")
        Grid<ChildRow> table = $(Grid.class).id("overview-table");
        assertThat(table.getListDataView().getItems().map(r -> r.unit().code() + " " + r.value().value()).toList())
                .containsExactly("TS1 80", "TD1 54.69", "TD2 50");
        assertThat($(com.vaadin.flow.component.button.Button.class).id("overview-png").getText()).isNotBlank();
        Fetched csv = fetch("overview-csv");
        assertThat(new String(csv.content(), java.nio.charset.StandardCharsets.UTF_8).substring(1).split("\r\n"))
                .contains("code,name,value,numerator,denominator,target,status,rank");
    }

    @Test
    @WithMockUser(username = "dash.leader", roles = "LEADER")
    void the_data_export_previews_the_slice_and_downloads_it_whole() throws Exception {
        UI.getCurrent().navigate("xuat-du-lieu");
        $(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).id("data-indicators").clear();
        test($(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).id("data-indicators"))
                .selectItem("CDT_TEAMS – Số Tổ công nghệ số cộng đồng");
        test($(com.vaadin.flow.component.combobox.ComboBox.class).id("data-unit")).selectItem("TD2 – Huyện Hai");
        test($(com.vaadin.flow.component.select.Select.class).id("data-from")).selectItem("02/2024");
        test($(com.vaadin.flow.component.select.Select.class).id("data-to")).selectItem("03/2024");
        test($(com.vaadin.flow.component.button.Button.class).id("data-preview")).click();
        @SuppressWarnings("unchecked")
        Grid<vn.dti.dashboard.rollup.RollupService.SliceRow> table = $(Grid.class).id("data-table");
        // TD2's communes: TC21 3 teams in February, 4 in March; TC22 2 and TC23 1 only in March.
        assertThat(table.getListDataView().getItems().map(r -> r.value().period() + " " + r.unit().code() + " "
                + r.value().value()).toList()).containsExactly("2024-02 TC21 3", "2024-02 TC22 null",
                        "2024-02 TC23 null", "2024-03 TC21 4", "2024-03 TC22 2", "2024-03 TC23 1");

        Fetched csv = fetch("data-csv");
        assertThat(csv.fileName()).contains("DuLieu_TD2_2024-02_2024-03.csv");
        String[] lines = new String(csv.content(), java.nio.charset.StandardCharsets.UTF_8).substring(1).split("\\r\\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[4]).startsWith("2024-03,TC21,Xã Hai Một,Xã,CDT_TEAMS,").endsWith(",4,,,tổ,1,1,0");

        $(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).id("data-indicators").clear();
        test($(com.vaadin.flow.component.button.Button.class).id("data-preview")).click();
        assertThat(text("data-problem")).isEqualTo("Chọn ít nhất một chỉ tiêu.");
    }

    @Test
    @WithMockUser(username = "bc.tc11", roles = "REPORTER")
    void a_reporter_exports_only_its_own_units() {
        UI.getCurrent().navigate("xuat-du-lieu");
        @SuppressWarnings("unchecked")
        var unit = (com.vaadin.flow.component.combobox.ComboBox<vn.dti.dashboard.hierarchy.UnitSummary>) $(
                com.vaadin.flow.component.combobox.ComboBox.class).id("data-unit");
        assertThat(unit.getListDataView().getItems().map(vn.dti.dashboard.hierarchy.UnitSummary::code).toList())
                .containsExactly("TC11");
    }

    @Test
    @WithMockUser(username = "dash.leader", roles = "LEADER")
    void the_printable_brief_has_the_headline_figures_rankings_and_late_units_without_the_app_frame() {
        open("", "unit", "T0", "period", "2024-03");
        assertThat($(com.vaadin.flow.router.RouterLink.class).id("overview-brief-print").getHref())
                .isEqualTo("in/bao-cao-thang?unit=T0&period=2024-03");

        open("in/bao-cao-thang", "unit", "T0", "period", "2024-03");
        assertThat($(vn.dti.dashboard.shared.ui.MainLayout.class).all()).isEmpty();
        assertThat(text("brief-title")).isEqualTo("Báo cáo tháng về chuyển đổi số: Tỉnh Thử · Tháng 3/2024");
        // The card's figures: 630 / 930 = 67,7 % against 50 %, +17,7 points on February, 5 of 7 units reported.
        String summary = text("brief-summary");
        assertThat(summary).contains("Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến trên tổng số hồ sơ67,7 %50 %Đạt mục tiêu"
                + "+17,7 điểm %");
        assertThat(summary).contains("5/7");
        // March: TC13 never reports (missing), TC21's report came on 9 April (late); nobody else.
        assertThat(text("brief-late")).isEqualTo("Đơn vịĐơn vị cấp trênTình trạng"
                + "Xã Một BaHuyện MộtChưa nộpXã Hai MộtHuyện HaiTrễ hạn");

        open("in/bao-cao-thang", "unit", "T0", "period", "2024-Q1");
        assertThat($(Div.class).withClassName("dti-empty").first().getText())
                .isEqualTo("Bản in báo cáo tháng chỉ dùng cho một tháng; hãy chọn kỳ là một tháng.");
    }
}
