package vn.dti.dashboard.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Writes a synthetic country straight into the tables with JDBC batches, for the rollup benchmark: provinces
 * of districts of communes (timeless, no mergers), and every commune's monthly report as one submission
 * (version 1) with a value per indicator. Seeded, so the same settings give the same rows, and fast enough
 * for national scale (34 × 20 × 15 communes × 40 indicators × 60 months ≈ 24 M values) because it skips the
 * upload path on purpose: the benchmark measures the rollups, not the import.
 *
 * <p>Figures are plausible: counts keep every numerator below its denominator, stocks grow month by month,
 * flows vary, percentages lie between 20 and 80, and a share of commune-months is not reported at all
 * (missing, not zero). Submission times fall between the 1st and the 10th of the next month, so some are
 * late against a day-5 deadline.
 */
public final class NationalScaleGenerator {

    /**
     * What to generate.
     *
     * @param indicators  commune-level indicators: code → kind
     * @param missingRate share of commune-months with no report
     */
    public record Settings(int provinces, int districtsPerProvince, int communesPerDistrict, YearMonth firstMonth,
            int months, Map<String, Kind> indicators, double missingRate, long seed) {

        int communes() {
            return provinces * districtsPerProvince * communesPerDistrict;
        }
    }

    /** How an indicator's figures behave. {@code rank} orders denominators above their numerators. */
    public record Kind(boolean percent, boolean stock, int rank) {
    }

    /** What was written. */
    public record Written(int units, int submissions, long values, long firstUnitId) {
    }

    private static final int BATCH = 5_000;

