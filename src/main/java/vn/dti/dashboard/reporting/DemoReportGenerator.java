package vn.dti.dashboard.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.hierarchy.UnitLevel;
import vn.dti.dashboard.hierarchy.UnitRef;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.Pillar;
import vn.dti.dashboard.indicators.TimeAggregation;
import vn.dti.dashboard.reporting.DemoWorkbook.DemoReport;
import vn.dti.dashboard.reporting.spreadsheet.ReportSheet;
import vn.dti.dashboard.reporting.spreadsheet.ReportTemplateWriter;
import vn.dti.dashboard.reporting.spreadsheet.UnitMatrixSheet;
import vn.dti.dashboard.reporting.spreadsheet.UnitReportSheet;
import vn.dti.dashboard.reporting.spreadsheet.UnitReportSheet.Kind;
import vn.dti.dashboard.reporting.spreadsheet.UnitReportSheet.Line;

/**
 * The demo province's monthly reports: for each month, every commune, district and department in force on its
 * first day (the 2025-01-01 mergers included) sends a workbook in the style its office uses, as the real
 * offices of Vĩnh Phúc would have from July 2023 to June 2025, the last 24 months before the 2025 reform.
 *
 * <p>Pure and deterministic: every figure, style, delay and gap is a function of a fixed seed, the unit and
 * the month, never of the order of generation, so the same hierarchy and catalogue always give the same
 * reports, and a smaller range gives exactly the same workbooks for its months.
 *
 * <h2>What is in it</h2>
 * <ul>
 * <li>Communes (population 5,000–25,000; a merged commune of 2025 is the sum of the ones it replaced) enter
 * the counts of their level, but not all every month: flows (dossiers, feedback, training) and the community
 * digital-technology teams every month, the slow stocks (households, hamlets, adults, smartphones) in the last
 * month of each quarter or when the office is diligent, pilot figures (digital addresses, payments, citizen-app
 * accounts) only where the pilot runs. Districts report only their own one-stop desk and staff, departments
 * their own desk, services, systems and staff; the province reports nothing of its own.</li>
 * <li>Trends: the online share of dossiers climbs from about 20 % towards the 50 % target, digitisation and
 * electronic results rise, e-ID activations climb from about 62 % to 90 % of registrations, team counts stay
 * put. Seasons: Tết (February 2024, January 2025) lowers dossier flows, December raises them.</li>
 * <li>Every numerator stays at or below its denominator, every stock stays or grows.</li>
 * <li>E-ID figures come only from the police's matrix of communes (never also in the communes' own reports).</li>
 * <li>Submissions: the police on the 1st of the following month, most offices by the 5th, about 10 % later,
 * about 3 % of unit-months never, and exactly one correction: Xã Vũ Di's December 2024 report, first sent
 * with a mistyped dossier total, then again corrected.</li>
 * </ul>
 */
final class DemoReportGenerator {

    /** Vietnamese units of measure, as the template writes them (the reporting bundle). */
    private static final java.util.Map<String, String> MEASURES_VI = vn.dti.dashboard.shared.Messages.loadAll("vi");

    static final YearMonth FIRST_MONTH = YearMonth.of(2023, 7);
    static final YearMonth LAST_MONTH = YearMonth.of(2025, 6);
    /** The police department, which sends the e-ID figures of every commune. */
    static final String POLICE = "26-CA";
    /** The one report that is sent twice: first with a typing error, then corrected. */
    static final String CORRECTED_UNIT = "09130";
    static final YearMonth CORRECTED_MONTH = YearMonth.of(2024, 12);
    static final List<String> EID = List.of("EID_REGISTERED", "EID_ACTIVATED");

    private static final long SEED = 0x5EED_2025_0701L;
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final double MISSING_SHARE = 0.03;

