package com.dealercs.application;

import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.calculation.CalculationRepository;
import com.dealercs.domain.model.calculation.CalculationRun;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import com.dealercs.domain.scoring.Scorecard;
import com.dealercs.domain.scoring.YearCalculation;
import com.dealercs.domain.scoring.YearResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a year's calculation (scoring.md §1–§4) and stores it as a new run with every scorecard
 * and quarterly result, and records it in the audit trail. It checks no caller:
 * {@link CalculationService} does.
 */
@ApplicationScoped
public class YearCalculator {

    @Inject
    EvaluationYearRepository years;

    @Inject
    YearInputs inputs;

    @Inject
    CalculationRepository runs;

    @Inject
    AuditTrail audit;

    private static final Logger LOG = Logger.getLogger(YearCalculator.class.getName());

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public CalculationSummary calculate(int year, String actor) {
        // locked: no change of the year's state or policy while it is calculated
        EvaluationYear evaluationYear = years.findForUpdate(year)
                .orElseThrow(() -> new NotFoundException("calculation.year.notFound", year));
        if (!evaluationYear.acceptsData()) {
            throw new ConflictException("calculation.year.locked", year, evaluationYear.getState());
        }
        long start = System.nanoTime();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        YearInputs.Loaded loaded = inputs.load(evaluationYear);
        if (loaded.factCount() == 0) {
            throw new NotFoundException("calculation.year.noData", year);
        }
        long loadedAt = System.nanoTime();
        YearResults results = YearCalculation.run(year, loaded.scheme(), loaded.policy(), loaded.dealers());
        long calculatedAt = System.nanoTime();

        List<String> notRated = results.scorecards().stream().filter(s -> !s.isRated())
                .map(Scorecard::dealerCode).sorted().toList();
        int rated = results.scorecards().size() - notRated.size();
        CalculationRun run = new CalculationRun(evaluationYear, clock.instant(), actor, rated, notRated.size());
        runs.store(run);
        runs.storeAll(run, results.scorecards(), loaded.dealerIds());
        audit.record(actor, AuditTrail.CALCULATED, AuditTrail.year(year), null,
                "run " + run.getId() + ": " + rated + " rated, " + notRated.size() + " not rated", null);
        long storedAt = System.nanoTime();
        LOG.log(Level.INFO, "Calculation of {0} (run {1}): {2} fact rows of {3} dealers; load {4} ms, rules {5} ms,"
                + " store {6} ms; heap: peak {7} MB (garbage included) of at most {8} MB", new Object[] {String.valueOf(year),
                    String.valueOf(run.getId()), loaded.factCount(), loaded.dealers().size(),
                    (loadedAt - start) / 1_000_000, (calculatedAt - loadedAt) / 1_000_000,
                    (storedAt - calculatedAt) / 1_000_000, peakHeapMegabytes(), Runtime.getRuntime().maxMemory() >> 20});
        return new CalculationSummary(year, run.getId(), run.getRunAt(), run.getRunBy(), run.isDraft(),
                results.scorecards().size(), rated, notRated.size(), notRated);
    }

    /** The heap's peak use since the calculation started (the sum of its pools' peaks: an upper bound). */
    private static long peakHeapMegabytes() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
