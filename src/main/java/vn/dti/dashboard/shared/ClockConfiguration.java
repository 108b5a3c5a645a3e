package vn.dti.dashboard.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, in the province's time zone, so tests can fix "today". */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Vietnam has one time zone and no daylight saving time. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
