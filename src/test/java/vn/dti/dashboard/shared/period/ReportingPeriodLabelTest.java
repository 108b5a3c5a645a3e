package vn.dti.dashboard.shared.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodLabelTest {

    @ParameterizedTest(name = "{0} reads \"{1}\" in Vietnamese")
    @CsvSource(delimiter = '|', value = {
        "2024-03     | Tháng 3/2024",
        "2024-12     | Tháng 12/2024",
        "2024-Q1     | Quý I/2024",
        "2024-Q2     | Quý II/2024",
        "2024-Q3     | Quý III/2024",
        "2024-Q4     | Quý IV/2024",
        "2024-H1     | 6 tháng đầu năm 2024",
        "2024-H2     | 6 tháng cuối năm 2024",
        "2024        | Năm 2024",
        "2024-05-YTD | Lũy kế 5 tháng năm 2024",
        "2024-12-YTD | Lũy kế 12 tháng năm 2024",
        "2024-01-YTD | Lũy kế tháng 1/2024",
    })
    void vietnamese_labels_follow_report_wording(String period, String label) {
        assertThat(ReportingPeriod.parse(period).labelVi()).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} reads \"{1}\" in English")
    @CsvSource(delimiter = '|', value = {
        "2024-03     | March 2024",
        "2024-01     | January 2024",
        "2024-Q1     | Q1 2024",
        "2024-Q4     | Q4 2024",
        "2024-H1     | H1 2024",
        "2024-H2     | H2 2024",
        "2024        | 2024",
        "2024-05-YTD | January–May 2024",
        "2024-02-YTD | January–February 2024",
        "2024-01-YTD | January 2024 (year to date)",
    })
    void english_labels_are_short(String period, String label) {
        assertThat(ReportingPeriod.parse(period).labelEn()).isEqualTo(label);
    }

    @Test
    void the_english_year_to_date_label_uses_an_en_dash() {
        assertThat(ReportingPeriod.yearToDate(2024, 5).labelEn()).contains("\u2013").doesNotContain("-");
    }

    @Test
    void vietnamese_labels_are_precomposed_unicode() {
        // Decomposed accents would break equality with texts typed in reports and in the database.
        String label = ReportingPeriod.halfYear(2024, 1).labelVi();

        assertThat(java.text.Normalizer.isNormalized(label, java.text.Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void the_locale_language_chooses_english_or_vietnamese() {
        ReportingPeriod q1 = ReportingPeriod.quarter(2024, 1);

        assertThat(q1.label(Locale.ENGLISH)).isEqualTo("Q1 2024");
        assertThat(q1.label(Locale.UK)).isEqualTo("Q1 2024");
        assertThat(q1.label(Locale.forLanguageTag("vi-VN"))).isEqualTo("Quý I/2024");
        assertThat(q1.label(Locale.forLanguageTag("vi"))).isEqualTo("Quý I/2024");
        assertThat(q1.label(Locale.FRENCH)).isEqualTo("Quý I/2024");
        assertThat(q1.label(Locale.ROOT)).isEqualTo("Quý I/2024");
    }
}
