package vn.dti.dashboard.shared.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodCalendarTest {

    private static YearMonth ym(int year, int month) {
        return YearMonth.of(year, month);
    }

    @Test
    void a_month_covers_only_itself() {
        ReportingPeriod march = ReportingPeriod.month(2024, 3);

        assertThat(march.months()).containsExactly(ym(2024, 3));
        assertThat(march.firstMonth()).isEqualTo(ym(2024, 3));
        assertThat(march.lastMonth()).isEqualTo(ym(2024, 3));
        assertThat(march.year()).isEqualTo(2024);
        assertThat(march.monthCount()).isEqualTo(1);
        assertThat(march.isMonth()).isTrue();
    }

    @Test
    void quarter_two_contains_april_may_june() {
        ReportingPeriod q2 = ReportingPeriod.quarter(2024, 2);

        assertThat(q2.months()).containsExactly(ym(2024, 4), ym(2024, 5), ym(2024, 6));
        assertThat(q2.contains(ym(2024, 4))).isTrue();
        assertThat(q2.contains(ym(2024, 6))).isTrue();
        assertThat(q2.contains(ym(2024, 3))).isFalse();
        assertThat(q2.contains(ym(2024, 7))).isFalse();
        assertThat(q2.contains(ym(2023, 5))).isFalse();
        assertThat(q2.isMonth()).isFalse();
    }

    @Test
    void every_quarter_covers_its_three_months() {
        assertThat(ReportingPeriod.quarter(2024, 1).months()).containsExactly(ym(2024, 1), ym(2024, 2), ym(2024, 3));
        assertThat(ReportingPeriod.quarter(2024, 3).months()).containsExactly(ym(2024, 7), ym(2024, 8), ym(2024, 9));
        assertThat(ReportingPeriod.quarter(2024, 4).months())
                .containsExactly(ym(2024, 10), ym(2024, 11), ym(2024, 12));
    }

    @Test
    void the_first_half_is_january_to_june_and_the_second_july_to_december() {
        assertThat(ReportingPeriod.halfYear(2024, 1).months())
                .containsExactly(ym(2024, 1), ym(2024, 2), ym(2024, 3), ym(2024, 4), ym(2024, 5), ym(2024, 6));
        assertThat(ReportingPeriod.halfYear(2024, 2).months())
                .containsExactly(ym(2024, 7), ym(2024, 8), ym(2024, 9), ym(2024, 10), ym(2024, 11), ym(2024, 12));
    }

    @Test
    void a_year_covers_january_to_december_in_order() {
        ReportingPeriod year = ReportingPeriod.year(2024);

        assertThat(year.months()).hasSize(12).startsWith(ym(2024, 1)).endsWith(ym(2024, 12)).isSorted();
        assertThat(year.contains(ym(2024, 7))).isTrue();
        assertThat(year.contains(ym(2025, 1))).isFalse();
    }

    @Test
    void year_to_date_runs_from_january_to_its_month() {
        ReportingPeriod ytd = ReportingPeriod.yearToDate(2024, 5);

        assertThat(ytd.months()).containsExactly(ym(2024, 1), ym(2024, 2), ym(2024, 3), ym(2024, 4), ym(2024, 5));
        assertThat(ytd.firstMonth()).isEqualTo(ym(2024, 1));
        assertThat(ytd.lastMonth()).isEqualTo(ym(2024, 5));
        assertThat(ytd.monthCount()).isEqualTo(5);
        assertThat(ytd.contains(ym(2024, 6))).isFalse();
        assertThat(ReportingPeriod.yearToDate(2024, 1).months()).containsExactly(ym(2024, 1));
    }

    @Test
    void the_month_list_cannot_be_modified() {
        var months = ReportingPeriod.quarter(2024, 1).months();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> months.add(ym(2024, 4)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0} runs from {1} to {2}")
    @CsvSource({
        "2024-03, 2024-03-01, 2024-03-31",
        "2024-02, 2024-02-01, 2024-02-29",
        "2023-02, 2023-02-01, 2023-02-28",
        "2100-02, 2100-02-01, 2100-02-28",
        "2000-02, 2000-02-01, 2000-02-29",
        "2024-04, 2024-04-01, 2024-04-30",
        "2024-Q1, 2024-01-01, 2024-03-31",
        "2024-Q2, 2024-04-01, 2024-06-30",
        "2024-Q4, 2024-10-01, 2024-12-31",
        "2024-H1, 2024-01-01, 2024-06-30",
        "2024-H2, 2024-07-01, 2024-12-31",
        "2024, 2024-01-01, 2024-12-31",
        "2024-02-YTD, 2024-01-01, 2024-02-29",
        "2024-05-YTD, 2024-01-01, 2024-05-31",
    })
    void start_and_end_dates_are_the_first_and_last_day_covered(String period, LocalDate start, LocalDate end) {
        ReportingPeriod p = ReportingPeriod.parse(period);

        assertThat(p.startDate()).isEqualTo(start);
        assertThat(p.endDate()).isEqualTo(end);
    }

    @ParameterizedTest(name = "the {0} containing {1} is {2}")
    @CsvSource({
        "MONTH, 2024-05, 2024-05",
        "QUARTER, 2024-05, 2024-Q2",
        "QUARTER, 2024-01, 2024-Q1",
        "QUARTER, 2024-03, 2024-Q1",
        "QUARTER, 2024-04, 2024-Q2",
        "QUARTER, 2024-09, 2024-Q3",
        "QUARTER, 2024-10, 2024-Q4",
        "QUARTER, 2024-12, 2024-Q4",
        "HALF_YEAR, 2024-06, 2024-H1",
        "HALF_YEAR, 2024-07, 2024-H2",
        "YEAR, 2024-05, 2024",
        "YEAR_TO_DATE, 2024-05, 2024-05-YTD",
        "YEAR_TO_DATE, 2024-01, 2024-01-YTD",
    })
    void containing_finds_the_period_of_a_type_around_a_month(PeriodType type, YearMonth month, String expected) {
        ReportingPeriod period = ReportingPeriod.containing(type, month);

        assertThat(period).hasToString(expected);
        assertThat(period.type()).isEqualTo(type);
        assertThat(period.contains(month)).isTrue();
    }

    @Test
    void every_month_of_a_year_is_in_exactly_one_quarter_and_one_half() {
        for (int m = 1; m <= 12; m++) {
            YearMonth month = ym(2024, m);
            int quarters = 0;
            for (int q = 1; q <= 4; q++) {
                quarters += ReportingPeriod.quarter(2024, q).contains(month) ? 1 : 0;
            }
            int halves = (ReportingPeriod.halfYear(2024, 1).contains(month) ? 1 : 0)
                    + (ReportingPeriod.halfYear(2024, 2).contains(month) ? 1 : 0);
            assertThat(quarters).as("quarters containing %s", month).isEqualTo(1);
            assertThat(halves).as("halves containing %s", month).isEqualTo(1);
        }
    }
}
