package vn.dti.dashboard.reporting.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/** The period notations of report_template_notes.md, as written in headers and titles. */
class PeriodTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kỳ báo cáo: Tháng 09/2023 | 2023-09",
            "Kỳ báo cáo: tháng 9/2023 | 2023-09",
            "Tháng 9/2023 | 2023-09",
            "tháng 09 năm 2023 | 2023-09",
            "BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ THÁNG 9 NĂM 2023 | 2023-09",
            "Báo cáo tháng 12, năm 2024 | 2024-12",
            "Kỳ báo cáo: 09/2023 | 2023-09",
            "Kỳ báo cáo: 2023-09 | 2023-09",
            "Báo cáo CĐS T9/2023 | 2023-09",
            "(Kỳ báo cáo: từ ngày 15/8/2023 đến ngày 14/9/2023) | 2023-09",
            "(Từ ngày 15 tháng 8 năm 2023 đến ngày 14 tháng 9 năm 2023) | 2023-09",
            "Từ ngày 01/9/2023 đến ngày 30/9/2023 | 2023-09",
            "Từ ngày 01/7/2023 đến ngày 30/9/2023 | 2023-Q3",
            "Từ ngày 01/01/2024 đến ngày 30/6/2024 | 2024-H1",
            "Từ ngày 01/01/2022 đến ngày 30/9/2022 | 2022-09-YTD",
            "Quý III/2023 | 2023-Q3",
            "BÁO CÁO QUÝ 1 NĂM 2024 | 2024-Q1",
            "6 tháng đầu năm 2024 | 2024-H1",
            "06 tháng cuối năm 2024 | 2024-H2",
            "9 tháng năm 2022 | 2022-09-YTD",
            "Báo cáo 9 tháng đầu năm 2023 | 2023-09-YTD",
            "Năm 2023 | 2023",
            "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2023 | 2023"})
    void periods_are_read_in_every_notation(String text, String period) {
        assertThat(PeriodText.parse(text)).contains(ReportingPeriod.parse(period));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vũ Di, ngày 05 tháng 10 năm 2023", "Kỳ báo cáo: Tháng …/20…", "Tháng 13/2023",
            "Số: 45/BC-UBND", "Từ ngày 14/9/2023 đến ngày 15/8/2023", "Quý V/2023", "Tháng 9/1999"})
    void signing_dates_placeholders_and_impossible_periods_name_no_period(String text) {
        assertThat(PeriodText.parse(text)).isEmpty();
    }
}
