package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.application.YearGlance.Bin;
import com.dealercs.application.YearGlance.RegionAverage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkFiguresTest {

    private static final YearOverview OVERVIEW =
            new YearOverview(2024, "OPEN", Instant.parse("2024-12-01T08:00:00Z"), "supervisor", true, 4, 1);

    @Test
    void averagesAndMediansAreRoundedToTwoPlacesHalfUp() {
        // 70.005 + 80.00 + 90.00 = 240.005 → 80.001666… → 80.00; median of three is the middle one
        assertEquals(new BigDecimal("80.00"), NetworkFigures.average(totals("70.005", "80.00", "90.00")));
        assertEquals(new BigDecimal("80.00"), NetworkFigures.median(totals("90.00", "70.005", "80.00")));
        // 1.125 (three places) rounds half up to 1.13; an even count's median is the two middle ones' mean
        assertEquals(new BigDecimal("1.13"), NetworkFigures.average(totals("1.125")));
        assertEquals(new BigDecimal("75.01"), NetworkFigures.median(totals("60", "75.005", "75.015", "99")));
        assertEquals(new BigDecimal("85.00"), NetworkFigures.average(totals("80", "90")));
        assertNull(NetworkFigures.average(List.of()));
        assertNull(NetworkFigures.median(List.of()));
    }

    @Test
    void theDistributionHasFivePointBinsFromTheLowestPopulatedToAHundred() {
        List<Bin> bins = NetworkFigures.distribution(totals("62.40", "64.99", "65.00", "79.10", "100.00", "99.99"));
        assertEquals(8, bins.size(), bins.toString());
        assertEquals(new Bin(60, 65, 2), bins.get(0));
        assertEquals(new Bin(65, 70, 1), bins.get(1));
        assertEquals(new Bin(70, 75, 0), bins.get(2), "empty bins are kept: an even axis");
        assertEquals(new Bin(75, 80, 1), bins.get(3));
        assertEquals(new Bin(95, 100, 2), bins.get(7), "100 falls in the last bin");
        assertEquals(6, bins.stream().mapToInt(Bin::dealers).sum());
        assertEquals(List.of(new Bin(95, 100, 1)), NetworkFigures.distribution(totals("100")));
        assertEquals(20, NetworkFigures.distribution(totals("0.00")).size());
        assertTrue(NetworkFigures.distribution(List.of()).isEmpty());
    }

    @Test
    void aGlanceCountsOnlyRatedDealersAndAveragesEachRegion() {
        List<ScorecardView> cards = new ArrayList<>();
        cards.add(card("D1", "华东", "RATED", "90.00"));
        cards.add(card("D2", "华东", "RATED", "81.01"));
        cards.add(card("D3", "华北", "RATED", "70.50"));
        cards.add(card("D4", "西南", "RATED", "85.505"));
        cards.add(card("D5", "华北", "NOT_RATED", null));

        YearGlance glance = NetworkFigures.glance(OVERVIEW, cards,
                List.of(NetworkFigures.trend(2023, cards.subList(0, 2)), NetworkFigures.trend(2024, cards)));

        assertEquals(4, glance.rated());
        assertEquals(1, glance.notRated());
        assertEquals(new BigDecimal("81.75"), glance.average()); // 327.015 / 4 = 81.75375
        assertEquals(new BigDecimal("83.26"), glance.median());  // (81.01 + 85.505) / 2 = 83.2575
        assertEquals(List.of(
                new RegionAverage("华东", 2, new BigDecimal("85.51")),
                new RegionAverage("西南", 1, new BigDecimal("85.51")),
                new RegionAverage("华北", 1, new BigDecimal("70.50"))), glance.regions(),
                "highest average first, ties by region (华东 before 西南); a NOT_RATED dealer counts nowhere");
        assertEquals(new Bin(70, 75, 1), glance.distribution().get(0));
        assertEquals(4, glance.distribution().stream().mapToInt(Bin::dealers).sum());
        assertEquals(2023, glance.years().get(0).year());
        assertEquals(2, glance.years().get(0).rated());
        assertEquals(new BigDecimal("85.51"), glance.years().get(0).average()); // 171.01 / 2 = 85.505
        assertEquals(new BigDecimal("85.51"), glance.years().get(0).median());
        assertEquals(OVERVIEW, glance.year());
    }

    @Test
    void aYearWithNoRatedDealerHasNoFigures() {
        YearGlance glance = NetworkFigures.glance(OVERVIEW, List.of(card("D5", "华北", "NOT_RATED", null)), List.of());
        assertEquals(0, glance.rated());
        assertEquals(1, glance.notRated());
        assertNull(glance.average());
        assertTrue(glance.distribution().isEmpty() && glance.regions().isEmpty());
    }

    private static List<BigDecimal> totals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static ScorecardView card(String code, String region, String status, String total) {
        return new ScorecardView(2024, code, code + " 汽车", region, status, Map.of(), 100,
                total == null ? null : new BigDecimal(total), null, null, null, null, false,
                new ScorecardView.RebateView(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO), List.of());
    }
}
