package com.dealercs.domain.scoring;

import static com.dealercs.domain.scoring.Component.CRISIS;
import static com.dealercs.domain.scoring.Component.CS_MAP;
import static com.dealercs.domain.scoring.Component.JDP_SSI;
import static com.dealercs.domain.scoring.Component.SSI_MAP;
import static com.dealercs.domain.scoring.Component.TRAINING;
import static com.dealercs.domain.scoring.Fixtures.DEFAULTS;
import static com.dealercs.domain.scoring.Fixtures.assertFigure;
import static com.dealercs.domain.scoring.Fixtures.crisis;
import static com.dealercs.domain.scoring.Fixtures.d;
import static com.dealercs.domain.scoring.Fixtures.dealer;
import static com.dealercs.domain.scoring.Fixtures.dealerWithTraining;
import static com.dealercs.domain.scoring.Fixtures.inspection;
import static com.dealercs.domain.scoring.Fixtures.jdpStudy;
import static com.dealercs.domain.scoring.Fixtures.training;
import static com.dealercs.domain.scoring.Fixtures.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** scoring.md §2 From components to the total. */
class TotalTest {

    /** W = 80 and S = 70.10, so that S × 100 / W = 87.625 exactly. */
    private static DealerFacts dealerAt87625() {
        DealerFacts.Builder facts = dealerWithTraining("D1", "华北", "10.00").crisis(crisis(6, "5.10"));
        jdpStudy(JDP_SSI, 45, 500, 500, 500, 500, 500, 500).forEach(facts::jdp);
        return facts.build();
    }

    @Test
    void theNineComponentsMaximaAreTheirWeightsAndAddUpTo100() {
        assertEquals(List.of(15, 15, 10, 10, 10, 10, 10, 10, 10),
                Arrays.stream(Component.values()).map(Component::maxPoints).toList());
        assertEquals(100, Arrays.stream(Component.values()).mapToInt(Component::maxPoints).sum());
    }

    @Test
    void round2IsTwoDecimalsHalfUp() {
        assertFigure("87.63", Decimals.round2(d("87.625")));
        assertFigure("87.62", Decimals.round2(d("87.6249999999999999")));
        assertFigure("13.13", Decimals.round2(d("13.125")));
        assertFigure("12.63", Decimals.round2(d("12.6315")));
        assertFigure("0.01", Decimals.round2(d("0.005")));
        assertFigure("8.00", Decimals.round2(d("8")));
    }

    @Test
    void eachAnnualComponentIsRoundedWithRound2() {
        DealerFacts facts = dealerWithTraining("D1", "华北", "10.00")
                .inspection(inspection(CS_MAP, 2, 11, 1)) // CS_MAP quarters 15.00 and 13.75 → 14.375
                .build();

        Scorecard scorecard = year(facts).scorecards().get(0);

        assertFigure("14.38", scorecard.component(CS_MAP).orElseThrow());
    }

    @Test
    void sIsTheSumOfTheRoundedComponentsThatHaveDataAndWTheSumOfTheirMaxima() {
        DealerFacts facts = DealerFacts.of(dealer("D1"))
                .inspection(inspection(SSI_MAP, 1, 5, 1))  // 12.50
                .inspection(inspection(SSI_MAP, 2, 11, 1)) // 13.75 → 13.125 → 13.13
                .inspection(inspection(CS_MAP, 1, 5, 1))   // 12.50
                .inspection(inspection(CS_MAP, 2, 11, 1))  // 13.13
                .training(training(4, "8.00"))
                .training(training(9, "8.25"))            // 8.125 → 8.13
                .crisis(crisis(5, "9.00"))
                .build();

        Scorecard scorecard = year(facts).scorecards().get(0);

        assertFigure("43.39", scorecard.sum()); // 13.13 + 13.13 + 8.13 + 9.00, not 43.375
        assertEquals(50, scorecard.coverage());
        assertEquals(List.of(Component.SOC_CENTRAL, Component.SOC_SPOT, Component.JDP_SSI, Component.JDP_CSI,
                Component.CSC), scorecard.missingComponents());
    }

