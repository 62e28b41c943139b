package com.dealercs.application;

import com.dealercs.domain.model.calculation.CalculationRepository;
import com.dealercs.domain.model.calculation.CalculationRun;
import com.dealercs.domain.model.calculation.DealerScorecard;
import com.dealercs.domain.model.facts.InspectionRepository;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.model.year.EvaluationYearRepository;
import com.dealercs.domain.model.year.YearState;
import com.dealercs.domain.scoring.Component;
import com.dealercs.domain.scoring.QuarterResult;
import com.dealercs.domain.scoring.Rebate;
import com.dealercs.domain.scoring.Scorecard;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scorecards of a year's latest calculation run. HQ staff, executives and administrators see
 * every dealer; a dealer user sees only its own dealer's, and only once the year is PUBLISHED.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
public class ScorecardService {

    /** By national rank (ties by dealer code), NOT_RATED dealers last by dealer code. */
    static final Comparator<ScorecardView> RANKING = Comparator
            .comparing((ScorecardView s) -> s.nationalRank() == null ? Integer.MAX_VALUE : s.nationalRank())
            .thenComparing(ScorecardView::dealerCode);

    @Inject
    EvaluationYearRepository years;

    @Inject
    CalculationRepository runs;

    @Inject
    AccountDealers accountDealers;

    @Inject
    InspectionRepository inspections;

    @Inject
    PublishedScorecards published;

    @Resource
    SessionContext session;

    /** The year's scorecards; empty while the year has no calculation run. */
    public List<ScorecardView> list(int year) {
        Optional<String> ownDealer = ownDealer();
        Optional<EvaluationYear> evaluationYear = years.find(year);
        ownDealer.ifPresent(code -> requirePublished(evaluationYear, year));
        Optional<CalculationRun> run = evaluationYear.flatMap(runs::latest);
        if (run.isEmpty()) {
            return List.of();
        }
        if (ownDealer.isPresent()) {
            return runs.scorecard(run.get(), ownDealer.get()).map(ScorecardService::view).stream().toList();
        }
        return runs.scorecards(run.get()).stream().map(ScorecardService::view).sorted(RANKING).toList();
    }

    /** One dealer's scorecard of the year's latest run. */
    public ScorecardView one(int year, String dealerCode) {
        Optional<String> ownDealer = ownDealer();
        if (ownDealer.isPresent() && !ownDealer.get().equals(dealerCode)) {
            throw new ForbiddenException("scorecard.forbidden.otherDealer");
        }
        Optional<EvaluationYear> evaluationYear = years.find(year);
        ownDealer.ifPresent(code -> requirePublished(evaluationYear, year));
        return evaluationYear.flatMap(runs::latest)
                .flatMap(run -> runs.scorecard(run, dealerCode))
                .map(ScorecardService::view)
                .orElseThrow(() -> new NotFoundException("scorecard.notFound", year, dealerCode));
    }

    /**
     * Every evaluation year, newest first, with its state and latest run. Dealer users see the
     * years and states, not who calculated them.
     */
    public List<YearOverview> years() {
        boolean dealer = session.isCallerInRole(Role.DEALER_NAME);
        // the latest run of every year in one query, not one query per year on every page
        Map<Long, CalculationRun> latestRuns = runs.latestOfEachYear();
        return years.findAll().stream()
                .sorted(Comparator.comparingInt(EvaluationYear::getYear).reversed())
                .map(y -> Optional.ofNullable(latestRuns.get(y.getId()))
                        .map(r -> new YearOverview(y.getYear(), y.getState().name(), r.getRunAt(),
                                dealer ? null : r.getRunBy(), r.isDraft(), r.getDealersRated(), r.getDealersNotRated()))
                        .orElseGet(() -> new YearOverview(y.getYear(), y.getState().name(), null, null, false, 0, 0)))
                .toList();
    }

    /**
     * One evaluation year with its state and latest run, as {@link #years} lists it.
     *
     * @throws NotFoundException when the year does not exist
     */
    public YearOverview overview(int year) {
        return years().stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(() -> new NotFoundException("year.notFound", year));
    }

    /**
     * One dealer's scorecard with what its ranks are out of; the same rules as {@link #one}: a
     * dealer user only its own, once the year is published.
     */
    public DealerStanding standing(int year, String dealerCode) {
        return standing(year, dealerCode, ownDealer());
    }

    /** {@link #standing(int, String)} for a caller whose own dealer (if any) is known already. */
    private DealerStanding standing(int year, String dealerCode, Optional<String> ownDealer) {
        if (ownDealer.isPresent() && !ownDealer.get().equals(dealerCode)) {
            throw new ForbiddenException("scorecard.forbidden.otherDealer");
        }
        Optional<EvaluationYear> evaluationYear = years.find(year);
        ownDealer.ifPresent(code -> requirePublished(evaluationYear, year));
        if (isPublished(evaluationYear)) {
            // frozen until the year is reopened: kept per (year, dealer), see PublishedScorecards
            return published.standing(year, dealerCode, () -> readStanding(evaluationYear, year, dealerCode));
        }
        return readStanding(evaluationYear, year, dealerCode);
    }

    private DealerStanding readStanding(Optional<EvaluationYear> evaluationYear, int year, String dealerCode) {
        CalculationRun run = evaluationYear.flatMap(runs::latest)
                .orElseThrow(() -> new NotFoundException("scorecard.notFound", year, dealerCode));
        DealerScorecard scorecard = runs.scorecard(run, dealerCode)
                .orElseThrow(() -> new NotFoundException("scorecard.notFound", year, dealerCode));
        return new DealerStanding(view(scorecard), runs.ratedCount(run),
                runs.ratedCount(run, scorecard.getRegion()));
    }

