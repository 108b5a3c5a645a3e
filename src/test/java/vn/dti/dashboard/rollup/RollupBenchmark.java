package vn.dti.dashboard.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dti.dashboard.benchmark.NationalScaleGenerator;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.UnitLevel;
import vn.dti.dashboard.reporting.FormEntry;
import vn.dti.dashboard.reporting.SubmissionAccepted;
import vn.dti.dashboard.reporting.SubmissionService;
import vn.dti.dashboard.reporting.SubmissionsAccepted;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.period.ReportingPeriod;
import vn.dti.dashboard.targets.TargetService;

/**
 * Issue 5's benchmark at national scale on the embedded H2 file database: 34 provinces × 20 districts × 15
 * communes (10,200 communes), 40 indicators, 60 months (about 24 M values, 3 % of commune-months missing),
 * written by the seeded generator straight into the tables. Measures the full rebuild (time, database
 * size), the province overview (every headline KPI of one province and month, with status) against a plain
 * GROUP BY over the raw values, and the update after one commune's report. Writes
 * {@code target/benchmarks/rollup.txt}. Run: {@code ./mvnw -B -Pbenchmark test -Dtest=RollupBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"dti.demo-data=false", "logging.level.root=WARN", "dti.cache.check-interval=1s"})
class RollupBenchmark {

    static final Path DATA_DIR = vn.dti.dashboard.benchmark.BenchmarkRecord.dataDirectory("dti-rollup-benchmark");
    static final String PASSWORD = "bench-Pa55-word";
    /** The overview's cards (issue 6): e-ID, online dossiers, community teams, signatures, feedback. */
    static final List<String> HEADLINE = List.of("EID_ACTIVATED", "EID_ACTIVATION_RATE", "DOSSIERS_ONLINE_RATE",
            "DOSSIERS_ONLINE_FULL_RATE", "CDT_TEAMS", "CDT_MEMBERS", "CDT_HAMLET_COVERAGE_RATE",
            "OFFICIAL_DIGSIG_RATE", "FEEDBACK_ON_TIME_RATE", "HOUSEHOLD_FTTH_RATE");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("dti.data-dir", DATA_DIR::toString);
        registry.add("dti.admin-password", () -> PASSWORD);
    }

    /** 5 GB of benchmark data must not outlive the run (an open database file is removed when it closes). */
    @org.junit.jupiter.api.AfterAll
    static void removeData() throws IOException {
        try (Stream<Path> files = Files.walk(DATA_DIR)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IndicatorService indicators;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    RollupEngine engine;
    @Autowired
    RollupService rollups;
    @Autowired
    SubmissionService submissions;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    TargetService targets;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void national_scale() throws Exception {
        List<IndicatorSummary> catalogue = indicators.catalogue();
        List<IndicatorSummary> reported = new ArrayList<>(catalogue.stream()
                .filter(i -> i.levels().contains(UnitLevel.COMMUNE) && !i.isRatioOfCounts()).toList());
        catalogue.stream().filter(i -> i.levels().contains(UnitLevel.COMMUNE) && i.isRatioOfCounts())
                .limit(Math.max(0, 40 - reported.size())).forEach(reported::add);
        List<IndicatorSummary> forty = reported.subList(0, Math.min(40, reported.size()));
        assertThat(forty).hasSize(40);
        NationalScaleGenerator.Settings settings = new NationalScaleGenerator.Settings(34, 20, 15,
                YearMonth.of(2021, 1), 60, NationalScaleGenerator.kinds(forty, catalogue), 0.03, 42);

        long start = System.nanoTime();
        NationalScaleGenerator.Written written = new NationalScaleGenerator(dataSource).generate(settings);
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        record("Generated %d units, %d reports, %d values in %.0f s".formatted(written.units(), written.submissions(),
                written.values(), generateSeconds));
        // The units were written past the app, straight into the table: tell it as a units import would.
        events.publishEvent(new vn.dti.dashboard.hierarchy.HierarchyChanged(written.units(), 0));

        start = System.nanoTime();
        int rows = engine.rebuild();
        double rebuildSeconds = (System.nanoTime() - start) / 1e9;
        jdbc.execute("checkpoint sync");
        record("Full rebuild: %d rollup rows in %.0f s; database file %d MB".formatted(rows, rebuildSeconds,
                databaseBytes() / (1024 * 1024)));

        signIn();
        SplittableRandom random = new SplittableRandom(7);
        List<Long> overview = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        int statusCount = 0;
        for (int run = 0; run < 70; run++) {
            String province = String.format(Locale.ROOT, "P%02d", 1 + random.nextInt(34));
            String month = YearMonth.of(2021, 1).plusMonths(random.nextInt(60)).toString();
            long t0 = System.nanoTime();
            List<RolledValue> cards = rollups.values(HEADLINE, province, month);
            long provinceId = hierarchy.findInForce(province, YearMonth.parse(month).atEndOfMonth()).orElseThrow().id();
            int statuses = 0;
            for (RolledValue card : cards) {
                statuses += targets.check(card.indicator(), provinceId, ReportingPeriod.parse(month), card.value())
                        == null ? 0 : 1;
            }
            long t1 = System.nanoTime();
            statusCount += statuses;
            Map<String, BigDecimal> plain = groupBy(province, month);
            long t2 = System.nanoTime();
            if (run >= 20) {
                overview.add(t1 - t0);
                baseline.add(t2 - t1);
            }
            if (run == 20) {
                checkAgainstBaseline(cards, plain);
            }
        }
        record(("Province overview (%d headline KPIs of one province and month, %d queries after 20 warm-ups): "
                + "p50 %.1f ms, p95 %.1f ms; plain GROUP BY over the raw values: p50 %.1f ms, p95 %.1f ms; "
                + "ratio %.1f×; %d statuses against targets").formatted(HEADLINE.size(), overview.size(), percentile(overview, 50),
                        percentile(overview, 95), percentile(baseline, 50), percentile(baseline, 95),
                        percentile(baseline, 50) / percentile(overview, 50), statusCount));

        List<Long> updates = new ArrayList<>();
        List<Long> submits = new ArrayList<>();
        for (int run = 0; run < 25; run++) {
            String commune = String.format(Locale.ROOT, "P%02dD%02dC%02d", 1 + random.nextInt(34),
                    1 + random.nextInt(20), 1 + random.nextInt(15));
            String month = YearMonth.of(2025, 1).plusMonths(random.nextInt(12)).toString();
            Map<String, BigDecimal> values = new HashMap<>();
            values.put("CDT_TEAMS", BigDecimal.valueOf(5 + random.nextInt(20)));
            values.put("DOSSIERS_RECEIVED", BigDecimal.valueOf(2_000 + random.nextInt(500)));
            values.put("DOSSIERS_RECEIVED_ONLINE", BigDecimal.valueOf(1_000 + random.nextInt(500)));
            signIn();
            long t0 = System.nanoTime();
            var receipt = submissions.submitForm(new FormEntry(commune, month, values), Messages.VIETNAMESE);
            long t1 = System.nanoTime();
            var accepted = receipt.submissions().getFirst();
            long unitId = hierarchy.findInForce(commune, YearMonth.parse(month).atEndOfMonth()).orElseThrow().id();
            // The rollup update alone, as the listener runs it after the commit.
            long t2 = System.nanoTime();
            engine.on(new SubmissionsAccepted(List.of(new SubmissionAccepted(accepted.id(), unitId, commune, month,
                    accepted.version(), values.keySet().stream().sorted().toList()))));
            long t3 = System.nanoTime();
            if (run >= 5) {
                submits.add(t1 - t0);
                updates.add(t3 - t2);
            }
        }
        record(("Update after one commune's report (%d runs after 5 warm-ups): rollup update median %.1f ms; "
                + "the whole submission (checks, store, rollup) median %.1f ms").formatted(updates.size(),
                        percentile(updates, 50), percentile(submits, 50)));
        security.clearContext();
    }

    void signIn() {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    /**
     * The baseline: every headline KPI's parts summed straight from the raw values of the province's communes
     * in the month (ignoring versions, which favours the baseline: the generator writes one version each).
     */
    Map<String, BigDecimal> groupBy(String province, String month) {
        List<String> codes = new ArrayList<>();
        Map<String, IndicatorSummary> byCode = new HashMap<>();
        indicators.catalogue().forEach(i -> byCode.put(i.code(), i));
        for (String code : HEADLINE) {
            IndicatorSummary i = byCode.get(code);
            codes.add(code);
            if (i.isRatioOfCounts()) {
                codes.add(i.numeratorCode());
                codes.add(i.denominatorCode());
            }
        }
        String path = jdbc.queryForObject("select path from administrative_unit where code = ?", String.class, province);
        Map<String, BigDecimal> sums = new HashMap<>();
        jdbc.query("select v.indicator_code, sum(v.amount) from report_value v join submission s on s.id = "
                + "v.submission_id join administrative_unit u on u.id = s.unit_id where u.path like ? and s.period = ? "
                + "and v.indicator_code in (" + String.join(",", codes.stream().map(c -> "'" + c + "'").toList())
                + ") group by v.indicator_code", rs -> {
                    sums.put(rs.getString(1), rs.getBigDecimal(2));
                }, path + "%", month);
        return sums;
    }

    /** The two ways agree on every summed count (ratios need both parts, so compare the parts). */
    void checkAgainstBaseline(List<RolledValue> cards, Map<String, BigDecimal> plain) {
        int checked = 0;
        for (RolledValue card : cards) {
            if (card.numerator() != null && card.denominator() != null) {
                IndicatorSummary i = indicators.catalogue().stream().filter(x -> x.code().equals(card.indicator()))
                        .findFirst().orElseThrow();
                assertThat(card.numerator()).isEqualByComparingTo(plain.get(i.numeratorCode()));
                assertThat(card.denominator()).isEqualByComparingTo(plain.get(i.denominatorCode()));
                checked++;
            } else if (card.value() != null && plain.containsKey(card.indicator())) {
                assertThat(card.value()).isEqualByComparingTo(plain.get(card.indicator()));
                checked++;
            }
        }
        assertThat(checked).as("cards compared with the plain GROUP BY").isGreaterThanOrEqualTo(3);
    }

    long databaseBytes() throws IOException {
        try (Stream<Path> files = Files.walk(DATA_DIR)) {
            return files.filter(p -> p.toString().endsWith(".mv.db")).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    void record(String line) throws IOException {
        vn.dti.dashboard.benchmark.BenchmarkRecord.write("rollup.txt", line);
    }
}
