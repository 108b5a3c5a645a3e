package vn.dti.dashboard.shared.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodParsingTest {

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
        "2024-03, MONTH",
        "2024-01, MONTH",
        "2024-12, MONTH",
        "2024-Q1, QUARTER",
        "2024-Q4, QUARTER",
        "2024-H1, HALF_YEAR",
        "2024-H2, HALF_YEAR",
        "2024, YEAR",
        "2000, YEAR",
        "2100, YEAR",
        "2024-05-YTD, YEAR_TO_DATE",
        "2024-01-YTD, YEAR_TO_DATE",
        "2024-12-YTD, YEAR_TO_DATE",
    })
    void every_notation_parses_to_its_type_and_prints_back_unchanged(String text, PeriodType type) {
        ReportingPeriod period = ReportingPeriod.parse(text);

        assertThat(period.type()).isEqualTo(type);
        assertThat(period.toString()).isEqualTo(text);
        assertThat(ReportingPeriod.parse(period.toString())).isEqualTo(period);
    }

    @Test
    void parsing_gives_the_same_value_as_the_factories() {
        assertThat(ReportingPeriod.parse("2024-03")).isEqualTo(ReportingPeriod.month(2024, 3));
        assertThat(ReportingPeriod.parse("2024-Q2")).isEqualTo(ReportingPeriod.quarter(2024, 2));
        assertThat(ReportingPeriod.parse("2024-H2")).isEqualTo(ReportingPeriod.halfYear(2024, 2));
        assertThat(ReportingPeriod.parse("2024")).isEqualTo(ReportingPeriod.year(2024));
        assertThat(ReportingPeriod.parse("2024-05-YTD")).isEqualTo(ReportingPeriod.yearToDate(2024, 5));
    }

    @Test
    void factories_print_the_canonical_notation_with_leading_zeros() {
        assertThat(ReportingPeriod.month(2024, 3)).hasToString("2024-03");
        assertThat(ReportingPeriod.quarter(2024, 1)).hasToString("2024-Q1");
        assertThat(ReportingPeriod.halfYear(2024, 1)).hasToString("2024-H1");
        assertThat(ReportingPeriod.year(2024)).hasToString("2024");
        assertThat(ReportingPeriod.yearToDate(2024, 5)).hasToString("2024-05-YTD");
        assertThat(ReportingPeriod.ofMonth(java.time.YearMonth.of(2024, 11))).hasToString("2024-11");
    }

    @Test
    void value_of_is_parse_for_frameworks() {
        assertThat(ReportingPeriod.valueOf("2024-Q3")).isEqualTo(ReportingPeriod.quarter(2024, 3));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "2024-13     | month 13 is outside 1..12",
        "2024-00     | month 0 is outside 1..12",
        "2024-00-YTD | month 0 is outside 1..12",
        "2024-13-YTD | month 13 is outside 1..12",
        "2024-Q5     | quarter 5 is outside 1..4",
        "2024-Q0     | quarter 0 is outside 1..4",
        "2024-H3     | half 3 is outside 1..2",
        "2024-H0     | half 0 is outside 1..2",
        "1999        | year 1999 is outside 2000..2100",
        "1999-12     | year 1999 is outside 2000..2100",
        "2101-Q1     | year 2101 is outside 2000..2100",
        "0024-01     | year 24 is outside 2000..2100",
        "24-01       | the text matches none of the accepted forms",
        "2024-1      | the text matches none of the accepted forms",
        "abc         | the text matches none of the accepted forms",
        "2024-q1     | the text matches none of the accepted forms",
        "2024-Q01    | the text matches none of the accepted forms",
        "2024-05-ytd | the text matches none of the accepted forms",
        "2024-Q1-YTD | the text matches none of the accepted forms",
        "2024/03     | the text matches none of the accepted forms",
        "02024       | the text matches none of the accepted forms",
        "2024-03-01  | the text matches none of the accepted forms",
        "''          | the text is empty",
    })
    void invalid_text_is_rejected_with_a_message_naming_it_the_problem_and_the_accepted_forms(
            String text, String problem) {
        assertThatThrownBy(() -> ReportingPeriod.parse(text))
                .isInstanceOf(InvalidPeriodException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid reporting period \"" + text + "\": " + problem + ". "
                        + "Accepted forms: YYYY-MM (e.g. 2024-03), YYYY-Qn (2024-Q1), YYYY-Hn (2024-H1), "
                        + "YYYY (2024), YYYY-MM-YTD (2024-05-YTD), with years 2000..2100.")
                .extracting(e -> ((InvalidPeriodException) e).input())
                .isEqualTo(text);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {" 2024-03", "2024-03 ", "2024-03\n", "２０２４-03", "٢٠٢٤-03", "2024-Q", "2024-", "-2024"})
    void surrounding_spaces_and_non_ascii_digits_are_rejected(String text) {
        assertThatThrownBy(() -> ReportingPeriod.parse(text))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessageContaining("matches none of the accepted forms");
    }

    @Test
    void a_very_long_input_is_cut_short_in_the_message_but_kept_whole_in_the_exception() {
        String text = "x".repeat(1000);

        assertThatThrownBy(() -> ReportingPeriod.parse(text))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessageStartingWith("Invalid reporting period \"" + "x".repeat(40) + "...\": ")
                .extracting(e -> ((InvalidPeriodException) e).input())
                .isEqualTo(text);
    }

    @Test
    void try_parse_gives_the_period_or_nothing() {
        assertThat(ReportingPeriod.tryParse("2024-Q2")).contains(ReportingPeriod.quarter(2024, 2));
        assertThat(ReportingPeriod.tryParse("2024-Q5")).isEmpty();
        assertThat(ReportingPeriod.tryParse("")).isEmpty();
        assertThat(ReportingPeriod.tryParse(null)).isEmpty();
    }

    @Test
    void factories_reject_impossible_values_naming_the_call() {
        assertThatThrownBy(() -> ReportingPeriod.month(2024, 13))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Invalid reporting period month(2024, 13): month 13 is outside 1..12.");
        assertThatThrownBy(() -> ReportingPeriod.quarter(2024, 5))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Invalid reporting period quarter(2024, 5): quarter 5 is outside 1..4.");
        assertThatThrownBy(() -> ReportingPeriod.halfYear(2024, 0))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Invalid reporting period halfYear(2024, 0): half 0 is outside 1..2.");
        assertThatThrownBy(() -> ReportingPeriod.year(2101))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Invalid reporting period year(2101): year 2101 is outside 2000..2100.");
        assertThatThrownBy(() -> ReportingPeriod.yearToDate(1999, 5))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Invalid reporting period yearToDate(1999, 5): year 1999 is outside 2000..2100.");
        assertThatThrownBy(() -> ReportingPeriod.ofMonth(java.time.YearMonth.of(1999, 12)))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Invalid reporting period month(1999, 12): year 1999 is outside 2000..2100.");
    }

    @Test
    void equal_periods_have_equal_hash_codes_and_different_types_are_never_equal() {
        assertThat(ReportingPeriod.parse("2024-03")).isEqualTo(ReportingPeriod.month(2024, 3))
                .hasSameHashCodeAs(ReportingPeriod.month(2024, 3));
        // Same months, different meaning: a quarter is not the three-month year to date.
        assertThat(ReportingPeriod.quarter(2024, 1)).isNotEqualTo(ReportingPeriod.yearToDate(2024, 3));
        assertThat(ReportingPeriod.year(2024)).isNotEqualTo(ReportingPeriod.yearToDate(2024, 12));
        assertThat(ReportingPeriod.month(2024, 1)).isNotEqualTo(ReportingPeriod.yearToDate(2024, 1));
        assertThat(ReportingPeriod.month(2024, 1)).isNotEqualTo(ReportingPeriod.month(2025, 1));
    }
}
