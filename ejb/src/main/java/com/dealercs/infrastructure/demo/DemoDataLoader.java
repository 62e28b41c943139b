package com.dealercs.infrastructure.demo;

import com.dealercs.application.CalculationSummary;
import com.dealercs.application.YearCalculator;
import com.dealercs.application.YearLifecycle;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.ImportStatus;
import com.dealercs.infrastructure.bootstrap.AccountBootstrap;
import com.dealercs.infrastructure.imports.ImportLauncher;
import com.dealercs.infrastructure.persistence.DatabaseMigration;
import com.dealercs.infrastructure.persistence.Jdbc;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for a newcomer ({@code CS_DEMO=true}, set only by {@code bin/run --demo}): two
 * generated years (the previous and the current one) imported through the same import pipeline
 * HQ uses, once, into an empty network; then both are calculated and the previous one is approved
 * and published, as the system (so a dealer sees a published year, and the current one is open). A database that already has dealers is left alone.
 */
@Singleton
@Startup
@DependsOn("AccountBootstrap")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final Duration PER_FILE = Duration.ofMinutes(10);

    @Inject
    @ConfigProperty(name = "CS_DEMO", defaultValue = "false")
    boolean demo;

    @Inject
    ImportLauncher imports;

    @Inject
    YearCalculator calculator;

    @Inject
    YearLifecycle lifecycle;

    @Resource
    TimerService timers;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void schedule() {
        if (demo) {
            // after deployment has finished: the batch runtime runs the imports then
            timers.createSingleActionTimer(2_000, new TimerConfig("demo-data", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        long[] dealers = new long[1];
        Jdbc.query(dataSource, "select count(*) from dealer", row -> dealers[0] = row.getLong(1));
        if (dealers[0] > 0) {
            LOG.info("Demo data: the network already has dealers; nothing loaded");
            return;
        }
        DemoDataGenerator generator = new DemoDataGenerator(Year.now().getValue());
        LOG.info(() -> "Demo data: importing the years " + generator.years() + " through the import pipeline");
        try {
            for (Map.Entry<Integer, Map<String, String>> year : generator.generateAll().entrySet()) {
                for (Map.Entry<String, String> file : year.getValue().entrySet()) {
                    ImportKind kind = ImportKind.fromPath(file.getKey()).orElseThrow();
                    long id = imports.launch(kind, file.getValue().getBytes(StandardCharsets.UTF_8),
                            "demo-" + year.getKey() + "-" + file.getKey() + ".csv", AccountBootstrap.SYSTEM_ACTOR);
                    ImportStatus status = imports.await(id, PER_FILE);
                    if (status != ImportStatus.COMPLETED) {
                        LOG.warning(() -> "Demo data: import " + id + " of " + file.getKey() + " " + year.getKey()
                                + " ended " + status + "; the demo stops here");
                        return;
                    }
                }
            }
            LOG.info("Demo data: both years imported");
            for (int year : generator.years()) {
                CalculationSummary summary = calculator.calculate(year, AccountBootstrap.SYSTEM_ACTOR);
                LOG.info(() -> "Demo data: " + year + " calculated, " + summary.rated() + " dealers rated");
            }
            int earlier = generator.years().get(0);
            lifecycle.approve(earlier, AccountBootstrap.SYSTEM_ACTOR);
            lifecycle.publish(earlier, AccountBootstrap.SYSTEM_ACTOR);
            LOG.info(() -> "Demo data: " + earlier + " approved and published");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo data could not be loaded", e);
        }
    }
}
