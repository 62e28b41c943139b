package com.dealercs.domain.scoring;

import static com.dealercs.domain.scoring.Component.CRISIS;
import static com.dealercs.domain.scoring.Component.CSC;
import static com.dealercs.domain.scoring.Component.CS_MAP;
import static com.dealercs.domain.scoring.Component.JDP_CSI;
import static com.dealercs.domain.scoring.Component.JDP_SSI;
import static com.dealercs.domain.scoring.Component.SOC_CENTRAL;
import static com.dealercs.domain.scoring.Component.SOC_SPOT;
import static com.dealercs.domain.scoring.Component.SSI_MAP;
import static com.dealercs.domain.scoring.Component.TRAINING;
import static com.dealercs.domain.scoring.Fixtures.SCHEME;
import static com.dealercs.domain.scoring.Fixtures.adjustment;
import static com.dealercs.domain.scoring.Fixtures.assertFigure;
import static com.dealercs.domain.scoring.Fixtures.assertValue;
import static com.dealercs.domain.scoring.Fixtures.crisis;
import static com.dealercs.domain.scoring.Fixtures.cscResponses;
import static com.dealercs.domain.scoring.Fixtures.dealer;
import static com.dealercs.domain.scoring.Fixtures.inspection;
import static com.dealercs.domain.scoring.Fixtures.jdpStudy;
import static com.dealercs.domain.scoring.Fixtures.soc;
import static com.dealercs.domain.scoring.Fixtures.spot;
import static com.dealercs.domain.scoring.Fixtures.training;
import static com.dealercs.domain.scoring.Fixtures.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** scoring.md §7 A worked example: dealer D in a year with the defaults, figure by figure. */
class WorkedExampleTest {

