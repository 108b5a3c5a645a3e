package vn.dti.dashboard.indicators;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole app on a fresh in-memory H2 database (real Flyway migrations, real start-up runners), without
 * demo data, so what the tests see is the reference data alone. The indicator tests share this one
 * configuration, hence one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:indicators-test;DB_CLOSE_DELAY=-1",
        "dti.demo-data=false",
        "dti.admin-password=" + IndicatorsSpringTest.ADMIN_PASSWORD})
@AutoConfigureMockMvc
public @interface IndicatorsSpringTest {

    String ADMIN_PASSWORD = "indicators-test-secret";
}
