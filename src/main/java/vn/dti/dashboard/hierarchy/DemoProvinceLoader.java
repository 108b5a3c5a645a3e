package vn.dti.dashboard.hierarchy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.dti.dashboard.shared.DtiProperties;

/**
 * Demo mode (on by default, off with {@code --dti.demo-data=false}): loads the real Vĩnh Phúc hierarchy
 * of 2022-2025 (1 province, 9 districts, 136 communes, the 2025-01 mergers, the 36 communes of Phú Thọ
 * from 2025-07-01) and a few departments into an empty database, through the same import as an
 * administrator's file, so the demo data obeys the same rules.
 */
@Component
@Order(10)
class DemoProvinceLoader implements ApplicationRunner {

    static final String DEMO_UNITS = "data-samples/units/vinh-phuc-units.csv";

    private static final Logger log = LoggerFactory.getLogger(DemoProvinceLoader.class);

    private final DtiProperties properties;
    private final HierarchyService hierarchy;
    private final UnitFileImport imports;

    DemoProvinceLoader(DtiProperties properties, HierarchyService hierarchy, UnitFileImport imports) {
        this.properties = properties;
        this.hierarchy = hierarchy;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || !hierarchy.isEmpty()) {
            return;
        }
        try (InputStream in = new ClassPathResource(DEMO_UNITS).getInputStream()) {
            UnitImportResult result = imports.importFile("vinh-phuc-units.csv", in.readAllBytes());
            log.info("DEMO MODE: loaded the Vĩnh Phúc demo hierarchy ({} unit versions)", result.created());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo hierarchy " + DEMO_UNITS, e);
        }
    }
}
