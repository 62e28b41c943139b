package com.dealercs.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The rules of scoring.md §1: each component's value from a dealer-year's facts, unrounded.
 * Empty means the component is missing (no data, or data that does not count).
 */
public final class ComponentRules {

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ONE_THOUSAND = BigDecimal.valueOf(1000);

    private ComponentRules() {
    }

    /** Every component a dealer-year has a value for, unrounded. */
    public static Map<Component, BigDecimal> annual(DealerFacts facts, Scheme scheme, YearPolicy policy) {
        Map<Component, BigDecimal> values = new EnumMap<>(Component.class);
        checklistAnnual(facts.inspections(), Component.SSI_MAP).ifPresent(v -> values.put(Component.SSI_MAP, v));
        checklistAnnual(facts.inspections(), Component.CS_MAP).ifPresent(v -> values.put(Component.CS_MAP, v));
        socCentral(facts.socScores()).ifPresent(v -> values.put(Component.SOC_CENTRAL, v));
        socSpot(facts.socScores()).ifPresent(v -> values.put(Component.SOC_SPOT, v));
        for (Component study : List.of(Component.JDP_SSI, Component.JDP_CSI)) {
            jdp(study, facts.jdpScores(), scheme.factors(study), policy.jdpMinSample())
                    .ifPresent(v -> values.put(study, v));
        }
        training(facts.trainingVisits()).ifPresent(v -> values.put(Component.TRAINING, v));
        cscAnnual(facts.cscResponses(), scheme.factors(Component.CSC), policy.cscMinResponses())
                .ifPresent(v -> values.put(Component.CSC, v));
        crisis(facts.crisisAssessments()).ifPresent(v -> values.put(Component.CRISIS, v));
        return values;
    }

    /** A quarter's values of SSI_MAP, CS_MAP and CSC, unrounded, for the quarterly score. */
    public static Map<Component, BigDecimal> quarterly(DealerFacts facts, Scheme scheme, YearPolicy policy,
            int quarter) {
        Map<Component, BigDecimal> values = new EnumMap<>(Component.class);
        checklistQuarter(facts.inspections(), Component.SSI_MAP, quarter)
                .ifPresent(v -> values.put(Component.SSI_MAP, v));
        checklistQuarter(facts.inspections(), Component.CS_MAP, quarter)
                .ifPresent(v -> values.put(Component.CS_MAP, v));
        cscQuarter(facts.cscResponses(), quarter, scheme.factors(Component.CSC), policy.cscMinResponses())
                .ifPresent(v -> values.put(Component.CSC, v));
        return values;
    }

    // §1.1 Inspections

    /** A quarter's value: the mean of that quarter's approved inspections of the checklist. */
    public static Optional<BigDecimal> checklistQuarter(List<Inspection> inspections, Component map, int quarter) {
        Decimals.requireQuarter(quarter);
        return Decimals.mean(inspections.stream()
                .filter(i -> i.map() == map && i.quarter() == quarter && i.approved())
                .map(Inspection::points)
                .toList());
    }

    /** The annual component: the mean over the quarters that have a value. */
    public static Optional<BigDecimal> checklistAnnual(List<Inspection> inspections, Component map) {
        return meanOfQuarters(q -> checklistQuarter(inspections, map, q));
    }

    // §1.2 SOC patrols

    /** {@code SOC_CENTRAL = FINAL × 10 / 100}; no FINAL, no value (a BASELINE alone does not count). */
    public static Optional<BigDecimal> socCentral(List<SocScore> scores) {
        return only(scores, SocKind.FINAL).map(ComponentRules::onTenPointScale);
    }

    /** {@code SOC_SPOT} = mean of the year's SPOT scores × 10 / 100; no SPOT, no value. */
    public static Optional<BigDecimal> socSpot(List<SocScore> scores) {
        return Decimals.mean(scores.stream().filter(s -> s.kind() == SocKind.SPOT).map(SocScore::score).toList())
                .map(ComponentRules::onTenPointScale);
    }

    /** {@code improvement = FINAL − BASELINE}, for dealers with both. */
    public static Optional<BigDecimal> socImprovement(List<SocScore> scores) {
        Optional<BigDecimal> baseline = only(scores, SocKind.BASELINE);
        Optional<BigDecimal> fin = only(scores, SocKind.FINAL);
        if (baseline.isEmpty() || fin.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Decimals.atLeastTwoDecimals(fin.get().subtract(baseline.get())));
    }

    // §1.3 J.D. Power

