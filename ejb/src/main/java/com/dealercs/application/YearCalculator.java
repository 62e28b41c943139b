package com.dealercs.application;

import com.dealercs.domain.model.calculation.CalculationRepository;
import com.dealercs.domain.model.calculation.CalculationRun;
import com.dealercs.domain.model.calculation.DealerScorecard;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import com.dealercs.domain.scoring.Scorecard;
import com.dealercs.domain.scoring.YearCalculation;
import com.dealercs.domain.scoring.YearResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Runs a year's calculation (scoring.md §1–§4) and stores it as a new run with every scorecard
 * and quarterly result, and records it in the audit trail. It checks no caller:
 * {@link CalculationService} does, and the demo loader runs as the system.
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

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public CalculationSummary calculate(int year, String actor) {
        // locked: no change of the year's state or policy while it is calculated
        EvaluationYear evaluationYear = years.findForUpdate(year)
                .orElseThrow(() -> new NotFoundException("calculation.year.notFound", year));
        if (!evaluationYear.acceptsData()) {
            throw new ConflictException("calculation.year.locked", year, evaluationYear.getState().name());
        }
        YearInputs.Loaded loaded = inputs.load(evaluationYear);
        if (loaded.factCount() == 0) {
            throw new NotFoundException("calculation.year.noData", year);
        }
        YearResults results = YearCalculation.run(year, loaded.scheme(), loaded.policy(), loaded.dealers());

        List<String> notRated = results.scorecards().stream().filter(s -> !s.isRated())
                .map(Scorecard::dealerCode).sorted().toList();
        int rated = results.scorecards().size() - notRated.size();
        CalculationRun run = new CalculationRun(evaluationYear, clock.instant(), actor, rated, notRated.size());
        runs.store(run);
        for (Scorecard scorecard : results.scorecards()) {
            runs.store(new DealerScorecard(run, loaded.dealerEntities().get(scorecard.dealerCode()), scorecard));
        }
        audit.record(actor, AuditTrail.CALCULATED, AuditTrail.year(year), null,
                "run " + run.getId() + ": " + rated + " rated, " + notRated.size() + " not rated", null);
        return new CalculationSummary(year, run.getId(), run.getRunAt(), run.getRunBy(), run.isDraft(),
                results.scorecards().size(), rated, notRated.size(), notRated);
    }
}
