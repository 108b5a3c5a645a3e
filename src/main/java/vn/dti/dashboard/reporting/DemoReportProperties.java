package vn.dti.dashboard.reporting;

import java.time.YearMonth;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo reports ({@code dti.demo-reports.*}), imported on the first start with {@code dti.demo-data}.
 *
 * @param enabled false starts the demo province without its reports
 * @param from    first month ({@code YYYY-MM}); the default is the first of the 24 months before the 2025 reform
 * @param to      last month
 * @param threads workers that write and import workbooks side by side; 0 = one per processor
 */
@ConfigurationProperties("dti.demo-reports")
public record DemoReportProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2023-07") String from,
        @DefaultValue("2025-06") String to,
        @DefaultValue("0") int threads) {

    YearMonth firstMonth() {
        return YearMonth.parse(from.strip());
    }

    YearMonth lastMonth() {
        return YearMonth.parse(to.strip());
    }

    int workers() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
