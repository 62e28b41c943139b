package com.dealercs.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The sample year 2024: its import files, calculated with the default policy and scheme, give
 * exactly {@code expected-scorecards.json}, field by field.
 */
class Sample2024Test {

    private static final Set<String> FIELDS = Set.of("year", "dealerCode", "region", "status", "components",
            "coverage", "total", "assessmentPoints", "socImprovement", "socBonus", "rebate", "nationalRank",
            "regionalRank");
    private static final Set<String> REBATE_FIELDS = Set.of("units", "base", "payoutRatio", "cs", "socBonus",
            "adjustments", "rebate");

    private static YearResults year;
    private static List<JsonObject> expected;

    @BeforeAll
    static void calculateTheSampleYear() throws Exception {
        List<DealerFacts> dealers = SampleYear.read("sample-2024", 2024, SchemeFiles.defaultScheme());
        year = YearCalculation.run(2024, SchemeFiles.defaultScheme(), YearPolicy.defaults(), dealers);
        try (InputStream in = Sample2024Test.class.getResourceAsStream("/sample-2024/expected-scorecards.json");
                JsonReader reader = Json.createReader(in)) {
            expected = reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    @Test
    void everyActiveDealerGetsAScorecardInTheExpectedOrder() {
        assertEquals(61, expected.size());
        assertEquals(expected.stream().map(e -> e.getString("dealerCode")).toList(),
                year.scorecards().stream().map(Scorecard::dealerCode).toList());
    }

    @Test
    void everyFieldOfEveryScorecardIsAsExpected() {
        List<Executable> checks = new ArrayList<>();
        for (JsonObject e : expected) {
            String code = e.getString("dealerCode");
            Optional<Scorecard> found = year.scorecard(code);
            checks.add(() -> assertEquals(FIELDS, e.keySet(), code + ": the fields checked here"));
            if (found.isEmpty()) {
                checks.add(() -> assertEquals(code, null, "no scorecard for " + code));
                continue;
            }
            Scorecard s = found.get();
            checks.add(() -> assertEquals(e.getInt("year"), s.year(), code + " year"));
            checks.add(() -> assertEquals(e.getString("region"), s.region(), code + " region"));
            checks.add(() -> assertEquals(e.getString("status"), s.status().name(), code + " status"));
            JsonObject components = e.getJsonObject("components");
            checks.add(() -> assertEquals(Component.values().length, components.size(), code + " components"));
            for (Component c : Component.values()) {
                checks.add(() -> assertDecimal(components.get(c.name()), s.component(c), code + " " + c));
            }
            checks.add(() -> assertEquals(e.getInt("coverage"), s.coverage(), code + " coverage"));
            checks.add(() -> assertDecimal(e.get("total"), s.total(), code + " total"));
            checks.add(() -> assertDecimal(e.get("assessmentPoints"), s.assessmentPoints(), code + " assessmentPoints"));
            checks.add(() -> assertInteger(e.get("nationalRank"), s.nationalRank(), code + " nationalRank"));
            checks.add(() -> assertInteger(e.get("regionalRank"), s.regionalRank(), code + " regionalRank"));
            checks.add(() -> assertDecimal(e.get("socImprovement"), s.socImprovement(), code + " socImprovement"));
            checks.add(() -> assertEquals(e.getBoolean("socBonus"), s.socBonus(), code + " socBonus"));

            JsonObject rebate = e.getJsonObject("rebate");
            Rebate r = s.rebate();
            checks.add(() -> assertEquals(REBATE_FIELDS, rebate.keySet(), code + ": the rebate fields checked here"));
            checks.add(() -> assertEquals(rebate.getInt("units"), r.units(), code + " units"));
            checks.add(() -> assertDecimal(rebate.get("base"), Optional.of(r.base()), code + " base"));
            checks.add(() -> assertDecimal(rebate.get("payoutRatio"), Optional.of(r.payoutRatio()),
                    code + " payoutRatio"));
            checks.add(() -> assertDecimal(rebate.get("cs"), Optional.of(r.cs()), code + " cs"));
            checks.add(() -> assertDecimal(rebate.get("socBonus"), Optional.of(r.socBonus()), code + " rebate socBonus"));
            checks.add(() -> assertDecimal(rebate.get("adjustments"), Optional.of(r.adjustments()),
                    code + " adjustments"));
            checks.add(() -> assertDecimal(rebate.get("rebate"), Optional.of(r.rebate()), code + " rebate"));
        }
        assertAll(checks);
    }

    @Test
    void theClosedDealerGetsNoScorecard() {
        assertEquals(Optional.empty(), year.scorecard("D0062"));
    }

    /** {@code null} in the JSON is a missing value; numbers compare by value (21600.0 = 21600.00). */
    private static void assertDecimal(JsonValue expected, Optional<BigDecimal> actual, String what) {
        if (expected.getValueType() == JsonValue.ValueType.NULL) {
            assertEquals(Optional.empty(), actual, what);
            return;
        }
        BigDecimal value = ((JsonNumber) expected).bigDecimalValue();
        assertEquals(value.stripTrailingZeros().toPlainString(),
                actual.map(a -> a.stripTrailingZeros().toPlainString()).orElse(null), what);
    }

    private static void assertInteger(JsonValue expected, Optional<Integer> actual, String what) {
        if (expected.getValueType() == JsonValue.ValueType.NULL) {
            assertEquals(Optional.empty(), actual, what);
            return;
        }
        assertEquals(Optional.of(((JsonNumber) expected).intValueExact()), actual, what);
    }
}
