package com.dealercs.domain.scoring;

import static com.dealercs.domain.scoring.Component.CSC;
import static com.dealercs.domain.scoring.Component.CS_MAP;
import static com.dealercs.domain.scoring.Component.SSI_MAP;
import static com.dealercs.domain.scoring.Fixtures.assertFigure;
import static com.dealercs.domain.scoring.Fixtures.cscResponses;
import static com.dealercs.domain.scoring.Fixtures.dealer;
import static com.dealercs.domain.scoring.Fixtures.inspection;
import static com.dealercs.domain.scoring.Fixtures.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** scoring.md §2 Quarterly score (季度评分) and §3 quarterly ranks. */
class QuarterlyScoreTest {

    @Test
    void theQuarterlyScoreIsRound2OfSTimes100OverWOverSsiMapCsMapAndCsc() {
        DealerFacts.Builder facts = DealerFacts.of(dealer("D1"))
                .inspection(inspection(SSI_MAP, 1, 22, 3)); // 13.20
        cscResponses(1, 8, 8, 8, 9, 9).forEach(facts::csc); // 8.40

        QuarterResult q1 = year(facts.build()).scorecards().get(0).quarter(1);

        assertEquals(25, q1.coverage());
        assertFigure("86.40", q1.total().orElseThrow()); // 21.60 × 100 / 25
        assertEquals(Optional.of(1), q1.rank());
    }

    @Test
    void eachQuarterValueIsRoundedWithRound2First() {
        DealerFacts facts = DealerFacts.of(dealer("D1"))
                .inspection(inspection(SSI_MAP, 2, 5, 1))  // 12.50
                .inspection(inspection(SSI_MAP, 2, 11, 1)) // 13.75: quarter 13.125 → 13.13
                .inspection(inspection(CS_MAP, 2, 12, 3))  // 12.00
                .build();

        QuarterResult q2 = year(facts).scorecards().get(0).quarter(2);

        assertFigure("13.13", q2.component(SSI_MAP).orElseThrow());
        assertFigure("83.77", q2.total().orElseThrow()); // 25.13 × 100 / 30 = 83.766…, not 25.125 → 83.75
    }

    @Test
    void aDealerIsRatedForTheQuarterWhenItHasAValueForSsiMapOrCsMap() {
        DealerFacts.Builder facts = DealerFacts.of(dealer("D1"))
                .inspection(inspection(CS_MAP, 3, 1, 0));
        cscResponses(4, 9, 9, 9, 9, 9).forEach(facts::csc); // Q4: CSC only

        Scorecard scorecard = year(facts.build()).scorecards().get(0);

        assertFigure("100.00", scorecard.quarter(3).total().orElseThrow()); // W = 15 is enough for a quarter
        assertFigure("9.00", scorecard.quarter(4).component(CSC).orElseThrow());
        assertFalse(scorecard.quarter(4).isRated());
        assertEquals(Optional.empty(), scorecard.quarter(4).rank());
        assertFalse(scorecard.quarter(1).isRated());
    }

    @Test
    void quarterlyRanksAreCompetitionRanksOnQuarterTotal() {
        YearResults year = year(
                DealerFacts.of(dealer("D1")).inspection(inspection(SSI_MAP, 1, 4, 1)).build(),  // 80.00
                DealerFacts.of(dealer("D2")).inspection(inspection(SSI_MAP, 1, 9, 1)).build(),  // 90.00
                DealerFacts.of(dealer("D3")).inspection(inspection(CS_MAP, 1, 9, 1)).build(),   // 90.00
                DealerFacts.of(dealer("D4")).inspection(inspection(CS_MAP, 1, 3, 1)).build(),   // 75.00
                DealerFacts.of(dealer("D5")).inspection(inspection(CS_MAP, 2, 3, 1)).build());  // Q2 only

        assertEquals(List.of("D2", "D3", "D1", "D4"),
                year.quarterlyRanking(1).stream().map(Scorecard::dealerCode).toList());
        assertEquals(List.of(1, 1, 3, 4),
                year.quarterlyRanking(1).stream().map(s -> s.quarter(1).rank().orElseThrow()).toList());
        assertEquals(Optional.of(1), year.scorecard("D5").orElseThrow().quarter(2).rank());
        assertEquals(Optional.empty(), year.scorecard("D5").orElseThrow().quarter(1).rank());
    }
}
