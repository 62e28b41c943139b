package com.dealercs.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Small builders that let the tests speak the rulebook's language. */
final class Fixtures {

    static final Scheme SCHEME = SchemeFiles.defaultScheme();
    static final YearPolicy DEFAULTS = YearPolicy.defaults();
    static final int YEAR = 2024;

    private Fixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A rounded figure: the same number and the same two decimals. */
    static void assertFigure(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }

    /** An unrounded figure: the same number, whatever its scale. */
    static void assertValue(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual),
                () -> "expected " + expected + " but was " + actual.toPlainString());
    }

    static Dealer dealer(String code) {
        return new Dealer(code, "华北", DealerStatus.ACTIVE);
    }

    static Dealer dealer(String code, String region) {
        return new Dealer(code, region, DealerStatus.ACTIVE);
    }

    static LocalDate inQuarter(int quarter) {
        return LocalDate.of(YEAR, quarter * 3 - 1, 15);
    }

    /**
     * An approved inspection of one item worth the whole 15 points, so that it scores
     * {@code 15 × passes / (passes + failures)}.
     */
    static Inspection inspection(Component map, int quarter, int passes, int failures) {
        return inspection(map, quarter, inQuarter(quarter), passes, failures);
    }

    static Inspection inspection(Component map, int quarter, LocalDate date, int passes, int failures) {
        Map<String, CheckpointResult> results = new LinkedHashMap<>();
        for (int i = 1; i <= passes; i++) {
            results.put("P" + i, CheckpointResult.PASS);
        }
        for (int i = 1; i <= failures; i++) {
            results.put("F" + i, CheckpointResult.FAIL);
        }
        return new Inspection(map, quarter, date, true,
                List.of(new InspectedItem("ALL", BigDecimal.valueOf(15), results)));
    }

    static SocScore soc(SocKind kind, String score) {
        return new SocScore(kind, LocalDate.of(YEAR, kind == SocKind.BASELINE ? 2 : 11, 10), d(score));
    }

    static SocScore spot(int month, String score) {
        return new SocScore(SocKind.SPOT, LocalDate.of(YEAR, month, 5), d(score));
    }

    /** A study's factor indexes in the scheme's order, all with the same sample size. */
    static List<JdpFactorScore> jdpStudy(Component study, int sampleSize, int... indexes) {
        List<Factor> factors = SCHEME.factors(study);
        if (factors.size() != indexes.length) {
            throw new IllegalArgumentException(study + " has " + factors.size() + " factors");
        }
        return IntStream.range(0, indexes.length)
                .mapToObj(i -> new JdpFactorScore(study, factors.get(i).code(), BigDecimal.valueOf(indexes[i]),
                        sampleSize))
                .toList();
    }

    /** A CSC response rating all five items the same. */
    static CscResponse cscResponse(int quarter, Integer rating) {
        return cscResponse(quarter, rating, rating, rating, rating, rating);
    }

    /** A CSC response: awareness, attitude, communication, experience, first-time resolution. */
    static CscResponse cscResponse(int quarter, Integer... ratings) {
        List<Factor> items = SCHEME.factors(Component.CSC);
        Map<String, Integer> byItem = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byItem.put(items.get(i).code(), ratings[i]);
        }
        return new CscResponse(quarter, byItem);
    }

    /** One response per rating, each rating all five items alike. */
    static List<CscResponse> cscResponses(int quarter, int... ratings) {
        return Arrays.stream(ratings).mapToObj(r -> cscResponse(quarter, r)).toList();
    }

    static TrainingVisit training(int month, String score) {
        return new TrainingVisit(LocalDate.of(YEAR, month, 20), d(score));
    }

    static CrisisAssessment crisis(int month, String score) {
        return new CrisisAssessment(LocalDate.of(YEAR, month, 1), d(score));
    }

    static Adjustment adjustment(String amount) {
        return new Adjustment(d(amount), "HQ decision");
    }

    static YearResults year(YearPolicy policy, DealerFacts... dealers) {
        return YearCalculation.run(YEAR, SCHEME, policy, List.of(dealers));
    }

    static YearResults year(DealerFacts... dealers) {
        return year(DEFAULTS, dealers);
    }

    /**
     * A dealer with full marks on SSI_MAP, CS_MAP, SOC_CENTRAL and SOC_SPOT and the given
     * training score, and no other data: W = 60, so {@code total = round2((50 + training) × 100 / 60)}.
     */
    static DealerFacts.Builder dealerWithTraining(String code, String region, String trainingScore) {
        return DealerFacts.of(dealer(code, region))
                .inspection(inspection(Component.SSI_MAP, 1, 1, 0))
                .inspection(inspection(Component.CS_MAP, 1, 1, 0))
                .soc(soc(SocKind.FINAL, "100"))
                .soc(spot(5, "100"))
                .training(training(6, trainingScore));
    }
}
