package com.dealercs.application;

import com.dealercs.domain.model.facts.CheckpointResult;
import com.dealercs.domain.model.facts.CscItem;
import com.dealercs.domain.model.facts.FactRepository;
import com.dealercs.domain.model.facts.InspectionRepository;
import com.dealercs.domain.model.facts.YearFact;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.DealerStatus;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ScoringFactor;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.scoring.Adjustment;
import com.dealercs.domain.scoring.Checklist;
import com.dealercs.domain.scoring.Component;
import com.dealercs.domain.scoring.CrisisAssessment;
import com.dealercs.domain.scoring.CscResponse;
import com.dealercs.domain.scoring.DealerFacts;
import com.dealercs.domain.scoring.Factor;
import com.dealercs.domain.scoring.Inspection;
import com.dealercs.domain.scoring.JdpFactorScore;
import com.dealercs.domain.scoring.MissingPolicy;
import com.dealercs.domain.scoring.PayoutTier;
import com.dealercs.domain.scoring.Scheme;
import com.dealercs.domain.scoring.SocKind;
import com.dealercs.domain.scoring.SocScore;
import com.dealercs.domain.scoring.TrainingVisit;
import com.dealercs.domain.scoring.YearPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads what a year's calculation needs and maps it onto the scoring rules' inputs: the year's
 * scheme and policy, and the facts of every ACTIVE dealer (approved inspections only). One query
 * per kind of fact for the whole year, never one per dealer.
 */
@ApplicationScoped
public class YearInputs {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Inject
    FactRepository facts;

    @Inject
    InspectionRepository inspections;

    /** What the scoring rules take, and the dealers the scorecards will belong to. */
    public record Loaded(Scheme scheme, YearPolicy policy, List<DealerFacts> dealers, Map<String, Dealer> dealerEntities,
                  int factCount) {
    }

    public Loaded load(EvaluationYear year) {
        Map<Component, Checklist> checklists = new LinkedHashMap<>();
        Scheme scheme = scheme(year, checklists);

        Map<String, Dealer> active = new LinkedHashMap<>();
        Map<String, DealerFacts.Builder> builders = new LinkedHashMap<>();
        for (Dealer dealer : em.createQuery("select d from Dealer d join fetch d.region where d.status = :active"
                        + " order by d.code", Dealer.class)
                .setParameter("active", DealerStatus.ACTIVE).getResultList()) {
            active.put(dealer.getCode(), dealer);
            builders.put(dealer.getCode(), DealerFacts.of(new com.dealercs.domain.scoring.Dealer(dealer.getCode(),
                    dealer.getRegion().getName(), com.dealercs.domain.scoring.DealerStatus.ACTIVE)));
        }

        int[] count = {0};
        // facts of CLOSED dealers are kept but take no part: they get no scorecard (scoring.md §3)
        class Collect {
            <T extends YearFact> void each(Collection<T> rows, BiConsumer<DealerFacts.Builder, T> add) {
                count[0] += rows.size();
                for (T row : rows) {
                    DealerFacts.Builder builder = builders.get(row.getDealer().getCode());
                    if (builder != null) {
                        try {
                            add.accept(builder, row);
                        } catch (IllegalArgumentException e) {
                            throw new ConflictException("calculation.inconsistentData", row.getDealer().getCode(),
                                    e.getMessage());
                        }
                    }
                }
            }
        }
        Collect collect = new Collect();
        collect.each(facts.purchaseVolumes(year), (b, v) -> b.units(v.getUnits()));
        collect.each(inspections.approvedOf(year), (b, i) -> {
            Map<String, com.dealercs.domain.scoring.CheckpointResult> results = new LinkedHashMap<>();
            for (CheckpointResult result : i.getResults()) {
                results.put(result.getCheckpoint().getCode(),
                        com.dealercs.domain.scoring.CheckpointResult.valueOf(result.getOutcome().name()));
            }
            b.inspection(Inspection.of(checklists.get(Component.valueOf(i.getMap().name())), i.getQuarter(),
                    i.getInspectionDate(), true, results));
        });
        collect.each(facts.socScores(year), (b, s) -> b.soc(new SocScore(SocKind.valueOf(s.getKind().name()),
                s.getVisitDate(), s.getScore())));
        collect.each(facts.jdpFactorScores(year), (b, j) -> b.jdp(new JdpFactorScore(
                Component.valueOf(j.getStudy().component().name()), j.getFactorCode(), j.getIndex(),
                j.getSampleSize())));
        collect.each(facts.cscResponses(year), (b, r) -> {
            Map<String, Integer> ratings = new LinkedHashMap<>();
            for (CscItem item : CscItem.values()) {
                ratings.put(item.name(), r.rating(item));
            }
            b.csc(new CscResponse(r.getQuarter(), ratings));
        });
        collect.each(facts.trainingScores(year), (b, t) -> b.training(new TrainingVisit(t.getSessionDate(),
                t.getScore())));
        collect.each(facts.crisisAssessments(year), (b, c) -> b.crisis(new CrisisAssessment(c.getAssessedOn(),
                c.getScore())));
        collect.each(facts.rebateAdjustments(year), (b, a) -> b.adjustment(new Adjustment(a.getAmount(),
                a.getReason())));

        List<DealerFacts> dealers = new ArrayList<>();
        builders.forEach((code, builder) -> {
            try {
                dealers.add(builder.build());
            } catch (IllegalArgumentException e) {
                throw new ConflictException("calculation.inconsistentData", code, e.getMessage());
            }
        });
        return new Loaded(scheme, policy(year.policy()), dealers, active, count[0]);
    }