    @Test
    void wBelowMinCoverageIsNotRatedNoTotalNoRankPayoutRatioZero() {
        DealerFacts facts = DealerFacts.of(dealer("D1"))
                .inspection(inspection(SSI_MAP, 1, 1, 0))
                .inspection(inspection(CS_MAP, 1, 1, 0))
                .training(training(4, "10.00"))
                .crisis(crisis(5, "10.00"))
                .units(100)
                .build(); // W = 50

        Scorecard scorecard = year(facts).scorecards().get(0);

        assertEquals(RatingStatus.NOT_RATED, scorecard.status());
        assertEquals(50, scorecard.coverage());
        assertEquals(Optional.empty(), scorecard.total());
        assertEquals(Optional.empty(), scorecard.assessmentPoints());
        assertEquals(Optional.empty(), scorecard.nationalRank());
        assertEquals(Optional.empty(), scorecard.regionalRank());
        assertFigure("0.00", scorecard.rebate().payoutRatio());
        assertFigure("0.00", scorecard.rebate().cs());
        assertEquals(5, scorecard.missingComponents().size(), "the scorecard lists the missing components");
    }

    @Test
    void wEqualToMinCoverageIsRated() {
        Scorecard scorecard = year(dealerWithTraining("D1", "华北", "10.00").build()).scorecards().get(0);

        assertEquals(60, scorecard.coverage());
        assertEquals(RatingStatus.RATED, scorecard.status());
    }

    @Test
    void renormalizeTotalIsRound2OfSTimes100OverW() {
        Scorecard scorecard = year(dealerAt87625()).scorecards().get(0);

        assertEquals(80, scorecard.coverage());
        assertFigure("70.10", scorecard.sum());
        assertFigure("87.63", scorecard.total().orElseThrow()); // 87.625, half up
    }

    @Test
    void zeroPolicyTotalIsS() {
        Scorecard scorecard = year(DEFAULTS.withMissingPolicy(MissingPolicy.ZERO), dealerAt87625())
                .scorecards().get(0);

        assertFigure("70.10", scorecard.total().orElseThrow());
        assertFigure("0.75", scorecard.rebate().payoutRatio());
    }

    @Test
    void zeroPolicyStillLeavesADealerBelowMinCoverageNotRated() {
        DealerFacts facts = DealerFacts.of(dealer("D1"))
                .inspection(inspection(SSI_MAP, 1, 1, 0))
                .training(training(4, "10.00"))
                .build();

        Scorecard scorecard = year(DEFAULTS.withMissingPolicy(MissingPolicy.ZERO), facts).scorecards().get(0);

        assertFalse(scorecard.isRated());
        assertEquals(Optional.empty(), scorecard.total());
    }

    @Test
    void assessmentPointsAreRound2OfTotalTimesOverallWeight() {
        Scorecard scorecard = year(dealerWithTraining("D1", "华北", "2.50").build()).scorecards().get(0);

        assertFigure("87.50", scorecard.total().orElseThrow()); // 52.50 × 100 / 60
        assertFigure("13.13", scorecard.assessmentPoints().orElseThrow()); // 13.125, half up
    }

    @Test
    void aDealerWithEveryComponentAtFullMarksScores100() {
        DealerFacts.Builder facts = dealerWithTraining("D1", "华北", "10.00")
                .soc(Fixtures.soc(SocKind.BASELINE, "90"))
                .crisis(crisis(3, "10"));
        jdpStudy(JDP_SSI, 45, 1000, 1000, 1000, 1000, 1000, 1000).forEach(facts::jdp);
        jdpStudy(Component.JDP_CSI, 45, 1000, 1000, 1000, 1000, 1000).forEach(facts::jdp);
        Fixtures.cscResponses(1, 10, 10, 10, 10, 10).forEach(facts::csc);

        Scorecard scorecard = year(facts.build()).scorecards().get(0);

        assertEquals(100, scorecard.coverage());
        assertTrue(scorecard.missingComponents().isEmpty());
        assertFigure("100.00", scorecard.total().orElseThrow());
        assertFigure("10.00", scorecard.component(TRAINING).orElseThrow());
        assertFigure("10.00", scorecard.component(CRISIS).orElseThrow());
    }
}
