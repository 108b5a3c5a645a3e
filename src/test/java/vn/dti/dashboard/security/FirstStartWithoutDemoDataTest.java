package vn.dti.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.dti.dashboard.testsupport.UseH2;

/**
 * The first start of a real deployment: {@code --dti.demo-data=false} and no DTI_ADMIN_PASSWORD. Only
 * {@code admin} exists, with a random password printed once in the log; no demo accounts, no units;
 * the indicator catalogue (reference data) is loaded all the same.
 */
@SpringBootTest(properties = {"dti.demo-data=false", "dti.admin-password="})
@UseH2
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class FirstStartWithoutDemoDataTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile(
            "Created account 'admin' with the generated password: (\\S+)");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void only_admin_exists_and_nothing_of_the_demo() {
        assertThat(jdbc.queryForList("select username from user_account", String.class)).containsExactly("admin");
        assertThat(jdbc.queryForObject("select count(*) from administrative_unit", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from indicator", Long.class)).isEqualTo(75L);
        assertThat(jdbc.queryForObject("select password_hash from user_account", String.class))
                .startsWith("{bcrypt}");
    }

    @Test
    void the_random_admin_password_is_printed_once_and_works(CapturedOutput output) throws Exception {
        // The capture starts before this class's own application context does, so it holds the start-up
        // log. No other test class uses this configuration, so the context starts here.
        Matcher matcher = PRINTED_PASSWORD.matcher(output.getAll());
        assertThat(matcher.find()).as("the generated password is in the log").isTrue();
        String password = matcher.group(1);
        assertThat(password).hasSize(20);
        assertThat(matcher.find()).as("printed only once").isFalse();
        mvc.perform(get("/api/v1/units").with(httpBasic("admin", password)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/units").with(httpBasic("lanhdao", "demo-cds-2024")))
                .andExpect(status().isUnauthorized());
    }
}
