package com.dealercs.application;

import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.calculation.CalculationRepository;
import com.dealercs.domain.model.calculation.CalculationRun;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import com.dealercs.domain.model.year.YearState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The year's life cycle (scoring.md §6): OPEN → APPROVED → PUBLISHED, and back to OPEN by a
 * reopening with a reason. Each change locks the year's row, so no import or calculation slips in
 * between the checks and the change, and is recorded in the audit trail. It checks no caller:
 * {@link YearLifecycleService} does.
 */
@ApplicationScoped
public class YearLifecycle {

    /** The longest reason kept. */
    public static final int MAX_REASON = 1000;

    @Inject
    EvaluationYearRepository years;

    @Inject
    CalculationRepository runs;

    @Inject
    AuditTrail audit;

    @Inject
    PublishedScorecards published;

    /** Approves the year's latest calculation; refused without one, or when the data changed since. */
    @Transactional
    public YearStateView approve(int year, String actor) {
        EvaluationYear evaluationYear = locked(year);
        if (evaluationYear.getState() != YearState.OPEN) {
            throw new ConflictException("year.approve.notOpen", year, evaluationYear.getState());
        }
        CalculationRun run = runs.latest(evaluationYear)
                .orElseThrow(() -> new ConflictException("year.approve.notCalculated", year));
        if (evaluationYear.getDataChangedAt().isAfter(run.getDataChangedAt())) {
            throw new ConflictException("year.approve.outdated", year);
        }
        evaluationYear.approve();
        run.approved();
        published.forgetAfterTransaction(); // the years as dealers see them name its state
        audit.record(actor, AuditTrail.YEAR_APPROVED, AuditTrail.year(year), YearState.OPEN.name(),
                YearState.APPROVED.name() + " (run " + run.getId() + ")", null);
        return YearStateView.of(evaluationYear);
    }

    /** Publishes an approved year: dealers see their scorecards. */
    @Transactional
    public YearStateView publish(int year, String actor) {
        EvaluationYear evaluationYear = locked(year);
        if (evaluationYear.getState() != YearState.APPROVED) {
            throw new ConflictException("year.publish.notApproved", year, evaluationYear.getState());
        }
        evaluationYear.publish();
        published.forgetAfterTransaction(); // a republished year may show other figures or comments
        audit.record(actor, AuditTrail.YEAR_PUBLISHED, AuditTrail.year(year), YearState.APPROVED.name(),
                YearState.PUBLISHED.name(), null);
        return YearStateView.of(evaluationYear);
    }

    /** Opens an approved or published year again, for the reason given. */
    @Transactional
    public YearStateView reopen(int year, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException(Problem.of("reason", "year.reopen.reasonRequired"));
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidInputException(Problem.of("reason", "year.reopen.reasonTooLong", MAX_REASON));
        }
        EvaluationYear evaluationYear = locked(year);
        YearState before = evaluationYear.getState();
        if (before == YearState.OPEN) {
            throw new ConflictException("year.reopen.open", year);
        }
        evaluationYear.reopen();
        published.forgetAfterTransaction(); // dealers no longer see the year; what changes next is new
        audit.record(actor, AuditTrail.YEAR_REOPENED, AuditTrail.year(year), before.name(), YearState.OPEN.name(),
                why);
        return YearStateView.of(evaluationYear);
    }

    private EvaluationYear locked(int year) {
        return years.findForUpdate(year).orElseThrow(() -> new NotFoundException("year.notFound", year));
    }
}
