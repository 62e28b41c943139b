package com.dealercs.application;

import com.dealercs.application.FactEntries.AdjustmentEntry;
import com.dealercs.application.FactEntries.CrisisAssessmentEntry;
import com.dealercs.application.FactEntries.EnteredFact;
import com.dealercs.application.FactEntries.TrainingScoreEntry;
import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.facts.CrisisAssessment;
import com.dealercs.domain.model.facts.FactRepository;
import com.dealercs.domain.model.facts.RebateAdjustment;
import com.dealercs.domain.model.facts.TrainingScore;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.imports.AdjustmentRow;
import com.dealercs.domain.model.imports.CrisisRow;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.TrainingRow;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.DealerRepository;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import com.dealercs.domain.model.year.YearRegistry;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Training scores, crisis-plan assessments and rebate adjustments that HQ staff and administrators
 * enter on the portal, by the rules of their import files (interfaces.md §1), into the same facts
 * an import writes. Like an import, an entry is a change of the year's data: refused once the year
 * is approved, audited with its value before and after (VALUE_CHANGED, ADJUSTMENT_CHANGED, as the
 * import writes them), and an older calculation can no longer be approved.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class FactEntryService {

    @Inject
    FactRepository facts;

    @Inject
    DealerRepository dealers;

    @Inject
    EvaluationYearRepository years;

    @Inject
    YearRegistry registry;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** A training visit's score; the same dealer and day again replaces trainer and score (a changed score needs a reason). */
    public EnteredFact enterTrainingScore(TrainingScoreEntry entry) {
        TrainingRow row = EntryRows.parse(ImportKind.TRAINING, TrainingRow.class, EntryRows.columns(entry));
        Dealer dealer = dealer(row.dealerCode());
        EvaluationYear year = openYear(row.year());
        Optional<TrainingScore> existing = facts.trainingScore(year, dealer, row.sessionDate());
        BigDecimal before = existing.map(TrainingScore::getScore).orElse(null);
        String reason = EntryRows.reason(before, row.score(), entry.reason());
        boolean changed = existing.isEmpty() || before.compareTo(row.score()) != 0
                || !existing.get().getTrainer().equals(row.trainer());
        String what = dealer.getCode() + " training " + row.sessionDate();
        String was = existing.map(t -> what + ": " + EntryRows.plain(t.getScore()) + " (" + t.getTrainer() + ")")
                .orElse(null);
        if (existing.isPresent()) {
            existing.get().replace(row.trainer(), row.score());
        } else {
            facts.add(new TrainingScore(year, dealer, row.sessionDate(), row.trainer(), row.score()));
        }
        if (changed) {
            audit.record(caller(), AuditTrail.VALUE_CHANGED, AuditTrail.year(row.year()), was,
                    what + ": " + EntryRows.plain(row.score()) + " (" + row.trainer() + ")",
                    EntryRows.auditReason(reason));
            year.dataChanged(now());
        }
        return new EnteredFact("TRAINING", row.year(), dealer.getCode(), row.sessionDate(), row.score().setScale(2),
                before, changed);
    }

    /** A crisis-plan assessment; the same dealer and day again replaces the score (a changed score needs a reason). */
    public EnteredFact enterCrisisAssessment(CrisisAssessmentEntry entry) {
        CrisisRow row = EntryRows.parse(ImportKind.CRISIS, CrisisRow.class, EntryRows.columns(entry));
        Dealer dealer = dealer(row.dealerCode());
        EvaluationYear year = openYear(row.year());
        Optional<CrisisAssessment> existing = facts.crisisAssessment(year, dealer, row.assessedOn());
        BigDecimal before = existing.map(CrisisAssessment::getScore).orElse(null);
        String reason = EntryRows.reason(before, row.score(), entry.reason());
        boolean changed = before == null || before.compareTo(row.score()) != 0;
        if (existing.isPresent()) {
            existing.get().replace(row.score());
        } else {
            facts.add(new CrisisAssessment(year, dealer, row.assessedOn(), row.score()));
        }
        if (changed) {
            String what = dealer.getCode() + " crisis " + row.assessedOn();
            audit.record(caller(), AuditTrail.VALUE_CHANGED, AuditTrail.year(row.year()),
                    before == null ? null : what + ": " + EntryRows.plain(before),
                    what + ": " + EntryRows.plain(row.score()), EntryRows.auditReason(reason));
            year.dataChanged(now());
        }
        return new EnteredFact("CRISIS", row.year(), dealer.getCode(), row.assessedOn(), row.score().setScale(2),
                before, changed);
    }

    /** A new rebate adjustment with its reason (adjustments are never changed: a wrong one is offset by another). */
    public EnteredFact addAdjustment(AdjustmentEntry entry) {
        AdjustmentRow row = EntryRows.parse(ImportKind.ADJUSTMENTS, AdjustmentRow.class, EntryRows.columns(entry));
        Dealer dealer = dealer(row.dealerCode());
        EvaluationYear year = openYear(row.year());
        Instant now = now();
        facts.add(RebateAdjustment.entered(year, dealer, row.amount(), row.reason(), caller(), now));
        audit.record(caller(), AuditTrail.ADJUSTMENT_CHANGED, AuditTrail.year(row.year()), null,
                "adjustment: " + dealer.getCode() + " " + EntryRows.plain(row.amount()) + " " + row.reason(),
                EntryRows.auditReason(null));
        year.dataChanged(now);
        return new EnteredFact("ADJUSTMENT", row.year(), dealer.getCode(), null, row.amount().setScale(2), null, true);
    }

    /** Any dealer of the network, as an import accepts it (a closed dealer's past visits still count). */
    private Dealer dealer(String code) {
        return dealers.find(code).orElseThrow(() -> new InvalidInputException(
                Problem.of("dealer_code", "fact.unknownDealer", "dealer_code", code)));
    }

    /** The year, made when this is the first data that names it, locked against an approval meanwhile; 409 unless OPEN. */
    private EvaluationYear openYear(int year) {
        registry.ensure(year);
        EvaluationYear evaluationYear = years.findForUpdate(year)
                .orElseThrow(() -> new NotFoundException("year.notFound", year));
        if (!evaluationYear.acceptsData()) {
            throw new ConflictException("fact.yearLocked", year, evaluationYear.getState());
        }
        return evaluationYear;
    }

    private Instant now() {
        return clock.instant();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
