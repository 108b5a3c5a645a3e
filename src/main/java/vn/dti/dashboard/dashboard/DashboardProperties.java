package vn.dti.dashboard.dashboard;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the dashboards show.
 *
 * @param headline    the indicators on the overview's cards, in order (grouped by pillar on screen); a
 *                    province sets its own list with {@code dti.dashboard.headline=CODE,CODE,…}
 * @param trendMonths how many months a card's trend line and the detail's trend span
 */
@ConfigurationProperties("dti.dashboard")
public record DashboardProperties(List<String> headline, int trendMonths) {

    static final List<String> DEFAULT_HEADLINE = List.of("EID_ACTIVATED", "EID_ACTIVATION_RATE",
            "DOSSIERS_ONLINE_RATE", "DOSSIERS_ONLINE_FULL_RATE", "CDT_TEAMS", "CDT_MEMBERS",
            "CDT_HAMLET_COVERAGE_RATE", "OFFICIAL_DIGSIG_RATE", "CITIZEN_DIGITAL_SIGNATURES", "FEEDBACK_ON_TIME_RATE",
            "CITIZEN_APP_ACCOUNTS", "HOUSEHOLD_FTTH_RATE");

    public DashboardProperties {
        headline = headline == null || headline.isEmpty() ? DEFAULT_HEADLINE
                : headline.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        trendMonths = trendMonths <= 0 ? 12 : Math.min(trendMonths, 60);
    }
}
