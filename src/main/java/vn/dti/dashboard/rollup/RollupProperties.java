package vn.dti.dashboard.rollup;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.dti.dashboard.shared.ClockConfiguration;

/**
 * Reporting deadlines ({@code dti.rollup.*}): a month's report is on time when its first version arrives by the
 * end of day {@code deadlineDay} of the following month (Vietnam time), or by the day a province sets for
 * itself in {@code provinceDeadlineDays} (keyed by the province's code).
 */
@ConfigurationProperties("dti.rollup")
public record RollupProperties(@DefaultValue("5") int deadlineDay,
        @DefaultValue Map<String, Integer> provinceDeadlineDays) {

    public RollupProperties {
        provinceDeadlineDays = Map.copyOf(provinceDeadlineDays);
    }

    /** A report of the month that first arrived before this instant is on time (the end of that day). */
    static Instant deadline(YearMonth month, int day) {
        YearMonth next = month.plusMonths(1);
        int last = next.lengthOfMonth();
        return next.atDay(Math.max(1, Math.min(day, last))).plusDays(1).atStartOfDay(ClockConfiguration.VIETNAM)
                .toInstant();
    }
}