    /**
     * Kinds for catalogue indicators: percentages as reported percentages, stocks by their time rule, and each
     * denominator a rank above the largest rank of its numerators.
     */
    public static Map<String, Kind> kinds(List<vn.dti.dashboard.indicators.IndicatorSummary> indicators,
            List<vn.dti.dashboard.indicators.IndicatorSummary> catalogue) {
        Map<String, Integer> ranks = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var ratio : catalogue) {
                if (ratio.isRatioOfCounts()) {
                    int wanted = ranks.getOrDefault(ratio.numeratorCode(), 0) + 1;
                    if (ranks.getOrDefault(ratio.denominatorCode(), 0) < wanted) {
                        ranks.put(ratio.denominatorCode(), wanted);
                        changed = true;
                    }
                }
            }
        }
        Map<String, Kind> kinds = new HashMap<>();
        for (var indicator : indicators) {
            kinds.put(indicator.code(), new Kind("percent".equals(indicator.unit()),
                    indicator.aggTime() == vn.dti.dashboard.indicators.TimeAggregation.LAST_VALUE_FOR_STOCKS,
                    ranks.getOrDefault(indicator.code(), 0)));
        }
        return kinds;
    }

    private final DataSource dataSource;

    public NationalScaleGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Written generate(Settings settings) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Written written = write(connection, settings);
                connection.commit();
                restartIdentities(connection);
                connection.commit();
                return written;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private Written write(Connection connection, Settings settings) throws SQLException {
        long unitId = nextId(connection, "administrative_unit");
        long firstUnitId = unitId;
        long submissionId = nextId(connection, "submission");
        long valueId = nextId(connection, "report_value");
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<Map.Entry<String, Kind>> indicators = settings.indicators().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList();
        int units = 0;
        int submissions = 0;
        long values = 0;
        try (PreparedStatement unit = connection.prepareStatement("insert into administrative_unit (id, code, "
                + "name, unit_level, parent_id, valid_from, valid_to, path, depth) values (?, ?, ?, ?, ?, null, null, ?, ?)");
                PreparedStatement submission = connection.prepareStatement("insert into submission (id, unit_id, "
                        + "unit_code, period, version, submitted_by, submitted_at, channel, values_count, "
                        + "warnings_count) values (?, ?, ?, ?, 1, 'generator', ?, 'API', ?, 0)");
                PreparedStatement value = connection.prepareStatement("insert into report_value (id, submission_id, "
                        + "indicator_code, amount) values (?, ?, ?, ?)")) {
            for (int p = 1; p <= settings.provinces(); p++) {
                long provinceId = unitId++;
                String provinceCode = String.format(Locale.ROOT, "P%02d", p);
                addUnit(unit, provinceId, provinceCode, "Tỉnh " + p, "province", null, "/" + provinceId + "/", 0);
                units++;
                for (int d = 1; d <= settings.districtsPerProvince(); d++) {
                    long districtId = unitId++;
                    String districtCode = provinceCode + String.format(Locale.ROOT, "D%02d", d);
                    String districtPath = "/" + provinceId + "/" + districtId + "/";
                    addUnit(unit, districtId, districtCode, "Huyện " + p + "." + d, "district", provinceId,
                            districtPath, 1);
                    units++;
                    for (int c = 1; c <= settings.communesPerDistrict(); c++) {
                        long communeId = unitId++;
                        String communeCode = districtCode + String.format(Locale.ROOT, "C%02d", c);
                        addUnit(unit, communeId, communeCode, "Xã " + p + "." + d + "." + c, "commune", districtId,
                                districtPath + communeId + "/", 2);
                        units++;
                        // A commune's size scales all its counts, so communes differ as real ones do.
                        double size = 0.5 + random.nextDouble() * 1.5;
                        Map<String, Double> stock = new HashMap<>();
                        for (int m = 0; m < settings.months(); m++) {
                            if (random.nextDouble() < settings.missingRate()) {
                                continue;
                            }
                            YearMonth month = settings.firstMonth().plusMonths(m);
                            long id = submissionId++;
                            submission.setLong(1, id);
                            submission.setLong(2, communeId);
                            submission.setString(3, communeCode);
                            submission.setString(4, month.toString());
                            submission.setObject(5, OffsetDateTime.of(month.plusMonths(1).atDay(1 + random.nextInt(10))
                                    .atTime(8 + random.nextInt(9), random.nextInt(60)), ZoneOffset.ofHours(7)));
                            submission.setInt(6, indicators.size());
                            submission.addBatch();
                            submissions++;
                            for (Map.Entry<String, Kind> indicator : indicators) {
                                value.setLong(1, valueId++);
                                value.setLong(2, id);
                                value.setString(3, indicator.getKey());
                                value.setBigDecimal(4, figure(indicator.getValue(), indicator.getKey(), size, m,
                                        stock, random));
                                value.addBatch();
                                if (++values % BATCH == 0) {
                                    // Units, then submissions, then values: each row's foreign key needs the one before.
                                    unit.executeBatch();
                                    submission.executeBatch();
                                    value.executeBatch();
                                }
                            }
                        }
                    }
                }
                // A province per transaction: one transaction of 24 M rows would keep an undo log as large as
                // the data.
                unit.executeBatch();
                submission.executeBatch();
                value.executeBatch();
                connection.commit();
            }
            unit.executeBatch();
            submission.executeBatch();
            value.executeBatch();
        }
        return new Written(units, submissions, values, firstUnitId);
    }

    /**
     * Each rank doubles the level, and figures stay between 60 % (stocks) or 75 % (flows) and 100 % of their
     * level, so a denominator (a rank above its numerators) is always the larger. Stocks grow by up to 2 % a
     * month; flows vary month by month.
     */
    private static BigDecimal figure(Kind kind, String code, double size, int month, Map<String, Double> stock,
            SplittableRandom random) {
        if (kind.percent()) {
            return BigDecimal.valueOf(2_000 + random.nextInt(6_000), 2);
        }
        double level = 1_000 * size * (1 << kind.rank());
        if (kind.stock()) {
            double previous = stock.getOrDefault(code, level * 0.6);
            double next = Math.min(level, previous * (1 + random.nextDouble() * 0.02));
            stock.put(code, next);
            return BigDecimal.valueOf(Math.round(next));
        }
        return BigDecimal.valueOf(Math.round(level * (0.75 + random.nextDouble() * 0.25)));
    }

    private static void addUnit(PreparedStatement unit, long id, String code, String name, String level,
            Long parentId, String path, int depth) throws SQLException {
        unit.setLong(1, id);
        unit.setString(2, code);
        unit.setString(3, name);
        unit.setString(4, level);
        if (parentId == null) {
            unit.setNull(5, java.sql.Types.BIGINT);
        } else {
            unit.setLong(5, parentId);
        }
        unit.setString(6, path);
        unit.setInt(7, depth);
        unit.addBatch();
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rs = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Explicit ids leave the identity columns behind; the app's own inserts must continue after them. */
    private static void restartIdentities(Connection connection) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
        for (String table : List.of("administrative_unit", "submission", "report_value")) {
            long next = nextId(connection, table);
            try (Statement statement = connection.createStatement()) {
                if (postgres) {
                    statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next
                            + ", false)");
                } else {
                    statement.execute("alter table " + table + " alter column id restart with " + next);
                }
            }
        }
    }
}
