package vn.dti.dashboard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.dti.dashboard.reporting.ReportWorkbooks.codeValueReport;
import static vn.dti.dashboard.reporting.ReportWorkbooks.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dti.dashboard.testsupport.IntegrationTest;
import vn.dti.dashboard.testsupport.TestAccounts;

/**
 * The role × action matrix of the reporting API, every cell asserted: four roles, five actions (read a unit's
 * versions, read one submission's values, download its file, get the unit's template, upload a report) on
 * three units seen from a REPORTER of Thành phố Vĩnh Yên (243): its own unit, a child commune (08707 Phường
 * Tích Sơn) and a commune of another district (08761 Thị trấn Lập Thạch, district 246). Refusals are the
 * contract's 403 JSON and store nothing. Months of 2019 keep clear of the other tests' data.
 */
class ReportingRoleMatrixTest extends IntegrationTest {

    static final String REPORTER = "matrix.vinhyen";
    static final String REPORTER_PASSWORD = "matrix-Pass-2019";
    static final String READ_PERIOD = "2019-03";
    static final Map<String, String> UNITS = Map.of("OWN", "243", "CHILD", "08707", "OTHER", "08761");
    /** Each role uploads into its own month, so an accepted upload is never a duplicate of another role's. */
    static final Map<String, String> UPLOAD_MONTH = Map.of("ADMIN", "05", "LEADER", "06", "ANALYST", "07",
            "REPORTER", "08");

    /** Hand-written expectations: role, action, then the status for the OWN, CHILD and OTHER unit. */
    static final String MATRIX = """
            ADMIN    READ_VERSIONS 200 200 200
            ADMIN    READ_VALUES   200 200 200
            ADMIN    READ_FILE     200 200 200
            ADMIN    TEMPLATE      200 200 200
            ADMIN    UPLOAD        201 201 201
            LEADER   READ_VERSIONS 200 200 200
            LEADER   READ_VALUES   200 200 200
            LEADER   READ_FILE     200 200 200
            LEADER   TEMPLATE      403 403 403
            LEADER   UPLOAD        403 403 403
            ANALYST  READ_VERSIONS 200 200 200
            ANALYST  READ_VALUES   200 200 200
            ANALYST  READ_FILE     200 200 200
            ANALYST  TEMPLATE      403 403 403
            ANALYST  UPLOAD        403 403 403
            REPORTER READ_VERSIONS 200 200 403
            REPORTER READ_VALUES   200 200 403
            REPORTER READ_FILE     200 200 403
            REPORTER TEMPLATE      200 200 403
            REPORTER UPLOAD        201 201 403
            """;

    /** The submission of each unit in {@link #READ_PERIOD}, stored once by the administrator. */
    static final Map<String, Long> SUBMISSION_OF = new ConcurrentHashMap<>();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] f = line.strip().split("\\s+");
            cells.add(Arguments.of(f[0], f[1], "OWN", Integer.parseInt(f[2])));
            cells.add(Arguments.of(f[0], f[1], "CHILD", Integer.parseInt(f[3])));
            cells.add(Arguments.of(f[0], f[1], "OTHER", Integer.parseInt(f[4])));
        }
        return cells.stream();
    }

    static RequestPostProcessor as(String role) {
        return switch (role) {
            case "ADMIN" -> httpBasic("admin", ADMIN_PASSWORD);
            case "LEADER" -> httpBasic("lanhdao", DEMO_PASSWORD);
            case "ANALYST" -> httpBasic("phantich", DEMO_PASSWORD);
            case "REPORTER" -> httpBasic(REPORTER, REPORTER_PASSWORD);
            default -> throw new IllegalArgumentException(role);
        };
    }

    static byte[] report(String unitCode, String month, int teams) {
        return workbook().sheet("Biểu 01", codeValueReport(unitCode, "Tháng " + month + "/2019",
                new Object[][] {{"CDT_TEAMS", teams}, {"DOSSIERS_RECEIVED", 100 + teams}})).xlsx();
    }

    static MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content) {
        return multipart("/api/v1/submissions").file(new MockMultipartFile("file", fileName,
                SubmissionApiTest.XLSX, content));
    }

    int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @BeforeEach
    void reporterAndReadableSubmissions() throws Exception {
        TestAccounts accounts = new TestAccounts(jdbc, passwordEncoder);
        accounts.put(REPORTER, REPORTER_PASSWORD, "REPORTER", List.of(accounts.unitId("243", "2019-03-01")));
        for (var unit : UNITS.entrySet()) {
            if (!SUBMISSION_OF.containsKey(unit.getKey())) {
                MvcResult stored = mvc.perform(upload("bc-" + unit.getValue() + ".xlsx",
                        report(unit.getValue(), "03", 7)).with(as("ADMIN"))).andReturn();
                JsonNode body = JsonMapper.builder().build().readTree(stored.getResponse().getContentAsString());
                assertThat(stored.getResponse().getStatus()).as(body.toString()).isIn(200, 201);
                SUBMISSION_OF.put(unit.getKey(), body.path("id").asLong());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} on the {2} unit answers {3}")
    @MethodSource("cells")
    void every_role_gets_the_status_of_the_matrix_for_every_action_on_every_unit(String role, String action,
            String target, int expected) throws Exception {
        String unit = UNITS.get(target);
        int submissionsBefore = rows("submission");
        int valuesBefore = rows("report_value");
        AbstractMockHttpServletRequestBuilder<?> request = switch (action) {
            case "READ_VERSIONS" -> get("/api/v1/submissions").param("unit", unit).param("period", READ_PERIOD);
            case "READ_VALUES" -> get("/api/v1/submissions/{id}/values", SUBMISSION_OF.get(target));
            case "READ_FILE" -> get("/api/v1/submissions/{id}/file", SUBMISSION_OF.get(target));
            case "TEMPLATE" -> get("/api/v1/templates").param("unit", unit).param("period", "2019-04");
            case "UPLOAD" -> upload("bc.xlsx", report(unit, UPLOAD_MONTH.get(role), 3 + role.length()));
            default -> throw new IllegalArgumentException(action);
        };
        MvcResult result = mvc.perform(request.with(as(role))).andReturn();

        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(expected);
        if (expected == 403) {
            JsonNode body = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
            assertThat(body.path("error").asString()).isEqualTo("forbidden");
            assertThat(body.path("message").asString()).isNotBlank();
            assertThat(rows("submission")).as("a refusal stores nothing").isEqualTo(submissionsBefore);
            assertThat(rows("report_value")).isEqualTo(valuesBefore);
        }
        if (action.equals("UPLOAD") && expected == 201) {
            assertThat(rows("submission")).isEqualTo(submissionsBefore + 1);
            assertThat(jdbc.queryForObject("select submitted_by from submission where unit_code = ? and period = ? "
                    + "order by id desc limit 1", String.class, unit, "2019-" + UPLOAD_MONTH.get(role)))
                    .isEqualTo(role.equals("REPORTER") ? REPORTER : "admin");
        }
        if (action.equals("READ_VERSIONS") && expected == 200) {
            JsonNode body = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
            assertThat(body.get(0).path("id").asLong()).isEqualTo(SUBMISSION_OF.get(target));
        }
    }
}
