package vn.dti.dashboard.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.dti.dashboard.reporting.FormEntry;
import vn.dti.dashboard.reporting.SubmissionService;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * Rollups on the demo province: the province's figures equal a sum written straight in SQL over the stored
 * reports, and the hierarchy of each month decides where a commune's figures go (Vĩnh Phúc's districts until
 * 30 June 2025, Phú Thọ's communes directly under the province from 1 July).
 */
class RollupDemoTest extends IntegrationTest {

    @Autowired
    RollupService rollups;
    @Autowired
    SubmissionService submissions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    /** Figures are read by a signed-in user (a REPORTER only for its units); the administrator reads all. */
    @BeforeEach
    void signIn() {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    /**
     * The independent check: for each unit in force under the province at the month's end, the value of the
     * newest version that carries the indicator, summed.
     */
    BigDecimal sumFromStoredReports(String unitCode, String month, String indicator) {
        String end = java.time.YearMonth.parse(month).atEndOfMonth().toString();
        String path = jdbc.queryForObject("select path from administrative_unit where code = ? and (valid_from is null "
                + "or valid_from <= cast(? as date)) and (valid_to is null or valid_to >= cast(? as date))",
                String.class, unitCode, end, end);
        return jdbc.queryForObject("""
                select coalesce(sum(v.amount), 0) from report_value v
                join submission s on s.id = v.submission_id
                join administrative_unit u on u.id = s.unit_id
                where s.period = ? and v.indicator_code = ? and u.path like ?
                  and (u.valid_from is null or u.valid_from <= cast(? as date))
                  and (u.valid_to is null or u.valid_to >= cast(? as date))
                  and s.version = (select max(s2.version) from submission s2
                                   join report_value v2 on v2.submission_id = s2.id
                                   where s2.unit_id = s.unit_id and s2.period = s.period
                                     and v2.indicator_code = v.indicator_code)
                """, BigDecimal.class, month, indicator, path + "%", end, end);
    }

    @Test
    void the_province_figure_of_the_demo_month_equals_the_sum_of_the_stored_reports() {
        BigDecimal received = sumFromStoredReports("26", "2024-12", "DOSSIERS_RECEIVED");
        BigDecimal online = sumFromStoredReports("26", "2024-12", "DOSSIERS_RECEIVED_ONLINE");
        assertThat(received).isPositive();

        RolledValue rate = rollups.value("DOSSIERS_ONLINE_RATE", "26", "2024-12");

        assertThat(rate.denominator()).isEqualByComparingTo(received);
        assertThat(rate.numerator()).isEqualByComparingTo(online);
        assertThat(rate.value()).isEqualByComparingTo(online.multiply(BigDecimal.valueOf(100))
                .divide(received, 2, RoundingMode.HALF_UP));
        // The districts' figures add up to the province's, with the departments' own.
        BigDecimal children = rollups.breakdown("DOSSIERS_RECEIVED", "26", "2024-12").stream()
                .map(RolledValue::value).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(children).isEqualByComparingTo(received);
        // 136 communes and 6 departments are expected to report dossiers.
        assertThat(rollups.value("DOSSIERS_RECEIVED", "26", "2024-12").expectedUnits()).isEqualTo(142);
    }

    @Test
    void a_commune_rolls_through_its_district_in_june_2025_and_straight_to_the_new_province_in_july() {
        // 08707 is Phường Tích Sơn (under Vĩnh Yên city, Vĩnh Phúc) until 30 June 2025, then the code of the
        // new Phường Vĩnh Yên directly under Phú Thọ.
        submissions.submitForm(new FormEntry("08707", "2025-06", Map.of("EID_ACTIVATED", new BigDecimal("4100"))),
                Messages.VIETNAMESE);
        submissions.submitForm(new FormEntry("08707", "2025-07", Map.of("EID_ACTIVATED", new BigDecimal("9800"))),
                Messages.VIETNAMESE);

        // Other tests may have stored figures of these months too: compare with the stored reports, which
        // include this commune's.
        BigDecimal district = sumFromStoredReports("243", "2025-06", "EID_ACTIVATED");
        assertThat(district).isGreaterThanOrEqualTo(new BigDecimal("4100"));
        assertThat(rollups.value("EID_ACTIVATED", "243", "2025-06").value()).isEqualByComparingTo(district);
        assertThat(rollups.value("EID_ACTIVATED", "26", "2025-06").value())
                .isEqualByComparingTo(sumFromStoredReports("26", "2025-06", "EID_ACTIVATED"));
        assertThat(rollups.value("EID_ACTIVATED", "25", "2025-07").value())
                .isEqualByComparingTo(sumFromStoredReports("25", "2025-07", "EID_ACTIVATED"));
        // Phú Thọ's children in July 2025: the 36 communes that replaced Vĩnh Phúc's, and 4 departments.
        assertThat(rollups.breakdown("EID_ACTIVATED", "25", "2025-07")).hasSize(40)
                .filteredOn(v -> v.unit().equals("08707")).singleElement()
                .satisfies(v -> {
                    assertThat(v.unitName()).isEqualTo("Phường Vĩnh Yên");
                    assertThat(v.value()).isEqualByComparingTo("9800");
                });
        // No district exists any more, and Vĩnh Phúc is gone.
        assertThatThrownBy(() -> rollups.value("EID_ACTIVATED", "243", "2025-07")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> rollups.value("EID_ACTIVATED", "26", "2025-07")).isInstanceOf(ApiException.class);
        // The second half of 2025 stands at July for a stock.
        RolledValue half = rollups.value("EID_ACTIVATED", "08707", "2025-H2");
        assertThat(half.value()).isEqualByComparingTo("9800");
        assertThat(half.asOfMonth()).isEqualTo("2025-07");
    }
}