    /**
     * The signed-in dealer user's own scorecard of the year, once the year is published: the
     * dealer is the account's, never the caller's choice.
     */
    @RolesAllowed(Role.DEALER_NAME)
    public DealerStanding ownStanding(int year) {
        Optional<String> ownDealer = ownDealer();
        String own = ownDealer.orElseThrow(() -> new ForbiddenException("scorecard.forbidden.otherDealer"));
        return standing(year, own, ownDealer);
    }

    /**
     * The checkpoints the dealer failed in its approved inspections of the year (scoring.md §6:
     * an approved inspection's results are the dealer's to see), by date and checklist. A dealer
     * user gets its own dealer's only.
     */
    public List<FailedCheckpointView> failedCheckpoints(int year, String dealerCode) {
        return failedCheckpoints(year, dealerCode, ownDealer());
    }

    /** {@link #failedCheckpoints(int, String)} for a caller whose own dealer (if any) is known already. */
    private List<FailedCheckpointView> failedCheckpoints(int year, String dealerCode, Optional<String> ownDealer) {
        if (ownDealer.isPresent() && !ownDealer.get().equals(dealerCode)) {
            throw new ForbiddenException("scorecard.forbidden.otherDealer");
        }
        if (isPublished(years.find(year))) {
            // frozen until the year is reopened: kept per (year, dealer), see PublishedScorecards
            return published.failedCheckpoints(year, dealerCode, () -> readFailedCheckpoints(year, dealerCode));
        }
        return readFailedCheckpoints(year, dealerCode);
    }

    private List<FailedCheckpointView> readFailedCheckpoints(int year, String dealerCode) {
        return inspections.failedCheckpoints(year, dealerCode).stream()
                .map(f -> new FailedCheckpointView(f.map().name(), f.quarter(), f.inspectionDate(),
                        f.checkpointCode(), f.nameZh(), f.nameEn(), f.comment()))
                .toList();
    }

    /** The signed-in dealer user's own failed checkpoints of the year. */
    @RolesAllowed(Role.DEALER_NAME)
    public List<FailedCheckpointView> ownFailedCheckpoints(int year) {
        Optional<String> ownDealer = ownDealer();
        String own = ownDealer.orElseThrow(() -> new ForbiddenException("scorecard.forbidden.otherDealer"));
        return failedCheckpoints(year, own, ownDealer);
    }

    /** The dealer of a dealer user; empty for HQ, executives and administrators. */
    private Optional<String> ownDealer() {
        if (!session.isCallerInRole(Role.DEALER_NAME)) {
            return Optional.empty();
        }
        String username = session.getCallerPrincipal().getName();
        String code = accountDealers.dealerOf(username)
                .orElseThrow(() -> new ForbiddenException("scorecard.forbidden.otherDealer"));
        return Optional.of(code);
    }

    /** Whether the year is PUBLISHED: frozen until reopened, so what it shows may be kept. */
    static boolean isPublished(Optional<EvaluationYear> evaluationYear) {
        return evaluationYear.map(y -> y.getState() == YearState.PUBLISHED).orElse(false);
    }

    private static void requirePublished(Optional<EvaluationYear> evaluationYear, int year) {
        if (evaluationYear.map(y -> y.getState() != YearState.PUBLISHED).orElse(true)) {
            throw new ForbiddenException("scorecard.forbidden.unpublished", year);
        }
    }

    static ScorecardView view(DealerScorecard stored) {
        return view(stored.scorecard(), stored.getDealer().getName());
    }

    /** The one mapping from the rules' scorecard to what is shown. */
    static ScorecardView view(Scorecard s, String dealerName) {
        Map<String, BigDecimal> components = new LinkedHashMap<>();
        for (Component component : Component.values()) {
            components.put(component.name(), s.component(component).orElse(null));
        }
        Rebate r = s.rebate();
        return new ScorecardView(s.year(), s.dealerCode(), dealerName, s.region(), s.status().name(), components,
                s.coverage(), s.total().orElse(null), s.assessmentPoints().orElse(null),
                s.nationalRank().orElse(null), s.regionalRank().orElse(null), s.socImprovement().orElse(null),
                s.socBonus(),
                new ScorecardView.RebateView(r.units(), money(r.base()), money(r.payoutRatio()), money(r.cs()),
                        money(r.socBonus()), money(r.adjustments()), money(r.rebate())),
                s.quarters().stream().map(ScorecardService::quarter).toList());
    }

    static ScorecardView.QuarterView quarter(QuarterResult q) {
        Map<String, BigDecimal> components = new LinkedHashMap<>();
        for (Component component : Component.QUARTERLY) {
            components.put(component.name(), q.component(component).map(ScorecardService::money).orElse(null));
        }
        return new ScorecardView.QuarterView(q.quarter(), components, q.coverage(),
                q.total().map(ScorecardService::money).orElse(null), q.rank().orElse(null));
    }

    /** As many decimals as the value has, but at least two: 72000.000000 → 72000.00, 0.9000 → 0.90. */
    static BigDecimal money(BigDecimal value) {
        BigDecimal exact = value.stripTrailingZeros();
        return exact.scale() >= 2 ? exact : exact.setScale(2);
    }
}
