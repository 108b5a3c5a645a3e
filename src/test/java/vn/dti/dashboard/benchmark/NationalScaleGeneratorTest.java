package vn.dti.dashboard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.dti.dashboard.benchmark.NationalScaleGenerator.Kind;
import vn.dti.dashboard.benchmark.NationalScaleGenerator.Settings;

/** The benchmark's data generator, at a size whose every row can be counted by hand. */
class NationalScaleGeneratorTest {

    SingleConnectionDataSource dataSource;
    JdbcTemplate jdbc;

    /** A flow and its denominator (a rank above), a stock, and a reported percentage. */
    static final Map<String, Kind> INDICATORS = Map.of("DOSSIERS_RECEIVED_ONLINE", new Kind(false, false, 0),
            "DOSSIERS_RECEIVED", new Kind(false, false, 1), "CDT_TEAMS", new Kind(false, true, 0),
            "DOSSIERS_ONLINE_RATE", new Kind(true, false, 0));

    /**
     * One connection for the migrations and the test: H2 keeps the session that created a check constraint
     * with it, and a constraint created by a closed session fails every insert ("database has been closed").
     */
    @BeforeEach
    void emptySchema() {
        if (dataSource != null) {
            dataSource.destroy();
        }
        dataSource = new SingleConnectionDataSource("jdbc:h2:mem:generator-" + System.nanoTime(), "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    Settings settings(double missingRate, long seed) {
        return new Settings(2, 2, 3, YearMonth.of(2024, 11), 3, INDICATORS, missingRate, seed);
    }

    @Test
    void writes_every_unit_and_every_commune_month_with_a_value_per_indicator() throws Exception {
        NationalScaleGenerator.Written written = new NationalScaleGenerator(dataSource).generate(settings(0, 7));

        // 2 provinces + 2 × 2 districts + 2 × 2 × 3 communes; 12 communes × 3 months; 36 reports × 4 values.
        assertThat(written.units()).isEqualTo(18);
        assertThat(written.submissions()).isEqualTo(36);
        assertThat(written.values()).isEqualTo(144);
        assertThat(jdbc.queryForList("select unit_level, count(*) c from administrative_unit group by unit_level "
                + "order by unit_level")).extracting(r -> r.get("UNIT_LEVEL") + "=" + r.get("C"))
                .containsExactly("commune=12", "district=4", "province=2");
        assertThat(jdbc.queryForObject("select count(*) from report_value", Long.class)).isEqualTo(144);
        assertThat(jdbc.queryForList("select distinct period from submission order by period", String.class))
                .containsExactly("2024-11", "2024-12", "2025-01");
        // A commune's path runs through its district to its province.
        assertThat(jdbc.queryForObject("select path from administrative_unit where code = 'P02D01C03'",
                String.class)).isEqualTo("/%d/%d/%d/".formatted(id("P02"), id("P02D01"), id("P02D01C03")));
    }

    @Test
    void numerators_stay_below_their_denominators_and_stocks_never_fall() throws Exception {
        new NationalScaleGenerator(dataSource).generate(settings(0, 11));

        assertThat(jdbc.queryForObject("select count(*) from report_value n join report_value d on "
                + "d.submission_id = n.submission_id and d.indicator_code = 'DOSSIERS_RECEIVED' "
                + "where n.indicator_code = 'DOSSIERS_RECEIVED_ONLINE' and n.amount > d.amount", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from report_value v join submission s on s.id = "
                + "v.submission_id join submission e on e.unit_id = s.unit_id and e.period < s.period "
                + "join report_value w on w.submission_id = e.id and w.indicator_code = v.indicator_code "
                + "where v.indicator_code = 'CDT_TEAMS' and v.amount < w.amount", Integer.class)).isZero();
        assertThat(jdbc.queryForList("select amount from report_value where indicator_code = "
                + "'DOSSIERS_ONLINE_RATE'", BigDecimal.class)).allSatisfy(rate -> assertThat(rate)
                        .isBetween(new BigDecimal("20"), new BigDecimal("80")));
    }

    @Test
    void the_same_seed_gives_the_same_rows_and_missing_months_are_left_out() throws Exception {
        NationalScaleGenerator.Written written = new NationalScaleGenerator(dataSource).generate(settings(0.25, 3));
        List<Map<String, Object>> first = jdbc.queryForList("select s.unit_code, s.period, v.indicator_code, "
                + "v.amount from report_value v join submission s on s.id = v.submission_id order by 1, 2, 3");
        assertThat(written.submissions()).isLessThan(36).isGreaterThan(0);

        emptySchema();
        new NationalScaleGenerator(dataSource).generate(settings(0.25, 3));
        assertThat(jdbc.queryForList("select s.unit_code, s.period, v.indicator_code, v.amount from report_value v "
                + "join submission s on s.id = v.submission_id order by 1, 2, 3")).isEqualTo(first);
    }

    @Test
    void the_app_inserts_after_the_generated_rows() throws Exception {
        NationalScaleGenerator.Written written = new NationalScaleGenerator(dataSource).generate(settings(0, 5));

        jdbc.update("insert into submission (unit_id, unit_code, period, version, submitted_by, submitted_at, "
                + "channel, values_count, warnings_count) values (?, 'P01D01C01', '2025-02', 1, 'admin', "
                + "current_timestamp, 'FORM', 0, 0)", id("P01D01C01"));
        assertThat(jdbc.queryForObject("select max(id) from submission", Long.class))
                .isEqualTo(written.submissions() + 1L);
    }

    @AfterEach
    void close() {
        dataSource.destroy();
    }

    long id(String code) {
        return jdbc.queryForObject("select id from administrative_unit where code = ?", Long.class, code);
    }
}
