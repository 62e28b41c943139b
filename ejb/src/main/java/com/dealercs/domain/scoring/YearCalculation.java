package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A year's calculation (scoring.md §1–§4): scorecards, national, regional and quarterly ranks,
 * the SOC improvement bonus and the CS rebate of every ACTIVE dealer.
 */
public final class YearCalculation {

    private YearCalculation() {
    }

    /**
     * Calculates a year. CLOSED dealers may be passed in; they get no scorecard and take no part
     * in any ranking.
     */
    public static YearResults run(int year, Scheme scheme, YearPolicy policy, Collection<DealerFacts> dealers) {
        Objects.requireNonNull(scheme, "the year's scheme is required");
        Objects.requireNonNull(policy, "the year's policy is required");
        Set<String> codes = new HashSet<>();
        for (DealerFacts facts : dealers) {
            if (!codes.add(facts.dealer().code())) {
                throw new IllegalArgumentException("dealer " + facts.dealer().code() + " appears twice");
            }
        }
        List<DealerFacts> active = dealers.stream()
                .filter(f -> f.dealer().isActive())
                .sorted(Comparator.comparing(f -> f.dealer().code()))
                .toList();

        Map<String, Rating> annual = new LinkedHashMap<>();
        Map<String, List<Rating>> quarterly = new HashMap<>();
        for (DealerFacts facts : active) {
            String code = facts.dealer().code();
            annual.put(code, Rating.annual(ComponentRules.annual(facts, scheme, policy), policy));
            List<Rating> quarters = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                quarters.add(Rating.quarterly(ComponentRules.quarterly(facts, scheme, policy, q)));
            }
            quarterly.put(code, quarters);
        }

        Map<String, Integer> national = CompetitionRanking.rank(ratedTotals(active, annual, null));
        Map<String, Integer> regional = new HashMap<>();
        active.stream().map(f -> f.dealer().region()).distinct()
                .forEach(region -> regional.putAll(CompetitionRanking.rank(ratedTotals(active, annual, region))));
        List<Map<String, Integer>> quarterRanks = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            Map<String, BigDecimal> totals = new HashMap<>();
            for (DealerFacts facts : active) {
                Rating rating = quarterly.get(facts.dealer().code()).get(q);
                if (rating.isRated()) {
                    totals.put(facts.dealer().code(), rating.total());
                }
            }
            quarterRanks.add(CompetitionRanking.rank(totals));
        }

        // §1.2: ACTIVE dealers with both BASELINE and FINAL, ranked by improvement, highest first
        Map<String, BigDecimal> improvements = new HashMap<>();
        for (DealerFacts facts : active) {
            ComponentRules.socImprovement(facts.socScores())
                    .ifPresent(improvement -> improvements.put(facts.dealer().code(), improvement));
        }
        Map<String, Integer> improvementRanks = CompetitionRanking.rank(improvements);

        List<Scorecard> scorecards = new ArrayList<>();
        for (DealerFacts facts : active) {
            String code = facts.dealer().code();
            Rating rating = annual.get(code);
            Optional<BigDecimal> total = Optional.ofNullable(rating.total());
            BigDecimal improvement = improvements.get(code);
            Integer improvementRank = improvementRanks.get(code);
            boolean bonus = improvementRank != null && improvementRank <= policy.socBonusTopN()
                    && improvement.signum() > 0;
            List<QuarterResult> quarters = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                quarters.add(new QuarterResult(q, quarterly.get(code).get(q - 1), quarterRanks.get(q - 1).get(code)));
            }
            scorecards.add(new Scorecard(
                    year,
                    facts.dealer(),
                    rating,
                    total.map(t -> Decimals.round2(t.multiply(policy.overallWeight()))).orElse(null),
                    national.get(code),
                    regional.get(code),
                    improvement,
                    improvementRank,
                    bonus,
                    Rebate.calculate(facts.units(), total, bonus, facts.adjustments(), policy),
                    quarters));
        }
        scorecards.sort(Comparator
                .comparing((Scorecard s) -> s.nationalRank().orElse(Integer.MAX_VALUE))
                .thenComparing(Scorecard::dealerCode));
        return new YearResults(year, policy, scorecards);
    }

    private static Map<String, BigDecimal> ratedTotals(List<DealerFacts> active, Map<String, Rating> annual,
            String region) {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (DealerFacts facts : active) {
            Rating rating = annual.get(facts.dealer().code());
            if (rating.isRated() && (region == null || region.equals(facts.dealer().region()))) {
                totals.put(facts.dealer().code(), rating.total());
            }
        }
        return totals;
    }
}