    private Scheme scheme(EvaluationYear year, Map<Component, Checklist> checklists) {
        // the checkpoints come with their items; they stay in the persistence context, so the
        // inspections' results find their checkpoint there rather than with a query each
        Map<Long, ChecklistItem> items = new LinkedHashMap<>();
        for (ChecklistItem item : em.createQuery("select i from ChecklistItem i left join fetch i.checkpoints"
                        + " where i.year = :year order by i.map, i.sortOrder", ChecklistItem.class)
                .setParameter("year", year).getResultList()) {
            items.putIfAbsent(item.getId(), item);
        }
        Map<Component, List<com.dealercs.domain.scoring.ChecklistItem>> byMap = new LinkedHashMap<>();
        for (ChecklistItem item : items.values()) {
            byMap.computeIfAbsent(Component.valueOf(item.getMap().name()), m -> new ArrayList<>())
                    .add(new com.dealercs.domain.scoring.ChecklistItem(item.getCode(), item.getItemMax(),
                            item.getCheckpoints().stream().map(Checkpoint::getCode).toList()));
        }
        byMap.forEach((map, list) -> checklists.put(map, new Checklist(map, list)));
        List<Factor> factors = em.createQuery("select f from ScoringFactor f where f.year = :year"
                        + " order by f.component, f.sortOrder", ScoringFactor.class)
                .setParameter("year", year).getResultStream()
                .map(f -> new Factor(Component.valueOf(f.getComponent().name()), f.getCode(), f.getWeight()))
                .toList();
        try {
            return new Scheme(List.copyOf(checklists.values()), factors);
        } catch (IllegalArgumentException e) {
            throw new ConflictException("calculation.badScheme", year.getYear(), e.getMessage());
        }
    }

    /** The year's policy as the scoring rules take it. */
    static YearPolicy policy(EvaluationYear.Policy policy) {
        return new YearPolicy(
                MissingPolicy.valueOf(policy.missingPolicy().name()),
                // coverage is whole points: W < 60.5 is the same as W < 61
                policy.minCoverage().setScale(0, RoundingMode.CEILING).intValueExact(),
                policy.jdpMinSample(),
                // a quarter without a single response never has a value
                Math.max(1, policy.cscMinResponses()),
                policy.socBonusTopN(),
                policy.socBonusAmount(),
                policy.rebatePerUnit(),
                policy.csShare(),
                policy.overallWeight(),
                policy.payoutTiers().stream().map(t -> new PayoutTier(t.getThreshold(), t.getRatio())).toList());
    }
}
