package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quartiles of the dealer's position: linear between ranks (QUARTILE.INC), two places half up. */
class DealerPortalServiceTest {

    private static List<BigDecimal> values(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void quartilesLieLinearlyBetweenTheRanksAroundThem() {
        // sorted 60, 70, 80, 95: positions 0.75, 1.5, 2.25
        List<BigDecimal> four = values("80", "60", "95", "70");
        assertEquals(new BigDecimal("67.50"), DealerPortalService.quartile(four, 1));
        assertEquals(new BigDecimal("75.00"), DealerPortalService.quartile(four, 2));
        assertEquals(new BigDecimal("83.75"), DealerPortalService.quartile(four, 3));
    }

    @Test
    void anOddCountsMedianIsItsMiddleValueAndOneValueIsEveryQuartile() {
        assertEquals(new BigDecimal("70.13"), DealerPortalService.quartile(values("60.10", "70.125", "90"), 2));
        assertEquals(new BigDecimal("81.00"), DealerPortalService.quartile(values("81"), 1));
        assertEquals(new BigDecimal("81.00"), DealerPortalService.quartile(values("81"), 3));
    }
}
