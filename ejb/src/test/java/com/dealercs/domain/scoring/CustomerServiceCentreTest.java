package com.dealercs.domain.scoring;

import static com.dealercs.domain.scoring.Fixtures.SCHEME;
import static com.dealercs.domain.scoring.Fixtures.assertValue;
import static com.dealercs.domain.scoring.Fixtures.cscResponse;
import static com.dealercs.domain.scoring.Fixtures.cscResponses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** scoring.md §1.5 Customer service centre (CSC). */
class CustomerServiceCentreTest {

    private static final int MIN_RESPONSES = Fixtures.DEFAULTS.cscMinResponses();

    private static Optional<BigDecimal> quarter(List<CscResponse> responses, int quarter) {
        return ComponentRules.cscQuarter(responses, quarter, SCHEME.factors(Component.CSC), MIN_RESPONSES);
    }

    private static Optional<BigDecimal> annual(List<CscResponse> responses) {
        return ComponentRules.cscAnnual(responses, SCHEME.factors(Component.CSC), MIN_RESPONSES);
    }

    @Test
    void aQuartersValueIsTheSumOfWeightTimesItemMeanOverTen() {
        // every item's mean is 8.4, every weight 2: 5 × 2 × 8.4 / 10
        assertValue("8.4", quarter(cscResponses(1, 8, 8, 8, 9, 9), 1).orElseThrow());
    }

    @Test
    void theItemMeanIsOverItsNonBlankRatings() {
        List<CscResponse> responses = new ArrayList<>(cscResponses(1, 8, 8, 8, 8));
        responses.add(cscResponse(1, null, 8, 8, 8, 8)); // awareness left blank: its mean stays 8

        assertValue("8", quarter(responses, 1).orElseThrow());
    }

    @Test
    void anItemWithNoRatingAtAllInTheQuarterCountsZero() {
        List<CscResponse> responses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            responses.add(cscResponse(1, null, 10, 10, 10, 10)); // nobody rated awareness
        }

        assertValue("8", quarter(responses, 1).orElseThrow()); // 0 + 4 × 2 × 10 / 10
    }

    @Test
    void aQuarterWithFewerThanCscMinResponsesHasNoValue() {
        assertEquals(Optional.empty(), quarter(cscResponses(2, 10, 10, 10, 10), 2));
        assertEquals(Optional.empty(), quarter(cscResponses(1, 10, 10, 10, 10, 10), 2));
    }

    @Test
    void theAnnualComponentIsTheMeanOfTheQuartersThatHaveAValue() {
        List<CscResponse> responses = new ArrayList<>();
        responses.addAll(cscResponses(1, 8, 8, 8, 9, 9));                 // 8.40
        responses.addAll(cscResponses(2, 3, 3, 3));                       // 3 responses: no value
        responses.addAll(cscResponses(3, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7));  // 7.90

        assertValue("8.15", annual(responses).orElseThrow());
    }

    @Test
    void noQuarterWithAValueLeavesCscMissing() {
        assertEquals(Optional.empty(), annual(cscResponses(4, 9, 9)));
    }

    @Test
    void ratingsAreIntegersZeroToTenOfTheSchemesItems() {
        assertThrows(IllegalArgumentException.class, () -> cscResponse(1, 11));
        assertThrows(IllegalArgumentException.class, () -> cscResponse(1, -1));
        List<CscResponse> unknownItem = List.of(new CscResponse(1, Map.of("SPEED", 9)));
        assertThrows(IllegalArgumentException.class, () -> quarter(unknownItem, 1));
    }
}
