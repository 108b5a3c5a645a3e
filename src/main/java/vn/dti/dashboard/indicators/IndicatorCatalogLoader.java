package vn.dti.dashboard.indicators;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shipped catalogue and national targets into an empty database at start-up. It is reference
 * data, not demo data, so it loads with {@code --dti.demo-data=false} too. It runs before every other
 * start-up runner because demo reports and imports need the indicators. A database that already has
 * indicators is left alone: from then on the database, not the file, is the catalogue.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IndicatorCatalogLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndicatorCatalogLoader.class);

    private final IndicatorRepository indicators;
    private final IndicatorTargetRepository targets;

    IndicatorCatalogLoader(IndicatorRepository indicators, IndicatorTargetRepository targets) {
        this.indicators = indicators;
        this.targets = targets;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (indicators.count() > 0) {
            return;
        }
        // Throws CatalogFileException naming every broken line; start-up then stops with that message.
        CatalogCsv.Catalog catalog = CatalogCsv.readShipped();
        List<Indicator> rows = new ArrayList<>();
        for (int i = 0; i < catalog.indicators().size(); i++) {
            rows.add(new Indicator(catalog.indicators().get(i), i + 1));
        }
        indicators.saveAll(rows);
        // Targets reference indicators by code (foreign key): write the indicators first.
        indicators.flush();
        targets.saveAll(catalog.targets().stream().map(IndicatorTarget::new).toList());
        log.info("Loaded the indicator catalogue: {} indicators, {} national targets", rows.size(),
                catalog.targets().size());
    }
}