    /** Counts a commune enters every month. */
    private static final List<String> COMMUNE_MONTHLY = List.of("DOSSIERS_RECEIVED", "DOSSIERS_RECEIVED_ONLINE",
            "DOSSIERS_RECEIVED_ONLINE_FULL", "DOSSIERS_RESOLVED", "DOSSIERS_DIGITIZED", "RESULTS_RETURNED_ELECTRONIC",
            "FEEDBACK_RECEIVED", "FEEDBACK_HANDLED", "FEEDBACK_HANDLED_ON_TIME", "DS_TRAINED_TOTAL",
            "DS_TRAINED_OFFICIALS", "DS_TRAINED_HAMLET_AND_CITIZENS", "DT_COMMUNICATION_ITEMS", "CDT_TEAMS",
            "CDT_TEAMS_HAMLET", "CDT_TEAMS_COMMUNE", "CDT_MEMBERS", "HAMLETS_WITH_CDT", "OFFICIALS_TOTAL",
            "OFFICIALS_WITH_OFFICIAL_EMAIL", "OFFICIALS_WITH_DIGITAL_SIGNATURE");
    /** Slow stocks a commune enters at the end of a quarter (or any month, when its office is diligent). */
    private static final List<String> COMMUNE_QUARTERLY = List.of("HOUSEHOLDS_TOTAL", "HOUSEHOLDS_FTTH",
            "HAMLETS_TOTAL", "HAMLETS_MOBILE_BROADBAND", "ADULT_POPULATION", "ADULTS_WITH_SMARTPHONE",
            "COMMUNES_WITH_OPS_GUIDE_MODEL", "CITIZEN_DIGITAL_SIGNATURES");
    /** Figures of pilots that run in some communes only. */
    private static final List<String> COMMUNE_PILOTS = List.of("DIGITAL_ADDRESSES", "DIGITAL_PAYMENT_TRANSACTIONS",
            "CITIZEN_APP_ACCOUNTS");
    private static final List<String> DISTRICT_OWN = List.of("DOSSIERS_RECEIVED", "DOSSIERS_RECEIVED_ONLINE",
            "DOSSIERS_RECEIVED_ONLINE_FULL", "DOSSIERS_RESOLVED", "DOSSIERS_DIGITIZED", "RESULTS_RETURNED_ELECTRONIC",
            "DT_STEERING_MEETINGS", "REPORTS_REQUIRED", "REPORTS_ONLINE", "OFFICIALS_TOTAL",
            "OFFICIALS_WITH_OFFICIAL_EMAIL", "OFFICIALS_WITH_DIGITAL_SIGNATURE");
    private static final List<String> DEPARTMENT_OWN = List.of("DT_STEERING_MEETINGS", "DT_COMMUNICATION_ITEMS",
            "AGENCIES_WITH_DT_STEERING_COMMITTEE", "AGENCIES_WITH_DT_PLAN", "DS_TRAINED_TOTAL", "DS_TRAINED_OFFICIALS",
            "INFO_SYSTEMS_TOTAL", "INFO_SYSTEMS_LEVEL_APPROVED", "OPS_PROVIDED", "OPS_ON_NATIONAL_PORTAL",
            "OPS_WITH_ONLINE_DOSSIERS", "DOSSIERS_RECEIVED", "DOSSIERS_RECEIVED_ONLINE",
            "DOSSIERS_RECEIVED_ONLINE_FULL", "DOSSIERS_RESOLVED", "DOSSIERS_DIGITIZED", "RESULTS_RETURNED_ELECTRONIC",
            "REPORTS_REQUIRED", "REPORTS_ONLINE", "OFFICIALS_TOTAL", "OFFICIALS_WITH_OFFICIAL_EMAIL",
            "OFFICIALS_WITH_DIGITAL_SIGNATURE", "FEEDBACK_RECEIVED", "FEEDBACK_HANDLED", "FEEDBACK_HANDLED_ON_TIME");
    /**
     * The percentages real reports print next to their parts (computed from them, so they always agree): the
     * headline ones only. The app computes every ratio from its counts anyway; more printed ratios would only add
     * rows to write, read and store on the first start.
     */
    private static final List<String> PRINTED_RATIOS = List.of("DOSSIERS_ONLINE_RATE", "DOSSIER_DIGITIZATION_RATE",
            "HOUSEHOLD_FTTH_RATE", "ONLINE_REPORTING_RATE");
    /** Rows printed as parts of the row above ("1.1", "1.2"). */
    private static final Map<String, String> PART_OF = Map.of("DOSSIERS_RECEIVED_ONLINE", "DOSSIERS_RECEIVED",
            "DOSSIERS_RECEIVED_ONLINE_FULL", "DOSSIERS_RECEIVED", "DS_TRAINED_OFFICIALS", "DS_TRAINED_TOTAL",
            "DS_TRAINED_HAMLET_AND_CITIZENS", "DS_TRAINED_TOTAL", "CDT_TEAMS_HAMLET", "CDT_TEAMS",
            "CDT_TEAMS_COMMUNE", "CDT_TEAMS", "FEEDBACK_HANDLED", "FEEDBACK_RECEIVED", "FEEDBACK_HANDLED_ON_TIME",
            "FEEDBACK_RECEIVED");
    /** The short names some offices write, used only where the catalogue keeps them as aliases. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("DOSSIERS_ONLINE_RATE", "Tỷ lệ HSTT",
            "CDT_TEAMS", "Số tổ CNSCĐ", "DOSSIERS_RECEIVED", "Tổng số hồ sơ TTHC tiếp nhận",
            "DOSSIERS_RECEIVED_ONLINE", "Trong đó: tiếp nhận trực tuyến", "OFFICIALS_WITH_DIGITAL_SIGNATURE",
            "Số CBCC có chữ ký số", "CDT_MEMBERS", "Số thành viên tổ CNSCĐ");
    /** Words some offices type after a figure ("1.240 tổ"). */
    private static final Map<String, String> TYPED_UNITS = Map.of("CDT_TEAMS", "tổ", "CDT_MEMBERS", "thành viên");
    private static final Map<String, Department> DEPARTMENTS = Map.of(
            "VPUB", new Department(95, 1_200, 0.34, 60, 12, "VP", "PHÓ CHÁNH VĂN PHÒNG"),
            "STTTT", new Department(55, 40, 0.62, 45, 18, "STTTT", "PHÓ GIÁM ĐỐC"),
            "SNV", new Department(80, 90, 0.40, 70, 6, "SNV", "PHÓ GIÁM ĐỐC"),
            "SKHCN", new Department(60, 25, 0.45, 50, 5, "SKHCN", "PHÓ GIÁM ĐỐC"),
            "SGDDT", new Department(140, 160, 0.30, 85, 9, "SGDĐT", "PHÓ GIÁM ĐỐC"),
            "CA", new Department(2_600, 7_000, 0.45, 120, 8, "CAT-PC06", "PHÓ GIÁM ĐỐC"));
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng",
            "Ngô", "Dương", "Lưu"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Hồng", "Ngọc", "Xuân"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Lan",
            "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Thảo", "Thắng", "Trang", "Tuấn", "Yến"};

    /** What the generator produced: the workbooks in submission order, and the reports never sent. */
    record Plan(List<DemoWorkbook> workbooks, List<Gap> missing) {

        Plan {
            workbooks = List.copyOf(workbooks);
            missing = List.copyOf(missing);
        }
    }

    /** A unit that sent nothing for the month. */
    record Gap(YearMonth month, String unitCode) {
    }

    private record Department(int officials, int dossiers, double online, int services, int systems,
            String documentSuffix, String signerTitle) {
    }

    /** The size of a commune, from which its figures follow. */
    private record Size(double population, int hamlets, int officials, double dossiers) {

        Size plus(Size other) {
            return new Size(population + other.population, hamlets + other.hamlets, officials + other.officials,
                    dossiers + other.dossiers);
        }
    }

    private final Map<String, IndicatorSummary> catalogue = new LinkedHashMap<>();
    private final Map<String, List<String>> aliases;
    private final Function<LocalDate, List<UnitSummary>> unitsInForce;
    private final Map<LocalDate, List<UnitSummary>> unitsCache = new HashMap<>();
    private final Map<Long, Size> sizes = new HashMap<>();

    /**
     * @param catalogue    the indicator catalogue
     * @param aliases      the names the catalogue also knows, by code (abbreviations are used only from these)
     * @param unitsInForce the hierarchy: the units in force on a day
     */
    DemoReportGenerator(List<IndicatorSummary> catalogue, Map<String, List<String>> aliases,
            Function<LocalDate, List<UnitSummary>> unitsInForce) {
        catalogue.stream().sorted(Comparator.comparingInt(IndicatorSummary::sortOrder))
                .forEach(i -> this.catalogue.put(i.code(), i));
        this.aliases = Map.copyOf(aliases);
        this.unitsInForce = unitsInForce;
    }

    /** The reports of the months {@code from} … {@code to}, in the order they were sent. */
    Plan generate(YearMonth from, YearMonth to) {
        List<DemoWorkbook> workbooks = new ArrayList<>();
        List<Gap> missing = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            generateMonth(month, workbooks, missing);
        }
        workbooks.sort(Comparator.comparing(DemoWorkbook::month).thenComparing(DemoWorkbook::submittedAt)
                .thenComparing(DemoWorkbook::fileName));
        return new Plan(workbooks, missing);
    }

    private void generateMonth(YearMonth month, List<DemoWorkbook> workbooks, List<Gap> missing) {
        List<UnitSummary> units = units(month.atDay(1));
        Names names = new Names(units);
        Map<Long, UnitSummary> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        for (UnitSummary unit : units) {
            switch (unit.level()) {
                case PROVINCE -> {
                    // The province's figures are its units' figures; it has no own report.
                }
                case COMMUNE -> {
                    if (isMissing(unit, month)) {
                        missing.add(new Gap(month, unit.code()));
                    } else {
                        workbooks.addAll(commune(unit, byId.get(unit.parentId()), month, names));
                    }
                }
                case DISTRICT -> {
                    if (isMissing(unit, month)) {
                        missing.add(new Gap(month, unit.code()));
                    } else {
                        workbooks.add(district(unit, month, names));
                    }
                }
                case DEPARTMENT -> {
                    if (isMissing(unit, month)) {
                        missing.add(new Gap(month, unit.code()));
                    } else {
                        workbooks.add(department(unit, month, names, units));
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------- communes

    private List<DemoWorkbook> commune(UnitSummary unit, @Nullable UnitSummary district, YearMonth month,
            Names names) {
        String key = key(unit);
        Size size = size(unit);
        Map<String, BigDecimal> values = allowed(UnitLevel.COMMUNE, communeValues(unit, size, month));
        boolean quarterly = month.getMonthValue() % 3 == 0 || u(key, month, "diligent") < 0.25;
        List<String> pilots = pilots(key);
        values.keySet().removeIf(code -> (COMMUNE_QUARTERLY.contains(code) && !quarterly)
                || (COMMUNE_PILOTS.contains(code) && !pilots.contains(code)));
        String districtName = district == null ? "Tỉnh Vĩnh Phúc" : district.name();
        UnitReportSheet.Style style = communeStyle(unit, names);
        UnitReportSheet.Header header = header(unit, "UBND " + upper(districtName), month, names, "BC-UBND",
                "PHÓ CHỦ TỊCH", u(key, "range") < 0.2);
        boolean corrected = unit.code().equals(CORRECTED_UNIT) && month.equals(CORRECTED_MONTH);
        if (!corrected) {
            return List.of(workbook(unit, month, style, header, values, submission(key, month), "", false));
        }
        // The office first typed one digit too many in the dossier total, then sent the corrected report.
        Map<String, BigDecimal> mistyped = new LinkedHashMap<>(values);
        BigDecimal received = values.get("DOSSIERS_RECEIVED");
        mistyped.put("DOSSIERS_RECEIVED", received.multiply(BigDecimal.TEN).add(received.remainder(BigDecimal.TEN)));
        Instant first = at(month.plusMonths(1).atDay(3), 9 * 60 + 12);
        Instant second = at(month.plusMonths(1).atDay(6), 14 * 60 + 40);
        return List.of(workbook(unit, month, style, header, mistyped, first, "", false),
                workbook(unit, month, style, header, values, second, "_sua", true));
    }

    private Map<String, BigDecimal> communeValues(UnitSummary unit, Size size, YearMonth month) {
        String key = key(unit);
        double t = index(month);
        double progress = t / 23.0;
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        dossiers(v, key, month, size.dossiers(), 0.20 + offset(key, "online", 0.07), progress);
        int feedback = Math.max(3, round(size.population() / 1_400 * noise(key, month, "feedback", 0.2)
                * (0.85 + 0.3 * clamp(progress, 0, 1))));
        int handled = feedback - (u(key, month, "unhandled") < 0.35 ? 1 + (int) (u(key, month, "unhandled2") * 2) : 0);
        int onTime = handled - (int) Math.floor(handled * (0.05 + 0.15 * u(key, month, "late-feedback")));
        put(v, "FEEDBACK_RECEIVED", feedback);
        put(v, "FEEDBACK_HANDLED", Math.max(0, handled));
        put(v, "FEEDBACK_HANDLED_ON_TIME", Math.max(0, onTime));
        int trainedOfficials = round((4 + 10 * u(key, month, "train-officials")));
        int trainedCitizens = round(size.population() / 220 * noise(key, month, "train", 0.25));
        put(v, "DS_TRAINED_TOTAL", trainedOfficials + trainedCitizens);
        put(v, "DS_TRAINED_OFFICIALS", trainedOfficials);
        put(v, "DS_TRAINED_HAMLET_AND_CITIZENS", trainedCitizens);
        put(v, "DT_COMMUNICATION_ITEMS", round(6 * noise(key, month, "news", 0.25) + 2 * u(key, "news")));
        int hamlets = size.hamlets();
        put(v, "CDT_TEAMS", hamlets + 1);
        put(v, "CDT_TEAMS_HAMLET", hamlets);
        put(v, "CDT_TEAMS_COMMUNE", 1);
        put(v, "CDT_MEMBERS", round((hamlets + 1) * (6.5 + 3 * u(key, "members"))));
        put(v, "HAMLETS_WITH_CDT", hamlets);
        officials(v, key, month, size.officials());
        double households = Math.floor(size.population() / 3.7 * (1 + 0.0015 * t));
        put(v, "HOUSEHOLDS_TOTAL", households);
        put(v, "HOUSEHOLDS_FTTH", Math.floor(households * clamp(0.76 + 0.16 * progress + offset(key, "ftth", 0.05),
                0.5, 0.97)));
        put(v, "HAMLETS_TOTAL", hamlets);
        put(v, "HAMLETS_MOBILE_BROADBAND", hamlets - (t < 20 * u(key, "coverage") ? 1 : 0));
        double adults = adults(key, size, t);
        put(v, "ADULT_POPULATION", adults);
        put(v, "ADULTS_WITH_SMARTPHONE", Math.floor(adults * clamp(0.72 + 0.12 * progress + offset(key, "phone", 0.04),
                0.5, 0.95)));
        put(v, "COMMUNES_WITH_OPS_GUIDE_MODEL", 1);
        put(v, "CITIZEN_DIGITAL_SIGNATURES", growing(key, "signatures", t, size.population() / 1_000 * 4,
                size.population() / 120));
        put(v, "DIGITAL_ADDRESSES", Math.min(households, growing(key, "addresses", t, households / 20,
                households / 4)));
        put(v, "DIGITAL_PAYMENT_TRANSACTIONS", round(size.population() / 60 * (1 + progress)
                * noise(key, month, "payments", 0.2)));
        put(v, "CITIZEN_APP_ACCOUNTS", growing(key, "app", t, size.population() / 90, size.population() / 30));
        return v;
    }

    private List<String> pilots(String key) {
        List<String> pilots = new ArrayList<>();
        if (u(key, "pilot-addresses") < 0.2) {
            pilots.add("DIGITAL_ADDRESSES");
        }
        if (u(key, "pilot-payments") < 0.6) {
            pilots.add("DIGITAL_PAYMENT_TRANSACTIONS");
        }
        if (u(key, "pilot-app") < 0.5) {
            pilots.add("CITIZEN_APP_ACCOUNTS");
        }
        return pilots;
    }

    /**
     * Most communes keep one style; an office whose name is not unique among the units in force (a town and its
     * district of the same name) cannot be recognised from its letterhead, so it fills the statistical form
     * with its code.
     */
    private UnitReportSheet.Style communeStyle(UnitSummary unit, Names names) {
        if (!names.unique("UBND " + upper(unit.name()), unit)) {
            return UnitReportSheet.Style.STATISTICAL_FORM;
        }
        return u(key(unit), "style") < 0.5 ? UnitReportSheet.Style.ADMINISTRATIVE
                : UnitReportSheet.Style.STATISTICAL_FORM;
    }

    // ------------------------------------------------------------------------------------ districts

    private DemoWorkbook district(UnitSummary unit, YearMonth month, Names names) {
        String key = key(unit);
        Map<String, BigDecimal> v = districtValues(unit, month);
        UnitReportSheet.Style style = names.unique("UBND " + upper(unit.name()), unit)
                ? UnitReportSheet.Style.ADMINISTRATIVE : UnitReportSheet.Style.STATISTICAL_FORM;
        UnitReportSheet.Header header = header(unit, "UBND TỈNH VĨNH PHÚC", month, names, "BC-UBND",
                "PHÓ CHỦ TỊCH", false);
        return workbook(unit, month, style, header, allowed(UnitLevel.DISTRICT, v), submission(key, month), "", false);
    }

    /** A district's own one-stop desk, reporting and staff (its communes report for themselves). */
    private Map<String, BigDecimal> districtValues(UnitSummary unit, YearMonth month) {
        String key = key(unit);
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        double progress = index(month) / 23.0;
        dossiers(v, key, month, 900 + 1_100 * u(key, "desk"), 0.22 + offset(key, "online", 0.05), progress);
        put(v, "DT_STEERING_MEETINGS", month.getMonthValue() % 3 == 0 ? 1 : 0);
        int required = round(10 + 6 * u(key, month, "reports"));
        put(v, "REPORTS_REQUIRED", required);
        put(v, "REPORTS_ONLINE", Math.floor(required * clamp(0.7 + 0.3 * progress, 0, 1)));
        officials(v, key, month, round(90 + 60 * u(key, "staff")));
        return v;
    }

    // ---------------------------------------------------------------------------------- departments

    private DemoWorkbook department(UnitSummary unit, YearMonth month, Names names, List<UnitSummary> units) {
        String key = key(unit);
        Department d = department(unit);
        Map<String, BigDecimal> v = departmentValues(unit, month);
        UnitReportSheet.Header header = header(unit, "UBND TỈNH VĨNH PHÚC", month, names, "BC-" + d.documentSuffix(),
                d.signerTitle(), false);
        UnitReportSheet.Style style = names.unique(header.agency(), unit) && header.agency().startsWith("SỞ")
                ? UnitReportSheet.Style.ADMINISTRATIVE : UnitReportSheet.Style.STATISTICAL_FORM;
        Map<String, BigDecimal> own = allowed(UnitLevel.DEPARTMENT, v);
        if (!unit.code().equals(POLICE)) {
            return workbook(unit, month, style, header, own, submission(key, month), "", false);
        }
        return police(unit, month, header, own, units);
    }

    private static Department department(UnitSummary unit) {
        String shortCode = unit.code().substring(unit.code().indexOf('-') + 1);
        return DEPARTMENTS.getOrDefault(shortCode, new Department(70, 60, 0.4, 50, 6, "BC", "PHÓ GIÁM ĐỐC"));
    }

    /** A department's own desk, services, systems, reporting and staff. */
    private Map<String, BigDecimal> departmentValues(UnitSummary unit, YearMonth month) {
        String key = key(unit);
        Department d = department(unit);
        double progress = clamp(index(month) / 23.0, 0, 1);
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        put(v, "DT_STEERING_MEETINGS", month.getMonthValue() % 3 == 0 ? 1 : 0);
        put(v, "DT_COMMUNICATION_ITEMS", round(5 + 8 * u(key, month, "news")));
        put(v, "AGENCIES_WITH_DT_STEERING_COMMITTEE", 1);
        put(v, "AGENCIES_WITH_DT_PLAN", 1);
        int trained = round(d.officials() * (0.05 + 0.1 * u(key, month, "train")));
        put(v, "DS_TRAINED_TOTAL", trained);
        put(v, "DS_TRAINED_OFFICIALS", trained);
        put(v, "INFO_SYSTEMS_TOTAL", d.systems());
        put(v, "INFO_SYSTEMS_LEVEL_APPROVED", Math.floor(d.systems() * clamp(0.5 + 0.5 * progress, 0, 1)));
        put(v, "OPS_PROVIDED", d.services());
        put(v, "OPS_ON_NATIONAL_PORTAL", Math.floor(d.services() * clamp(0.6 + 0.4 * progress, 0, 1)));
        put(v, "OPS_WITH_ONLINE_DOSSIERS", Math.floor(d.services() * clamp(0.3 + 0.35 * progress, 0, 1)));
        dossiers(v, key, month, d.dossiers(), d.online(), progress);
        int required = round(12 + 10 * u(key, month, "reports"));
        put(v, "REPORTS_REQUIRED", required);
        put(v, "REPORTS_ONLINE", Math.floor(required * clamp(0.75 + 0.25 * progress, 0, 1)));
        officials(v, key, month, d.officials());
        int feedback = round(4 + 12 * u(key, month, "feedback"));
        put(v, "FEEDBACK_RECEIVED", feedback);
        put(v, "FEEDBACK_HANDLED", feedback - (u(key, month, "unhandled") < 0.3 ? 1 : 0));
        put(v, "FEEDBACK_HANDLED_ON_TIME", feedback - (u(key, month, "unhandled") < 0.3 ? 1 : 0)
                - (u(key, month, "late-feedback") < 0.4 ? 1 : 0));
        return v;
    }

    /**
     * The police send their own report and, on a second sheet, the e-ID figures of every commune with district
     * subtotals, on the first morning of the following month (their figures come out of the population
     * database at month end).
     */
    private DemoWorkbook police(UnitSummary police, YearMonth month, UnitReportSheet.Header header,
            Map<String, BigDecimal> own, List<UnitSummary> units) {
        double t = index(month);
        List<DemoReport> reports = new ArrayList<>();
        Map<String, BigDecimal> written = withRatios(own, police.level());
        reports.add(new DemoReport(police.code(), police.name(), police.level(), written, false));
        List<UnitMatrixSheet.Group> groups = new ArrayList<>();
        for (UnitSummary district : units) {
            if (district.level() != UnitLevel.DISTRICT) {
                continue;
            }
            List<UnitMatrixSheet.UnitRow> rows = new ArrayList<>();
            for (UnitSummary commune : units) {
                Long parent = commune.parentId();
                if (commune.level() != UnitLevel.COMMUNE || parent == null || parent != district.id()) {
                    continue;
                }
                String key = key(commune);
                double adults = adults(key, size(commune), t);
                double registered = Math.floor(adults * clamp(0.80 + 0.16 * clamp(t / 23.0, -0.5, 1)
                        + offset(key, "eid", 0.02), 0.5, 0.97));
                double activated = Math.floor(registered * clamp(0.62 + 0.28 * clamp(t / 23.0, -0.5, 1)
                        + offset(key, "activation", 0.03), 0.3, 0.95));
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                put(values, "EID_REGISTERED", registered);
                put(values, "EID_ACTIVATED", activated);
                reports.add(new DemoReport(commune.code(), commune.name(), commune.level(), values, true));
                rows.add(new UnitMatrixSheet.UnitRow(commune.code(), commune.name(),
                        List.of(values.get("EID_REGISTERED"), values.get("EID_ACTIVATED"))));
            }
            if (!rows.isEmpty()) {
                groups.add(new UnitMatrixSheet.Group("Cộng " + lowerFirst(district.name()), rows));
            }
        }
        UnitMatrixSheet matrix = new UnitMatrixSheet("Biểu 02 - VNeID", "CÔNG AN TỈNH VĨNH PHÚC",
                "PHÒNG CẢNH SÁT QLHC VỀ TTXH",
                "KẾT QUẢ THU NHẬN HỒ SƠ VÀ KÍCH HOẠT TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ THEO ĐƠN VỊ HÀNH CHÍNH CẤP XÃ",
                month, month.atEndOfMonth(), EID.stream().map(code -> catalogue.get(code).nameVi()).toList(), groups,
                "PHÓ TRƯỞNG PHÒNG", person(key(police), "matrix-signer"));
        UnitReportSheet ownSheet = new UnitReportSheet("Biểu 01", UnitReportSheet.Style.STATISTICAL_FORM, header,
                lines(written, UnitReportSheet.Style.STATISTICAL_FORM, false, false, Map.of()));
        Instant at = at(month.plusMonths(1).atDay(1), 7 * 60 + 30 + (int) (u(key(police), month, "minute") * 20));
        return new DemoWorkbook(month, police.code(), at, "CA_BC_CDS_VNeID_T" + two(month.getMonthValue()) + "_"
                + month.getYear() + ".xlsx", reports, List.of(ownSheet, matrix), false);
    }

    // ------------------------------------------------------------------------------- shared figures

    /** The one-stop desk's month: received, online, fully online, resolved, digitised, results sent electronically. */
    private void dossiers(Map<String, BigDecimal> v, String key, YearMonth month, double base, double onlineStart,
            double progress) {
        int received = Math.max(20, round(base * season(month) * noise(key, month, "dossiers", 0.15)));
        double online = clamp(onlineStart + 0.32 * progress + 0.03 * (2 * u(key, month, "online") - 1), 0.03, 0.92);
        int onlineCount = (int) Math.floor(received * online);
        int full = (int) Math.floor(onlineCount * clamp(0.35 + 0.3 * progress + offset(key, "full", 0.05), 0.1,
                0.95));
        int resolved = Math.min(received, round(received * (0.90 + 0.10 * u(key, month, "resolved"))));
        put(v, "DOSSIERS_RECEIVED", received);
        put(v, "DOSSIERS_RECEIVED_ONLINE", onlineCount);
        put(v, "DOSSIERS_RECEIVED_ONLINE_FULL", full);
        put(v, "DOSSIERS_RESOLVED", resolved);
        put(v, "DOSSIERS_DIGITIZED", Math.floor(resolved * clamp(0.55 + 0.40 * progress + offset(key, "digital", 0.05),
                0.2, 1)));
        put(v, "RESULTS_RETURNED_ELECTRONIC", Math.floor(resolved * clamp(0.08 + 0.35 * progress
                + offset(key, "e-result", 0.04), 0.02, 0.9)));
    }

    /** Staff: the head count stays; e-mail accounts are complete after a while; signatures spread. */
    private void officials(Map<String, BigDecimal> v, String key, YearMonth month, int officials) {
        double t = index(month);
        put(v, "OFFICIALS_TOTAL", officials);
        put(v, "OFFICIALS_WITH_OFFICIAL_EMAIL", officials - (t < 12 * u(key, "mail") ? 1 : 0));
        put(v, "OFFICIALS_WITH_DIGITAL_SIGNATURE", Math.min(officials, Math.floor(officials
                * clamp(0.78 + 0.22 * t / (10 + 10 * u(key, "signature")), 0, 1))));
    }

    private double adults(String key, Size size, double t) {
        return Math.floor(size.population() * (0.70 + 0.06 * u(key, "adults")) * (1 + 0.0008 * t));
    }

    /** A stock that only grows: a start plus monthly increments up to month {@code t}. */
    private double growing(String key, String name, double t, double start, double monthly) {
        double total = start;
        for (int k = -6; k <= t; k++) {
            total += Math.floor(monthly * (0.5 + u(key, "m" + k, name)));
        }
        return total;
    }

    /** Tết (22/01/2023, 10/02/2024, 29/01/2025) empties the one-stop desks; the year-end fills them. */
    private static double season(YearMonth month) {
        return switch (month.toString()) {
            case "2023-01", "2024-02", "2025-01" -> 0.62;
            case "2024-01", "2025-02" -> 0.9;
            default -> month.getMonthValue() == 12 ? 1.1 : 1.0;
        };
    }

    // ------------------------------------------------------------------------------- workbooks

    private UnitReportSheet.Header header(UnitSummary unit, String superior, YearMonth month, Names names,
            String documentSuffix, String signerTitle, boolean periodRange) {
        String key = key(unit);
        String agency = agency(unit);
        String reportingUnit = names.unique(unit.name(), unit) ? "UBND " + lowerFirst(unit.name())
                : unit.code() + " - " + unit.name();
        if (unit.level() == UnitLevel.DEPARTMENT) {
            reportingUnit = names.unique(unit.name(), unit) ? unit.name() : unit.code() + " - " + unit.name();
        }
        LocalDate signed = month.plusMonths(1).atDay(Math.min(5, 1 + (int) (u(key, month, "signed") * 5)));
        String recipient = unit.level() == UnitLevel.DEPARTMENT ? "Ban Chỉ đạo chuyển đổi số tỉnh"
                : "Sở Thông tin và Truyền thông";
        return new UnitReportSheet.Header(superior, agency, reportingUnit, recipient,
                place(unit), month, signed, 20 + index(month) * 3 + (int) (u(key, month, "number") * 3), documentSuffix,
                periodRange, signerTitle, person(key, "signer"), person(key, "clerk"));
    }

    private DemoWorkbook workbook(UnitSummary unit, YearMonth month, UnitReportSheet.Style style,
            UnitReportSheet.Header header, Map<String, BigDecimal> counts, Instant at, String fileSuffix,
            boolean correction) {
        String key = key(unit);
        boolean abbreviates = style == UnitReportSheet.Style.ADMINISTRATIVE && u(key, "abbreviates") < 0.3;
        boolean typesUnits = style == UnitReportSheet.Style.ADMINISTRATIVE && u(key, "types-units") < 0.15;
        Map<String, BigDecimal> written = withRatios(counts, unit.level());
        Map<String, BigDecimal> cumulative = style == UnitReportSheet.Style.ADMINISTRATIVE
                ? withRatios(cumulative(unit, month, counts), unit.level()) : Map.of();
        List<Line> lines = lines(written, style, abbreviates, typesUnits, cumulative);
        String sheetName = style == UnitReportSheet.Style.ADMINISTRATIVE ? "BC thang " + month.getMonthValue()
                : "Biểu 01";
        String fileName = style == UnitReportSheet.Style.ADMINISTRATIVE
                ? "BC_CDS_T" + two(month.getMonthValue()) + "_" + month.getYear() + "_" + ascii(unit.name())
                        + fileSuffix + ".xlsx"
                : "Bieu01_CDS_" + two(month.getMonthValue()) + "-" + month.getYear() + "_" + unit.code() + fileSuffix
                        + ".xlsx";
        DemoReport report = new DemoReport(unit.code(), unit.name(), unit.level(), written, false);
        return new DemoWorkbook(month, unit.code(), at, fileName, List.of(report),
                List.of(new UnitReportSheet(sheetName, style, header, lines)), correction);
    }

    /** The year-to-date figures of an administrative report's "Lũy kế" column: flows summed, stocks as they are. */
    private Map<String, BigDecimal> cumulative(UnitSummary unit, YearMonth month, Map<String, BigDecimal> counts) {
        Map<String, BigDecimal> result = new LinkedHashMap<>(counts);
        YearMonth start = YearMonth.of(month.getYear(), 1);
        if (unit.validFrom() != null && YearMonth.from(unit.validFrom()).isAfter(start)) {
            start = YearMonth.from(unit.validFrom());
        }
        for (YearMonth m = start; m.isBefore(month); m = m.plusMonths(1)) {
            Map<String, BigDecimal> earlier = switch (unit.level()) {
                case COMMUNE -> communeValues(unit, size(unit), m);
                case DISTRICT -> districtValues(unit, m);
                case DEPARTMENT -> departmentValues(unit, m);
                case PROVINCE -> Map.of();
            };
            for (Map.Entry<String, BigDecimal> entry : counts.entrySet()) {
                IndicatorSummary indicator = catalogue.get(entry.getKey());
                BigDecimal before = earlier.get(entry.getKey());
                if (indicator.aggTime() == TimeAggregation.SUM_OF_FLOWS && before != null) {
                    result.merge(entry.getKey(), before, BigDecimal::add);
                }
            }
        }
        return result;
    }

    /** The figures with the printed percentages added, each computed from its numerator and denominator. */
    private Map<String, BigDecimal> withRatios(Map<String, BigDecimal> counts, UnitLevel level) {
        Map<String, BigDecimal> result = new LinkedHashMap<>(counts);
        for (String code : PRINTED_RATIOS) {
            IndicatorSummary ratio = catalogue.get(code);
            if (ratio == null || !ratio.isRatioOfCounts() || !ratio.levels().contains(indicatorLevel(level))) {
                continue;
            }
            BigDecimal numerator = counts.get(ratio.numeratorCode());
            BigDecimal denominator = counts.get(ratio.denominatorCode());
            if (numerator != null && denominator != null && denominator.signum() > 0) {
                BigDecimal percent = numerator.multiply(BigDecimal.valueOf(100))
                        .divide(denominator, 2, RoundingMode.HALF_UP).stripTrailingZeros();
                // As the reader gives figures back: 100, never 1E+2.
                result.put(code, percent.scale() < 0 ? percent.setScale(0) : percent);
            }
        }
        return result;
    }

    /** Rows grouped in the sections of real reports, in catalogue order, numbered 1, 1.1, 1.2, 2, … */
    private List<Line> lines(Map<String, BigDecimal> values, UnitReportSheet.Style style, boolean abbreviates, boolean typesUnits, Map<String, BigDecimal> cumulative) {
        String[][] sections = {{"I", "CHÍNH QUYỀN SỐ"}, {"II", "KINH TẾ SỐ"}, {"III", "XÃ HỘI SỐ"},
            {"IV", "NỀN TẢNG CHUYỂN ĐỔI SỐ (nhận thức, thể chế, hạ tầng, nhân lực, an toàn thông tin)"}};
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < sections.length; s++) {
            List<IndicatorSummary> inSection = new ArrayList<>();
            for (IndicatorSummary indicator : catalogue.values()) {
                if (values.containsKey(indicator.code()) && section(indicator.pillar()) == s) {
                    inSection.add(indicator);
                }
            }
            if (inSection.isEmpty()) {
                continue;
            }
            lines.add(Line.section(sections[s][0], sections[s][1]));
            int number = 0;
            int part = 0;
            for (IndicatorSummary indicator : inSection) {
                String code = indicator.code();
                String parent = PART_OF.get(code);
                String numbering;
                if (parent != null && values.containsKey(parent)) {
                    numbering = number + "." + (++part);
                } else {
                    number++;
                    part = 0;
                    numbering = String.valueOf(number);
                }
                Kind kind = "percent".equals(indicator.unit()) ? Kind.PERCENT : Kind.COUNT;
                String name = indicator.nameVi();
                String abbreviation = ABBREVIATIONS.get(code);
                if (abbreviates && abbreviation != null && aliases.getOrDefault(code, List.of()).contains(abbreviation)) {
                    name = abbreviation;
                }
                String measure = capitalised(MEASURES_VI.getOrDefault(ReportTemplateWriter.measureKey(indicator.unit()), indicator.unit()));
                lines.add(new Line(numbering, name, style == UnitReportSheet.Style.STATISTICAL_FORM ? code : null,
                        measure, kind, values.get(code), cumulative.get(code),
                        typesUnits ? TYPED_UNITS.get(code) : null));
            }
        }
        return lines;
    }

    private static int section(Pillar pillar) {
        return switch (pillar) {
            case DIGITAL_GOVERNMENT -> 0;
            case DIGITAL_ECONOMY -> 1;
            case DIGITAL_SOCIETY -> 2;
            default -> 3;
        };
    }

    /** Only what the catalogue lets this level enter (a changed catalogue never makes the demo fail). */
    private Map<String, BigDecimal> allowed(UnitLevel level, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        values.forEach((code, value) -> {
            IndicatorSummary indicator = catalogue.get(code);
            if (indicator != null && indicator.active() && !indicator.isRatioOfCounts()
                    && indicator.levels().contains(indicatorLevel(level))) {
                result.put(code, value);
            }
        });
        return result;
    }

    private static vn.dti.dashboard.indicators.UnitLevel indicatorLevel(UnitLevel level) {
        return vn.dti.dashboard.indicators.UnitLevel.fromCode(level.code());
    }

    // ---------------------------------------------------------------------------- submissions

    /** Missing for the month: about 3 % of unit-months; never the police, never the corrected report. */
    private boolean isMissing(UnitSummary unit, YearMonth month) {
        if (unit.code().equals(POLICE) || (unit.code().equals(CORRECTED_UNIT) && month.equals(CORRECTED_MONTH))) {
            return false;
        }
        return u(key(unit), month, "missing") < MISSING_SHARE;
    }

    /**
     * When the report arrives: by the 5th of the following month (later days likelier), office hours; an office's
     * habit decides how often it is late (10 % of reports on average), then any day up to the 20th.
     */
    private Instant submission(String key, YearMonth month) {
        double lateness = 0.03 + 0.21 * Math.pow(u(key, "lateness"), 2);
        YearMonth next = month.plusMonths(1);
        int day;
        if (u(key, month, "late") < lateness) {
            day = 6 + (int) (u(key, month, "late-day") * 15);
        } else {
            double d = u(key, month, "day");
            day = d < 0.10 ? 1 : d < 0.25 ? 2 : d < 0.45 ? 3 : d < 0.70 ? 4 : 5;
        }
        int minute = 8 * 60 + (int) (u(key, month, "minute") * 9 * 60);
        return at(next.atDay(day), minute);
    }

    private static Instant at(LocalDate day, int minuteOfDay) {
        return LocalDateTime.of(day, java.time.LocalTime.of(minuteOfDay / 60, minuteOfDay % 60))
                .toInstant(VIETNAM);
    }

    // ------------------------------------------------------------------------------- units

    private List<UnitSummary> units(LocalDate day) {
        return unitsCache.computeIfAbsent(day, unitsInForce);
    }

    /** A unit version's identity that does not depend on database ids: its code and the day it began. */
    private static String key(UnitSummary unit) {
        return unit.code() + "@" + (unit.validFrom() == null ? "" : unit.validFrom());
    }

    /**
     * A commune's size: drawn for the communes of 2022–2024; a commune formed by a merger is the sum of the
     * communes it replaced (minus a few posts: merged offices shed staff).
     */
    private Size size(UnitSummary unit) {
        Size known = sizes.get(unit.id());
        if (known != null) {
            return known;
        }
        Size size = null;
        if (unit.validFrom() != null) {
            for (UnitSummary before : units(unit.validFrom().minusDays(1))) {
                if (before.level() == UnitLevel.COMMUNE
                        && before.successors().stream().map(UnitRef::id).anyMatch(id -> id == unit.id())) {
                    Size part = size(before);
                    size = size == null ? part : size.plus(part);
                }
            }
            if (size != null) {
                size = new Size(size.population(), size.hamlets(), (int) Math.round(size.officials() * 0.85),
                        size.dossiers());
            }
        }
        if (size == null) {
            String key = key(unit);
            double population = 5_000 + 20_000 * Math.pow(u(key, "population"), 1.6);
            if (unit.name().startsWith("Phường")) {
                population = Math.min(25_000, population * 1.3);
            }
            int hamlets = (int) clamp(Math.round(population / 1_100 + 3 * u(key, "hamlets") - 1), 4, 22);
            int officials = 18 + (int) Math.round(population / 1_500);
            double dossiers = clamp(population * (0.016 + 0.012 * u(key, "desk")), 100, 600);
            size = new Size(population, hamlets, officials, dossiers);
        }
        sizes.put(unit.id(), size);
        return size;
    }

    /** The units in force on a day by the key the upload resolves names with, to tell unique names apart. */
    private static final class Names {
        private final Map<String, List<UnitSummary>> byKey = new HashMap<>();

        Names(List<UnitSummary> units) {
            for (UnitSummary unit : units) {
                byKey.computeIfAbsent(UnitResolver.nameKey(unit.name()), k -> new ArrayList<>()).add(unit);
            }
        }

        /** Whether the text names this unit and no other in force. */
        boolean unique(String text, UnitSummary unit) {
            List<UnitSummary> named = byKey.getOrDefault(UnitResolver.nameKey(text), List.of());
            return named.size() == 1 && named.getFirst().id() == unit.id();
        }
    }

    /** The letterhead's agency line: "UBND XÃ VŨ DI", "SỞ NỘI VỤ", "VĂN PHÒNG UBND TỈNH". */
    private static String agency(UnitSummary unit) {
        if (unit.level() == UnitLevel.DEPARTMENT) {
            // A department's letterhead drops the province: "SỞ NỘI VỤ", "VĂN PHÒNG UBND TỈNH".
            if (unit.name().startsWith("Sở ")) {
                return upper(unit.name().replaceFirst("\\s+tỉnh\\s+.*$", ""));
            }
            if (unit.name().startsWith("Văn phòng UBND tỉnh")) {
                return "VĂN PHÒNG UBND TỈNH";
            }
            return upper(unit.name());
        }
        return "UBND " + upper(unit.name());
    }

    /** "Vũ Di" from "Xã Vũ Di": the place in the signing line. */
    private static String place(UnitSummary unit) {
        if (unit.level() == UnitLevel.DEPARTMENT) {
            return "Vĩnh Phúc";
        }
        return unit.name().replaceFirst("^(?:Xã|Phường|Thị trấn|Huyện|Thành phố|Thị xã)\\s+", "");
    }

    // ---------------------------------------------------------------------------- helpers

    private String person(String key, String role) {
        return FAMILY[(int) (u(key, role, "family") * FAMILY.length)] + " "
                + MIDDLE[(int) (u(key, role, "middle") * MIDDLE.length)] + " "
                + GIVEN[(int) (u(key, role, "given") * GIVEN.length)];
    }

    /** Months since July 2023 (negative before it). */
    private static int index(YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(FIRST_MONTH, month);
    }

    /** A multiplier around 1 for a month's flow. */
    private static double noise(String key, YearMonth month, String name, double amplitude) {
        return 1 + amplitude * (2 * u(key, month, name) - 1);
    }

    /** A unit's lasting deviation from the province's trend, in ±{@code amplitude}. */
    private static double offset(String key, String name, double amplitude) {
        return amplitude * (2 * u(key, name) - 1);
    }

    private static double u(String key, YearMonth month, String name) {
        return u(key, month.toString(), name);
    }

    /** A uniform number in [0, 1) determined by the seed and the parts (FNV-1a, then SplitMix64's finaliser). */
    private static double u(String... parts) {
        long h = SEED;
        for (String part : parts) {
            for (int i = 0; i < part.length(); i++) {
                h = (h ^ part.charAt(i)) * 0x100000001B3L;
            }
            h = (h ^ 0x1F) * 0x100000001B3L;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h = h ^ (h >>> 31);
        return (h >>> 11) * 0x1.0p-53;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static int round(double value) {
        return (int) Math.round(value);
    }

    private static void put(Map<String, BigDecimal> values, String code, double value) {
        values.put(code, BigDecimal.valueOf(Math.max(0, Math.round(value))));
    }

    private static String upper(String text) {
        return text.toUpperCase(VI);
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(VI) + name.substring(1);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VI) + text.substring(1);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** "XaVuDi": a name as offices put it in file names, without diacritics and spaces. */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder result = new StringBuilder();
        for (String word : plain.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                result.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return result.toString();
    }
}
