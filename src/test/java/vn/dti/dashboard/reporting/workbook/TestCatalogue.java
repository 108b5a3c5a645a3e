package vn.dti.dashboard.reporting.workbook;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dti.dashboard.indicators.Direction;
import vn.dti.dashboard.indicators.IndicatorRole;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.Pillar;
import vn.dti.dashboard.indicators.TimeAggregation;
import vn.dti.dashboard.indicators.UnitAggregation;
import vn.dti.dashboard.indicators.UnitLevel;
import vn.dti.dashboard.indicators.ValueType;

/** Entries of the shipped catalogue (codes, names, units and rules as in indicators.csv) for reader tests. */
final class TestCatalogue {

    static final List<IndicatorSummary> INDICATORS = List.of(
            count("DOSSIERS_RECEIVED",
                    "Tổng số hồ sơ thủ tục hành chính tiếp nhận (trực tuyến, trực tiếp, bưu chính công ích)", "dossiers"),
            count("DOSSIERS_RECEIVED_ONLINE", "Số hồ sơ TTHC tiếp nhận trực tuyến", "dossiers"),
            rate("DOSSIERS_ONLINE_RATE", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến trên tổng số hồ sơ",
                    "DOSSIERS_RECEIVED_ONLINE", "DOSSIERS_RECEIVED"),
            count("CDT_TEAMS", "Số Tổ công nghệ số cộng đồng", "teams"),
            count("CDT_MEMBERS", "Số thành viên Tổ công nghệ số cộng đồng", "persons"),
            count("EID_REGISTERED", "Số hồ sơ đăng ký tài khoản định danh điện tử (VNeID) đã thu nhận", "accounts"),
            count("EID_ACTIVATED", "Số tài khoản định danh điện tử đã kích hoạt", "accounts"),
            count("HOUSEHOLDS_TOTAL", "Tổng số hộ gia đình", "households"),
            count("HOUSEHOLDS_FTTH", "Số hộ gia đình có kết nối Internet băng rộng cố định cáp quang", "households"),
            rate("HOUSEHOLD_FTTH_RATE", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", "HOUSEHOLDS_FTTH",
                    "HOUSEHOLDS_TOTAL"),
            count("DIGITAL_ECONOMY_VALUE_ADDED", "Giá trị tăng thêm của kinh tế số trên địa bàn", "billion VND"),
            summary("DTI_SCORE", "Giá trị chỉ số chuyển đổi số cấp tỉnh (DTI)", "index (0-1)", ValueType.INDEX,
                    null, null, UnitAggregation.NONE),
            summary("DTI_RANK", "Xếp hạng DTI cấp tỉnh", "rank of N", ValueType.RANK, null, null, UnitAggregation.NONE),
            summary("CITIZEN_APP_AVG_MINUTES_PER_DAY",
                    "Thời gian sử dụng ứng dụng công dân số bình quân (phút/người/ngày)", "minutes per user per day",
                    ValueType.RATIO, null, null, UnitAggregation.AVERAGE_WITH_NOTE));

    static final Map<String, List<String>> ALIASES = Map.of(
            "DOSSIERS_ONLINE_RATE", List.of("Tỷ lệ HSTT", "Tỷ lệ hồ sơ trực tuyến"),
            "DOSSIERS_RECEIVED_ONLINE", List.of("Trong đó: tiếp nhận trực tuyến"),
            "EID_ACTIVATED", List.of("Số tài khoản VNeID đã kích hoạt"));

    static final CatalogueIndicatorLookup LOOKUP = new CatalogueIndicatorLookup(INDICATORS, ALIASES);

    private TestCatalogue() {
    }

    static IndicatorSummary count(String code, String name, String unit) {
        return summary(code, name, unit, ValueType.COUNT, null, null, UnitAggregation.SUM);
    }

    static IndicatorSummary rate(String code, String name, String numerator, String denominator) {
        return summary(code, name, "percent", ValueType.RATIO, numerator, denominator, UnitAggregation.RATIO_OF_SUMS);
    }

    static IndicatorSummary summary(String code, String name, String unit, ValueType type, String numerator,
            String denominator, UnitAggregation aggregation) {
        return new IndicatorSummary(code, name, code.toLowerCase(), Pillar.DIGITAL_GOVERNMENT, unit, type, numerator,
                denominator, aggregation, TimeAggregation.SUM_OF_FLOWS, Set.of(UnitLevel.COMMUNE),
                Direction.HIGHER_IS_BETTER, IndicatorRole.KPI, null, true, 1);
    }
}
