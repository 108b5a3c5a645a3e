package vn.dti.dashboard.shared.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReportingPeriodOrderingTest {

    private static ReportingPeriod p(String text) {
        return ReportingPeriod.parse(text);
    }

    @Test
    void periods_sort_by_start_date_then_by_length() {
        List<ReportingPeriod> periods = new ArrayList<>(List.of(
                p("2024-04"), p("2024"), p("2023-12"), p("2024-Q2"), p("2024-01"), p("2024-H1"),
                p("2024-Q1"), p("2024-05-YTD"), p("2024-H2"), p("2024-02"), p("2025-01")));
        Collections.shuffle(periods, new Random(42));

        Collections.sort(periods);

        assertThat(periods).containsExactly(
                p("2023-12"),
                p("2024-01"), p("2024-Q1"), p("2024-05-YTD"), p("2024-H1"), p("2024"),
                p("2024-02"),
                p("2024-04"), p("2024-Q2"),
                p("2024-H2"),
                p("2025-01"));
    }

    @Test
    void year_to_date_periods_sort_by_their_length() {
        assertThat(p("2024-02-YTD")).isLessThan(p("2024-03-YTD"));
        assertThat(p("2023-12-YTD")).isLessThan(p("2024-01-YTD"));
    }

    @Test
    void periods_covering_the_same_months_are_ordered_by_type_and_never_compare_equal() {
        assertThat(p("2024-01")).isLessThan(p("2024-01-YTD"));
        assertThat(p("2024-Q1")).isLessThan(p("2024-03-YTD"));
        assertThat(p("2024-H1")).isLessThan(p("2024-06-YTD"));
        assertThat(p("2024")).isLessThan(p("2024-12-YTD"));
        // Consistent with equals, so sorted sets keep both.
        assertThat(new TreeSet<>(List.of(p("2024-Q1"), p("2024-03-YTD")))).hasSize(2);
    }

    @Test
    void equal_periods_compare_as_zero() {
        assertThat(p("2024-Q3").compareTo(ReportingPeriod.quarter(2024, 3))).isZero();
    }
}