    /**
     * {@code Σ weight × index / 1000} over the study's factors; missing if any factor is absent or
     * the smallest sample size among the study's rows is below {@code jdpMinSample}.
     */
    public static Optional<BigDecimal> jdp(Component study, List<JdpFactorScore> scores, List<Factor> factors,
            int jdpMinSample) {
        List<JdpFactorScore> own = scores.stream().filter(s -> s.study() == study).toList();
        Map<String, JdpFactorScore> byFactor = own.stream()
                .collect(Collectors.toMap(JdpFactorScore::factorCode, s -> s));
        Set<String> known = factors.stream().map(Factor::code).collect(Collectors.toSet());
        for (String code : byFactor.keySet()) {
            if (!known.contains(code)) {
                throw new IllegalArgumentException(code + " is not a factor of " + study);
            }
        }
        if (own.isEmpty() || !byFactor.keySet().containsAll(known)) {
            return Optional.empty();
        }
        int smallestSample = own.stream().mapToInt(JdpFactorScore::sampleSize).min().orElseThrow();
        if (smallestSample < jdpMinSample) {
            return Optional.empty();
        }
        BigDecimal weighted = factors.stream()
                .map(f -> f.weight().multiply(byFactor.get(f.code()).index()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(Decimals.divide(weighted, ONE_THOUSAND));
    }

    // §1.4 Training

    /** The mean of the year's training visits; none, no value. */
    public static Optional<BigDecimal> training(List<TrainingVisit> visits) {
        return Decimals.mean(visits.stream().map(TrainingVisit::score).toList());
    }

    // §1.5 Customer service centre

    /**
     * A quarter's CSC value: {@code Σ weight × r̄ / 10} over the items, where {@code r̄} is the
     * mean of the item's non-blank ratings and an item with no rating at all counts 0; a quarter
     * with fewer than {@code cscMinResponses} responses has no value.
     */
    public static Optional<BigDecimal> cscQuarter(List<CscResponse> responses, int quarter, List<Factor> items,
            int cscMinResponses) {
        Decimals.requireQuarter(quarter);
        List<CscResponse> own = responses.stream().filter(r -> r.quarter() == quarter).toList();
        Set<String> known = items.stream().map(Factor::code).collect(Collectors.toSet());
        for (CscResponse response : own) {
            for (String item : response.ratings().keySet()) {
                if (!known.contains(item)) {
                    throw new IllegalArgumentException(item + " is not a CSC item");
                }
            }
        }
        if (own.size() < cscMinResponses) {
            return Optional.empty();
        }
        BigDecimal value = BigDecimal.ZERO;
        for (Factor item : items) {
            List<BigDecimal> ratings = own.stream()
                    .map(r -> r.ratings().get(item.code()))
                    .filter(rating -> rating != null)
                    .map(BigDecimal::valueOf)
                    .toList();
            BigDecimal mean = Decimals.mean(ratings).orElse(BigDecimal.ZERO);
            value = value.add(item.weight().multiply(mean));
        }
        return Optional.of(Decimals.divide(value, BigDecimal.TEN));
    }

    /** The annual CSC component: the mean of the quarters that have a value. */
    public static Optional<BigDecimal> cscAnnual(List<CscResponse> responses, List<Factor> items,
            int cscMinResponses) {
        return meanOfQuarters(q -> cscQuarter(responses, q, items, cscMinResponses));
    }

    // §1.6 Crisis plan

    /** The latest assessment of the year (by date) counts; none, no value. */
    public static Optional<BigDecimal> crisis(List<CrisisAssessment> assessments) {
        return assessments.stream()
                .max(Comparator.comparing(CrisisAssessment::assessedOn))
                .map(CrisisAssessment::score);
    }

    private static BigDecimal onTenPointScale(BigDecimal socScore) {
        return Decimals.divide(socScore.multiply(BigDecimal.TEN), ONE_HUNDRED);
    }

    private static Optional<BigDecimal> only(List<SocScore> scores, SocKind kind) {
        List<BigDecimal> found = scores.stream().filter(s -> s.kind() == kind).map(SocScore::score).toList();
        if (found.size() > 1) {
            throw new IllegalArgumentException("more than one SOC " + kind);
        }
        return found.stream().findFirst();
    }

    private static Optional<BigDecimal> meanOfQuarters(IntFunction<Optional<BigDecimal>> quarter) {
        List<BigDecimal> values = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarter.apply(q).ifPresent(values::add);
        }
        return Decimals.mean(values);
    }
}