    @Test
    void dealerDInAYearWithTheDefaults() {
        YearPolicy defaults = YearPolicy.defaults();

        // SSI-MAP: Q1 inspection 13.20 points, Q2 none, Q3 two inspections 12.00 and 14.00, Q4 none
        Inspection ssiQ1 = inspection(SSI_MAP, 1, 22, 3);
        Inspection ssiQ3a = inspection(SSI_MAP, 3, 4, 1);
        Inspection ssiQ3b = inspection(SSI_MAP, 3, 14, 1);
        assertValue("13.20", ssiQ1.points());
        assertValue("12.00", ssiQ3a.points());
        assertValue("14.00", ssiQ3b.points());
        List<Inspection> ssi = List.of(ssiQ1, ssiQ3a, ssiQ3b);
        // → quarters 13.20 and 13.00 → SSI_MAP = 13.10
        assertValue("13.20", ComponentRules.checklistQuarter(ssi, SSI_MAP, 1).orElseThrow());
        assertEquals(Optional.empty(), ComponentRules.checklistQuarter(ssi, SSI_MAP, 2));
        assertValue("13.00", ComponentRules.checklistQuarter(ssi, SSI_MAP, 3).orElseThrow());
        assertEquals(Optional.empty(), ComponentRules.checklistQuarter(ssi, SSI_MAP, 4));
        assertValue("13.10", ComponentRules.checklistAnnual(ssi, SSI_MAP).orElseThrow());

        // CS-MAP: Q1 12.50, Q2 13.75 → CS_MAP = 13.125 → 13.13
        Inspection csQ1 = inspection(CS_MAP, 1, 5, 1);
        Inspection csQ2 = inspection(CS_MAP, 2, 11, 1);
        assertValue("12.50", csQ1.points());
        assertValue("13.75", csQ2.points());
        assertValue("13.125", ComponentRules.checklistAnnual(List.of(csQ1, csQ2), CS_MAP).orElseThrow());

        // SOC: BASELINE 71.00, FINAL 80.50, SPOT 76.00 and 79.00
        List<SocScore> socScores = List.of(
                soc(SocKind.BASELINE, "71.00"), soc(SocKind.FINAL, "80.50"), spot(4, "76.00"), spot(9, "79.00"));
        assertValue("8.05", ComponentRules.socCentral(socScores).orElseThrow());
        assertValue("7.75", ComponentRules.socSpot(socScores).orElseThrow());
        assertFigure("9.50", ComponentRules.socImprovement(socScores).orElseThrow());

        // J.D. Power SSI indexes 800, 750, 820, 790, 810, 770 (weights 1,2,1,2,2,2, sample 45)
        List<JdpFactorScore> jdp = new ArrayList<>(jdpStudy(JDP_SSI, 45, 800, 750, 820, 790, 810, 770));
        assertEquals(List.of("1", "2", "1", "2", "2", "2"),
                SCHEME.factors(JDP_SSI).stream().map(f -> f.weight().toPlainString()).toList());
        assertValue("7.86", ComponentRules.jdp(JDP_SSI, jdp, SCHEME.factors(JDP_SSI), defaults.jdpMinSample())
                .orElseThrow());
        // CSI sample 12 → JDP_CSI missing
        jdp.addAll(jdpStudy(JDP_CSI, 12, 900, 900, 900, 900, 900));
        assertEquals(Optional.empty(),
                ComponentRules.jdp(JDP_CSI, jdp, SCHEME.factors(JDP_CSI), defaults.jdpMinSample()));

        // TRAINING 8.50 and 9.00 → 8.75
        List<TrainingVisit> visits = List.of(training(3, "8.50"), training(10, "9.00"));
        assertValue("8.75", ComponentRules.training(visits).orElseThrow());

        // CSC Q1 8.40, Q2 (3 responses) no value, Q3 7.90 → 8.15
        List<CscResponse> csc = new ArrayList<>();
        csc.addAll(cscResponses(1, 8, 8, 8, 9, 9));
        csc.addAll(cscResponses(2, 10, 10, 10));
        csc.addAll(cscResponses(3, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7));
        List<Factor> cscItems = SCHEME.factors(CSC);
        assertValue("8.40", ComponentRules.cscQuarter(csc, 1, cscItems, defaults.cscMinResponses()).orElseThrow());
        assertEquals(Optional.empty(), ComponentRules.cscQuarter(csc, 2, cscItems, defaults.cscMinResponses()));
        assertValue("7.90", ComponentRules.cscQuarter(csc, 3, cscItems, defaults.cscMinResponses()).orElseThrow());
        assertValue("8.15", ComponentRules.cscAnnual(csc, cscItems, defaults.cscMinResponses()).orElseThrow());

        // CRISIS assessments 7.00 then 9.00 → 9.00
        List<CrisisAssessment> assessments = List.of(crisis(4, "7.00"), crisis(11, "9.00"));
        assertValue("9.00", ComponentRules.crisis(assessments).orElseThrow());

        // 120 units; an adjustment of −5000.00 (a negative media report, 负面媒体曝光)
        DealerFacts.Builder d = DealerFacts.of(dealer("D")).units(120)
                .adjustment(new Adjustment(Fixtures.d("-5000.00"), "负面媒体曝光"));
        ssi.forEach(d::inspection);
        List.of(csQ1, csQ2).forEach(d::inspection);
        socScores.forEach(d::soc);
        jdp.forEach(d::jdp);
        visits.forEach(d::training);
        csc.forEach(d::csc);
        assessments.forEach(d::crisis);

        Scorecard scorecard = year(defaults, d.build()).scorecards().get(0);

        assertFigure("13.10", scorecard.component(SSI_MAP).orElseThrow());
        assertFigure("13.13", scorecard.component(CS_MAP).orElseThrow());
        assertFigure("8.05", scorecard.component(SOC_CENTRAL).orElseThrow());
        assertFigure("7.75", scorecard.component(SOC_SPOT).orElseThrow());
        assertFigure("7.86", scorecard.component(JDP_SSI).orElseThrow());
        assertEquals(Optional.empty(), scorecard.component(JDP_CSI));
        assertEquals(List.of(JDP_CSI), scorecard.missingComponents());
        assertFigure("8.75", scorecard.component(TRAINING).orElseThrow());
        assertFigure("8.15", scorecard.component(CSC).orElseThrow());
        assertFigure("9.00", scorecard.component(CRISIS).orElseThrow());
        // S = 13.10 + 13.13 + 8.05 + 7.75 + 7.86 + 8.75 + 8.15 + 9.00 = 75.79, W = 90
        assertFigure("75.79", scorecard.sum());
        assertEquals(90, scorecard.coverage());
        assertEquals(RatingStatus.RATED, scorecard.status());
        // total = round2(75.79 × 100 / 90) = 84.21, assessmentPoints = 12.63
        assertFigure("84.21", scorecard.total().orElseThrow());
        assertFigure("12.63", scorecard.assessmentPoints().orElseThrow());
        assertFigure("9.50", scorecard.socImprovement().orElseThrow());
        // improvement rank within the top 10 → socBonus
        assertEquals(Optional.of(1), scorecard.socImprovementRank());
        assertTrue(scorecard.socBonus());

        Rebate rebate = scorecard.rebate();
        assertEquals(120, rebate.units());
        assertFigure("72000.00", rebate.base());       // 120 × 4000 × 0.15
        assertFigure("0.90", rebate.payoutRatio());
        assertFigure("64800.00", rebate.cs());
        assertFigure("30000.00", rebate.socBonus());
        assertFigure("-5000.00", rebate.adjustments());
        assertFigure("89800.00", rebate.rebate());
    }
}
