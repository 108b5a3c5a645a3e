package vn.dti.dashboard.hierarchy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * {@code /api/v1/units} as the API contract describes it, through the real security filter chain: each
 * test asserts the status, the headers and the JSON body the contract fixes.
 */
class UnitApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void units_without_credentials_answer_401_in_the_contract_error_format() throws Exception {
        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic")))
                .andExpect(jsonPath("$.error").value("unauthorized"))
                .andExpect(jsonPath("$.details").isArray());
    }

    @Test
    void wrong_password_answers_401() throws Exception {
        mvc.perform(get("/api/v1/units").with(httpBasic("admin", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void units_in_force_in_mid_2024_are_the_146_of_vinh_phuc_plus_6_departments() throws Exception {
        mvc.perform(get("/api/v1/units").param("date", "2024-06-01").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(152))
                .andExpect(jsonPath("$[?(@.level == 'commune')].code", Matchers.hasSize(136)))
                .andExpect(jsonPath("$[?(@.level == 'district')].code", Matchers.hasSize(9)))
                .andExpect(jsonPath("$[0].code").value("26"))
                .andExpect(jsonPath("$[0].name").value("Tỉnh Vĩnh Phúc"))
                .andExpect(jsonPath("$[0].level").value("province"))
                .andExpect(jsonPath("$[0].parentCode").value(Matchers.nullValue()))
                .andExpect(jsonPath("$[0].validFrom").value(Matchers.nullValue()))
                .andExpect(jsonPath("$[0].validTo").value("2025-06-30"))
                // then the districts in GSO code order, then the departments, then the communes
                .andExpect(jsonPath("$[1].code").value("243"))
                .andExpect(jsonPath("$[9].code").value("253"))
                .andExpect(jsonPath("$[10].level").value("department"))
                .andExpect(jsonPath("$[16].code").value("08707"))
                .andExpect(jsonPath("$[?(@.code == '08716')].name").value("Phường Đống Đa"))
                .andExpect(jsonPath("$[?(@.code == '09130')].parentCode").value("252"));
    }

    @Test
    void a_leader_reads_units_after_july_2025_without_districts() throws Exception {
        mvc.perform(get("/api/v1/units").param("date", "2025-08-01").with(httpBasic("lanhdao", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(41))
                .andExpect(jsonPath("$[?(@.level == 'district')]", Matchers.empty()))
                .andExpect(jsonPath("$[?(@.code == '08716')].name").value("Phường Vĩnh Phúc"))
                .andExpect(jsonPath("$[?(@.code == '08716')].parentCode").value("25"));
    }

    @Test
    void a_bad_date_answers_400_naming_the_parameter() throws Exception {
        mvc.perform(get("/api/v1/units").param("date", "2024-13-01").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message", Matchers.containsString("date")));
    }

    @Test
    void import_with_bad_rows_answers_422_with_row_numbers() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "units.csv", "text/csv",
                "code,name,level,parent_code\n98001,Xã Lạc,commune,999\n98002,Xã Không Cấp,,243\n"
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/units/import").file(file).with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("invalid_units"))
                .andExpect(jsonPath("$.details.length()").value(2))
                .andExpect(jsonPath("$.details[0].row").value(2))
                .andExpect(jsonPath("$.details[0].field").value("parent_code"))
                .andExpect(jsonPath("$.details[0].message").value("Không tìm thấy đơn vị cấp trên có mã 999."))
                .andExpect(jsonPath("$.details[1].row").value(3))
                .andExpect(jsonPath("$.details[1].field").value("level"));
    }

    @Test
    void import_of_a_non_spreadsheet_answers_415() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "units.docx", "application/octet-stream",
                new byte[] {1, 2, 3});
        mvc.perform(multipart("/api/v1/units/import").file(file).with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("unsupported_media_type"));
    }

    @Test
    void import_by_a_leader_answers_403() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "units.csv", "text/csv",
                "code,name,level,parent_code\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/units/import").file(file).with(httpBasic("lanhdao", DEMO_PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
    }

    @Test
    void import_without_the_file_part_answers_400() throws Exception {
        mvc.perform(multipart("/api/v1/units/import").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"));
    }

    @Test
    void health_is_public_and_up() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void openapi_document_lists_the_units_endpoints_for_a_signed_in_user() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/units'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units/import'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/indicators'].get").exists())
                .andExpect(jsonPath("$.paths['/actuator/health'].get").exists());
    }
}
