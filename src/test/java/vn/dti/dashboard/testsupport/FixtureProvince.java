package vn.dti.dashboard.testsupport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dti.dashboard.hierarchy.UnitImportService;
import vn.dti.dashboard.reporting.FormEntry;
import vn.dti.dashboard.reporting.SubmissionService;
import vn.dti.dashboard.shared.Messages;

/**
 * A small province whose every figure is worked out by hand in the rollup and dashboard tests. T0
 * (province) has two districts, TD1 (communes TC11, TC12, TC13) and TD2 (TC21, TC22, TC23), and a department
 * TS1. Indicators: two flows, DOSSIERS_RECEIVED (R) and DOSSIERS_RECEIVED_ONLINE (O), the ratio
 * DOSSIERS_ONLINE_RATE = O / R × 100, and a stock, CDT_TEAMS (T; communes, districts and the province report
 * it, departments do not).
 *
 * <pre>
 *             Jan 2024            Feb 2024            Mar 2024
 *   TC11      R100 O40  T5        R120 O60 T6         R110 O55 T6
 *   TC12      R200 O50  T8        —                   R180 O90 T9
 *   TC13      never reports
 *   TC21      R50  O10  T3        R60  O30 T3         R70  O35 T4   (March's report arrives late: 9 April)
 *   TC22      —                   —                   R40  O20 T2
 *   TC23      —                   —                   T1 only
 *   TD1 own   —                   —                   R30  O30      (the district's own one-stop shop)
 *   TS1       —                   —                   R500 O400
 * </pre>
 * Every March report arrives on 3 April (on time against day 5) except TC21's; January's and February's on the
 * 3rd of the next month.
 */
public final class FixtureProvince {

    private final UnitImportService units;
    private final SubmissionService submissions;
    private final JdbcTemplate jdbc;
    private final Runnable signInAsAdmin;

    /** @param signInAsAdmin signs the thread in as an administrator (a MockMvc call clears it) */
    public FixtureProvince(UnitImportService units, SubmissionService submissions, JdbcTemplate jdbc,
            Runnable signInAsAdmin) {
        this.units = units;
        this.submissions = submissions;
        this.jdbc = jdbc;
        this.signInAsAdmin = signInAsAdmin;
    }

    /** Loads the units and the reports of the table above, with their arrival times; the caller rebuilds rollups. */
    public void load() {
        signInAsAdmin.run();
        units.importFile("fixture.csv", """
                code,name,level,parent_code
                T0,Tỉnh Thử,province,
                TD1,Huyện Một,district,T0
                TD2,Huyện Hai,district,T0
                TS1,Sở Thử,department,T0
                TC11,Xã Một Một,commune,TD1
                TC12,Xã Một Hai,commune,TD1
                TC13,Xã Một Ba,commune,TD1
                TC21,Xã Hai Một,commune,TD2
                TC22,Xã Hai Hai,commune,TD2
                TC23,Xã Hai Ba,commune,TD2
                """.getBytes(StandardCharsets.UTF_8));
        report("TC11", "2024-01", "R", 100, "O", 40, "T", 5);
        report("TC11", "2024-02", "R", 120, "O", 60, "T", 6);
        report("TC11", "2024-03", "R", 110, "O", 55, "T", 6);
        report("TC12", "2024-01", "R", 200, "O", 50, "T", 8);
        report("TC12", "2024-03", "R", 180, "O", 90, "T", 9);
        report("TC21", "2024-01", "R", 50, "O", 10, "T", 3);
        report("TC21", "2024-02", "R", 60, "O", 30, "T", 3);
        report("TC21", "2024-03", "R", 70, "O", 35, "T", 4);
        report("TC22", "2024-03", "R", 40, "O", 20, "T", 2);
        report("TC23", "2024-03", "T", 1);
        report("TD1", "2024-03", "R", 30, "O", 30);
        report("TS1", "2024-03", "R", 500, "O", 400);
        // Arrival times: the 3rd of the next month, 09:00 in Vietnam; TC21's March report on 9 April.
        jdbc.update("update submission set submitted_at = ? where period = '2024-01'", at(2024, 2, 3));
        jdbc.update("update submission set submitted_at = ? where period = '2024-02'", at(2024, 3, 3));
        jdbc.update("update submission set submitted_at = ? where period = '2024-03'", at(2024, 4, 3));
        jdbc.update("update submission set submitted_at = ? where period = '2024-03' and unit_code = 'TC21'",
                at(2024, 4, 9));
    }

    /** R, O and T stand for the three reported indicators. */
    public void report(String unit, String month, Object... letterAndValue) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < letterAndValue.length; i += 2) {
            String code = switch ((String) letterAndValue[i]) {
                case "R" -> "DOSSIERS_RECEIVED";
                case "O" -> "DOSSIERS_RECEIVED_ONLINE";
                case "T" -> "CDT_TEAMS";
                default -> throw new IllegalArgumentException();
            };
            values.put(code, new BigDecimal(letterAndValue[i + 1].toString()));
        }
        signInAsAdmin.run();
        submissions.submitForm(new FormEntry(unit, month, values), Messages.VIETNAMESE);
    }

    public static OffsetDateTime at(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    }
}
