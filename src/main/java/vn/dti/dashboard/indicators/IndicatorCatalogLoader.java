package vn.dti.dashboard.indicators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped catalogue and national targets into an empty database at start-up. It is reference
 * data, not demo data, so it loads with {@code --dti.demo-data=false} too. A database that already has
 * indicators is left alone: from then on the database, not the file, is the catalogue.
 *
 * <p>It runs once all beans exist (the database is migrated by then) but before the web server starts and
 * before any {@code ApplicationRunner}: an ApplicationRunner would run after the server already answers,
 * so a client that saw {@code /actuator/health} UP could get an empty catalogue, and demo-data runners of
 * other features could not rely on the indicators, whatever their order.
 */
@Component
class IndicatorCatalogLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IndicatorCatalogLoader.class);

    private final IndicatorRepository indicators;
    private final IndicatorTargetRepository targets;
    private final IndicatorAliasRepository aliases;
    private final TransactionTemplate transaction;

    IndicatorCatalogLoader(IndicatorRepository indicators, IndicatorTargetRepository targets,
            IndicatorAliasRepository aliases, PlatformTransactionManager transactionManager) {
        this.indicators = indicators;
        this.targets = targets;
        this.aliases = aliases;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> loadIfEmpty());
        transaction.executeWithoutResult(status -> loadAliasesIfEmpty());
        transaction.executeWithoutResult(status -> defineWhereMissing());
    }

    /**
     * Gives indicators without a short definition the shipped one ({@code indicator-definitions.csv}); an
     * administrator's own wording is never overwritten, and a database created before definitions existed
     * gets them on its next start.
     */
    void defineWhereMissing() {
        Map<String, String[]> shipped = DefinitionCsv.readShipped();
        int defined = 0;
        for (Indicator indicator : indicators.findAll()) {
            String[] definition = shipped.get(indicator.getCode());
            if (indicator.getDefinitionVi() == null && definition != null) {
                indicator.define(definition[0], definition[1]);
                defined++;
            }
        }
        if (defined > 0) {
            log.info("Added short definitions to {} indicators", defined);
        }
    }

    /**
     * Loads the shipped aliases into an empty alias table, checked against the shipped catalogue. Separate
     * from the catalogue itself, so a database created before aliases existed gets them on its next start.
     */
    void loadAliasesIfEmpty() {
        if (aliases.count() > 0) {
            return;
        }
        List<AliasCsv.AliasEntry> entries = AliasCsv.readShipped(CatalogCsv.readShipped().indicators());
        Set<String> codes = new HashSet<>();
        indicators.findAll().forEach(i -> codes.add(i.getCode()));
        // An administrator may have retired or renamed indicators since; their aliases are left out.
        List<IndicatorAlias> rows = entries.stream().filter(e -> codes.contains(e.code())).map(IndicatorAlias::new)
                .toList();
        aliases.saveAll(rows);
        log.info("Loaded {} indicator aliases", rows.size());
    }

    /** Must run in a transaction: the indicators and their targets are written together or not at all. */
    void loadIfEmpty() {
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
