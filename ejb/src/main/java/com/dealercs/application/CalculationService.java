package com.dealercs.application;

import com.dealercs.domain.model.calculation.CalculationRepository;
import com.dealercs.domain.model.calculation.CalculationRun;
import com.dealercs.domain.model.calculation.DealerScorecard;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import com.dealercs.domain.scoring.Scorecard;
import com.dealercs.domain.scoring.YearCalculation;
import com.dealercs.domain.scoring.YearResults;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Runs a year's calculation (scoring.md §1–§4) and stores it as a new run with every scorecard
 * and quarterly result. While the year is OPEN a run is a draft and may be run again; the latest
 * run is the one shown. An APPROVED or PUBLISHED year is frozen: its calculation is refused.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class CalculationService {

    @Inject
    EvaluationYearRepository years;

    @Inject
    YearInputs inputs;

    @Inject
    CalculationRepository runs;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    public CalculationSummary calculate(int year) {
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
        CalculationRun run = new CalculationRun(evaluationYear, clock.instant(),
                session.getCallerPrincipal().getName(), rated, notRated.size());
        runs.store(run);
        for (Scorecard scorecard : results.scorecards()) {
            runs.store(new DealerScorecard(run, loaded.dealerEntities().get(scorecard.dealerCode()), scorecard));
        }
        return new CalculationSummary(year, run.getId(), run.getRunAt(), run.getRunBy(), run.isDraft(),
                results.scorecards().size(), rated, notRated.size(), notRated);
    }
}
