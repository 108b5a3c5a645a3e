package vn.dti.dashboard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * The copies of the hierarchy, the catalogue and the accounts kept in memory see a change made by another
 * instance on the same database: here the other instance is played by SQL on the tables. A change that does not
 * count itself in {@code change_counter} stays unseen (the copy is really kept); once counted, it is seen at the
 * next check (tests check on every read; {@link KeptCopyTest} covers the interval).
 */
class KeptCopiesTest extends IntegrationTest {

    static final String VALUE_PATH = "/api/v1/values?indicator=CDT_TEAMS&unit=26&period=2024-12";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IndicatorService indicators;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private void count(String name) {
        assertThat(jdbc.update("update change_counter set counter = counter + 1 where name = ?", name)).isOne();
    }

    private String nameOf(String code) {
        return indicators.catalogue().stream().filter(i -> i.code().equals(code)).map(IndicatorSummary::nameVi)
                .findFirst().orElseThrow();
    }

    @Test
    void a_catalogue_change_made_elsewhere_is_seen_once_counted() throws Exception {
        String before = nameOf("CDT_TEAMS");
        try {
            jdbc.update("update indicator set name_vi = ? where code = 'CDT_TEAMS'", "Tổ CNS (đổi ở máy khác)");
            assertThat(nameOf("CDT_TEAMS")).as("not counted: the kept copy").isEqualTo(before);
            count("catalogue");
            assertThat(nameOf("CDT_TEAMS")).isEqualTo("Tổ CNS (đổi ở máy khác)");
        } finally {
            jdbc.update("update indicator set name_vi = ? where code = 'CDT_TEAMS'", before);
            count("catalogue");
        }
    }

    @Test
    void a_units_change_made_elsewhere_is_seen_once_counted() throws Exception {
        long id = jdbc.queryForObject("select id from administrative_unit where code = '243'", Long.class);
        String before = hierarchy.find(id).orElseThrow().name();
        try {
            jdbc.update("update administrative_unit set name = ? where id = ?", "Thành phố Vĩnh Yên (mới)", id);
            assertThat(hierarchy.find(id).orElseThrow().name()).isEqualTo(before);
            count("hierarchy");
            assertThat(hierarchy.find(id).orElseThrow().name()).isEqualTo("Thành phố Vĩnh Yên (mới)");
        } finally {
            jdbc.update("update administrative_unit set name = ? where id = ?", before, id);
            count("hierarchy");
        }
    }

    @Test
    void an_account_disabled_elsewhere_is_refused_once_counted() throws Exception {
        mvc.perform(get(VALUE_PATH).with(httpBasic("lanhdao", DEMO_PASSWORD))).andExpect(status().isOk());
        try {
            jdbc.update("update user_account set enabled = false where username = 'lanhdao'");
            count("accounts");
            mvc.perform(get(VALUE_PATH).with(httpBasic("lanhdao", DEMO_PASSWORD)))
                    .andExpect(status().isUnauthorized());
        } finally {
            jdbc.update("update user_account set enabled = true where username = 'lanhdao'");
            count("accounts");
        }
        mvc.perform(get(VALUE_PATH).with(httpBasic("lanhdao", DEMO_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void a_writing_transaction_reads_the_tables_with_its_own_uncommitted_change() {
        long id = jdbc.queryForObject("select id from administrative_unit where code = '244'", Long.class);
        String before = hierarchy.find(id).orElseThrow().name();
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(t -> {
            jdbc.update("update administrative_unit set name = ? where id = ?", "Thành phố Phúc Yên (chưa lưu)", id);
            assertThat(hierarchy.find(id).orElseThrow().name()).isEqualTo("Thành phố Phúc Yên (chưa lưu)");
            t.setRollbackOnly();
        });
        assertThat(hierarchy.find(id).orElseThrow().name()).isEqualTo(before);
    }
}
