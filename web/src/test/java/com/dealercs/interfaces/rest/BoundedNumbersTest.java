package com.dealercs.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Numbers of request bodies: exact for their type, bounded before any arithmetic. */
class BoundedNumbersTest {

    private static <T> T read(String json, Function<BigDecimal, T> exact) {
        try (JsonParser parser = Json.createParser(new StringReader("[" + json + "]"))) {
            parser.next(); // the array
            parser.next(); // the value
            return BoundedNumbers.read(parser, exact);
        }
    }

    @Test
    void aWholeNumberMustFitItsTypeAndBeWhole() {
        assertEquals(2024, read("2024", BigDecimal::intValueExact));
        assertEquals(1000, read("1e3", BigDecimal::intValueExact));
        assertEquals(2024, read("\"2024\"", BigDecimal::intValueExact), "a string holding a number, as JSON-B takes it");
        assertNull(read("null", BigDecimal::intValueExact));
        // JSON-B alone wraps the first around to -350287150 and cuts the second to 2024
        assertThrows(BoundedNumbers.BadNumber.class, () -> read("12345678901234567890", BigDecimal::intValueExact));
        assertThrows(BoundedNumbers.BadNumber.class, () -> read("2024.5", BigDecimal::intValueExact));
        assertThrows(BoundedNumbers.BadNumber.class, () -> read("12345678901234567890", BigDecimal::longValueExact));
        assertThrows(BoundedNumbers.BadNumber.class, () -> read("\"20x4\"", BigDecimal::intValueExact));
        assertThrows(BoundedNumbers.BadNumber.class, () -> read("true", BigDecimal::intValueExact));
        assertThrows(BoundedNumbers.BadNumber.class, () -> read("{}", BigDecimal::intValueExact));
    }

    /** Read as the API reads them: JSON-B (Yasson, as Payara runs it) with the API's configuration. */
    @Test
    void theApisJsonBindingReadsRequestBodiesThroughTheBounds() {
        jakarta.json.bind.Jsonb api = new JsonConfiguration().getContext(Object.class);
        YearResource.NewYear year = api.fromJson("{\"year\": 2084, \"schemeFromPreviousYear\": true}", YearResource.NewYear.class);
        assertEquals(2084, year.year());
        assertNull(api.fromJson("{\"year\": null}", YearResource.NewYear.class).year());
        assertEquals(2084, api.fromJson("{\"year\": \"2084\"}", YearResource.NewYear.class).year());
        com.dealercs.application.YearPolicyChange policy = api.fromJson(
                "{\"minCoverage\": 60, \"csShare\": \"0.15\", \"jdpMinSample\": 30}",
                com.dealercs.application.YearPolicyChange.class);
        assertEquals(new BigDecimal("60"), policy.minCoverage());
        assertEquals(new BigDecimal("0.15"), policy.csShare());
        assertEquals(30, policy.jdpMinSample());
        assertEquals(7L, api.fromJson("{\"version\": 7, \"results\": []}",
                com.dealercs.application.InspectionRequests.ResultsChange.class).version());
        for (String wrong : List.of("{\"year\": 12345678901234567890}", "{\"year\": 2084.5}", "{\"year\": true}",
                "{\"year\": \"MMXXIV\"}")) {
            jakarta.json.bind.JsonbException refused = assertThrows(jakarta.json.bind.JsonbException.class,
                    () -> api.fromJson(wrong, YearResource.NewYear.class), wrong);
            assertTrue(causes(refused).stream().anyMatch(BoundedNumbers.BadNumber.class::isInstance), wrong);
            assertTrue(refused.getMessage().contains("'year'"), refused.getMessage());
        }
        assertThrows(jakarta.json.bind.JsonbException.class, () -> api.fromJson("{\"minCoverage\": 1e999999999}",
                com.dealercs.application.YearPolicyChange.class));
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> causes = new java.util.ArrayList<>();
        for (Throwable t = thrown; t != null && !causes.contains(t); t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }

    @Test
    void aDecimalHasBoundedDigitsAndExponent() {
        assertEquals(new BigDecimal("0.15"), read("0.15", Function.identity()));
        assertEquals(new BigDecimal("123456789012.34"), read("123456789012.34", Function.identity()));
        // 1e999999999 costs nothing to read and all the heap to rescale
        BoundedNumbers.BadNumber huge = assertThrows(BoundedNumbers.BadNumber.class, () -> read("1e999999999", Function.identity()));
        assertEquals("1E+999999999", huge.value());
        assertThrows(BoundedNumbers.BadNumber.class, () -> read("1e-31", Function.identity()));
        assertThrows(BoundedNumbers.BadNumber.class, () -> read("1234567890123456789012345678901", Function.identity()));
        BoundedNumbers.BadNumber long100 = assertThrows(BoundedNumbers.BadNumber.class,
                () -> read("\"" + "9".repeat(100) + "\"", Function.identity()));
        assertEquals(40, long100.value().length(), "what was sent, shortened for the message");
    }
}
