package vn.dti.dashboard.dashboard.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.dti.dashboard.shared.period.PeriodType;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/** The periods a picker offers: of one kind, newest first, from the latest month with data back three years. */
final class PeriodChoices {

    private PeriodChoices() {
    }

    static List<ReportingPeriod> of(PeriodType type, YearMonth latest) {
        List<ReportingPeriod> periods = new ArrayList<>();
        YearMonth earliest = latest.minusYears(3).withMonth(1);
        ReportingPeriod p = ReportingPeriod.containing(type, latest);
        while (!p.firstMonth().isBefore(earliest) && periods.size() < 60) {
            periods.add(p);
            p = p.previous();
        }
        return periods;
    }
}
