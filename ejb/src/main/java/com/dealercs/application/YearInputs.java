package com.dealercs.application;

import com.dealercs.domain.model.facts.YearFactReader;
import com.dealercs.domain.model.scheme.Checkpoint;
import com.dealercs.domain.model.scheme.ChecklistItem;
import com.dealercs.domain.model.scheme.ScoringFactor;
import com.dealercs.domain.model.year.EvaluationYear;
import com.dealercs.domain.scoring.Checklist;
import com.dealercs.domain.scoring.Component;
import com.dealercs.domain.scoring.DealerFacts;
import com.dealercs.domain.scoring.Factor;
import com.dealercs.domain.scoring.MissingPolicy;
import com.dealercs.domain.scoring.PayoutTier;
import com.dealercs.domain.scoring.Scheme;
import com.dealercs.domain.scoring.YearPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a year's calculation needs and maps it onto the scoring rules' inputs: the year's
 * scheme and policy (a few entities), and the facts of every ACTIVE dealer (approved inspections
 * only), read by {@link YearFactReader} without entities: one query per kind of fact for the
 * whole year, never one per dealer.
 */
@ApplicationScoped
public class YearInputs {

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Inject
    YearFactReader facts;

    /** What the scoring rules take, and the database ids of the dealers the scorecards will belong to. */
    public record Loaded(Scheme scheme, YearPolicy policy, List<DealerFacts> dealers, Map<String, Long> dealerIds,
                  int factCount) {
    }

    public Loaded load(EvaluationYear year) {
        Map<Component, Checklist> checklists = new LinkedHashMap<>();
        Scheme scheme = scheme(year, checklists);
        try {
            YearFactReader.YearFacts read = facts.read(year, scheme);
            return new Loaded(scheme, policy(year.policy()), read.dealers(), read.dealerIds(), read.factCount());
        } catch (YearFactReader.InconsistentFacts e) {
            throw new ConflictException("calculation.inconsistentData", e.dealerCode(), e.getMessage());
        }
    }

    private Scheme scheme(EvaluationYear year, Map<Component, Checklist> checklists) {
        // the checkpoints come with their items, in one query
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
