package vn.dti.dashboard.shared.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodNavigationTest {

    @ParameterizedTest(name = "{0} comes right after {1}")
    @CsvSource({
        "2024-03, 2024-02",
        "2024-01, 2023-12",
        "2024-Q2, 2024-Q1",
        "2024-Q1, 2023-Q4",
        "2024-H2, 2024-H1",
        "2024-H1, 2023-H2",
        "2024, 2023",
        "2024-05-YTD, 2024-04-YTD",
        "2024-01-YTD, 2023-12-YTD",
    })
    void previous_and_next_step_one_period_of_the_same_type_across_year_boundaries(String later, String earlier) {
        ReportingPeriod laterPeriod = ReportingPeriod.parse(later);
        ReportingPeriod earlierPeriod = ReportingPeriod.parse(earlier);

        assertThat(laterPeriod.previous()).isEqualTo(earlierPeriod);
        assertThat(earlierPeriod.next()).isEqualTo(laterPeriod);
    }

    @Test
    void twelve_steps_back_from_a_month_reach_the_same_month_last_year() {
        ReportingPeriod period = ReportingPeriod.month(2024, 3);
        for (int i = 0; i < 12; i++) {
            period = period.previous();
        }
        assertThat(period).isEqualTo(ReportingPeriod.month(2023, 3));
    }

    @Test
    void consecutive_quarters_cover_the_months_without_gap() {
        ReportingPeriod q = ReportingPeriod.quarter(2023, 4);

        assertThat(q.next().firstMonth()).isEqualTo(q.lastMonth().plusMonths(1));
        assertThat(q.next().next().firstMonth()).isEqualTo(q.next().lastMonth().plusMonths(1));
    }

    @ParameterizedTest(name = "a year before {0} is {1}")
    @CsvSource({
        "2024-03, 2023-03",
        "2024-01, 2023-01",
        "2024-Q2, 2023-Q2",
        "2024-H2, 2023-H2",
        "2024, 2023",
        "2024-05-YTD, 2023-05-YTD",
        "2024-02, 2023-02",
    })
    void same_period_last_year_keeps_the_type_and_position(String period, String lastYear) {
        assertThat(ReportingPeriod.parse(period).samePeriodLastYear()).isEqualTo(ReportingPeriod.parse(lastYear));
    }

    @Test
    void stepping_outside_the_supported_years_is_rejected() {
        assertThatThrownBy(() -> ReportingPeriod.month(2000, 1).previous())
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Invalid reporting period 2000-01.previous(): year 1999 is outside 2000..2100.");
        assertThatThrownBy(() -> ReportingPeriod.quarter(2100, 4).next())
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Invalid reporting period 2100-Q4.next(): year 2101 is outside 2000..2100.");
        assertThatThrownBy(() -> ReportingPeriod.year(2000).samePeriodLastYear())
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Invalid reporting period 2000.samePeriodLastYear(): year 1999 is outside 2000..2100.");
        assertThat(ReportingPeriod.month(2000, 2).previous()).isEqualTo(ReportingPeriod.month(2000, 1));
        assertThat(ReportingPeriod.halfYear(2100, 1).next()).isEqualTo(ReportingPeriod.halfYear(2100, 2));
    }
}
