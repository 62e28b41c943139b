package com.dealercs.domain.model.facts;

import static com.dealercs.domain.model.facts.Given.NOW;
import static com.dealercs.domain.model.facts.Given.dealer;
import static com.dealercs.domain.model.facts.Given.decimal;
import static com.dealercs.domain.model.facts.Given.factor;
import static com.dealercs.domain.model.facts.Given.refused;
import static com.dealercs.domain.model.facts.Given.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.scheme.FactorComponent;
import com.dealercs.domain.model.scheme.ScoringFactor;
import com.dealercs.domain.model.year.EvaluationYear;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The invariants of the facts other than inspections and SOC scores. */
class OtherFactsTest {

    private final EvaluationYear year = year(2024);
    private final Dealer dealer = dealer();

    @Test
    void aJdpScoreBelongsToTheStudyOfItsFactorInItsYear() {
        JdpFactorScore deal = new JdpFactorScore(year, dealer, factor(year, FactorComponent.JDP_SSI, "DEAL"),
                decimal("750"), 45);
        assertEquals(JdpStudy.SSI, deal.getStudy());
        assertEquals("DEAL", deal.getFactorCode());
        assertEquals(decimal("750.00"), deal.getIndex());
        assertEquals(JdpStudy.CSI, new JdpFactorScore(year, dealer, factor(year, FactorComponent.JDP_CSI,
                "SERVICE_QUALITY"), decimal("0"), 0).getStudy());

        refused("not a J.D. Power factor", () -> new JdpFactorScore(year, dealer,
                factor(year, FactorComponent.CSC, "AWARENESS"), decimal("750"), 45));
        refused("not of the scheme of 2024", () -> new JdpFactorScore(year, dealer,
                factor(year(2023), FactorComponent.JDP_SSI, "DEAL"), decimal("750"), 45));
    }

    @Test
    void aJdpIndexLiesBetween0And1000AndItsSampleIsNotNegative() {
        ScoringFactor deal = factor(year, FactorComponent.JDP_SSI, "DEAL");
        refused("between 0 and 1000", () -> new JdpFactorScore(year, dealer, deal, decimal("1000.01"), 45));
        refused("between 0 and 1000", () -> new JdpFactorScore(year, dealer, deal, decimal("-1"), 45));
        refused("at most two decimals", () -> new JdpFactorScore(year, dealer, deal, decimal("750.001"), 45));
        refused("sample size is not negative", () -> new JdpFactorScore(year, dealer, deal, decimal("750"), -1));

        JdpFactorScore score = new JdpFactorScore(year, dealer, deal, decimal("1000"), 0);
        refused("sample size is not negative", () -> score.replace(decimal("800"), -1));
        assertEquals(decimal("1000.00"), score.getIndex(), "a refused change changes nothing");
    }

    @Test
    void cscRatingsAre0To10OrBlank() {
        refused("AWARENESS is 0 to 10", () -> new CscResponse.Ratings(11, 0, 0, 0, 0));
        refused("ATTITUDE is 0 to 10", () -> new CscResponse.Ratings(0, -1, 0, 0, 0));
        refused("FIRST_TIME_RESOLUTION is 0 to 10", () -> new CscResponse.Ratings(0, 0, 0, 0, 11));

        CscResponse.Ratings ratings = new CscResponse.Ratings(null, 0, 10, null, 7);
        CscResponse response = new CscResponse(" R202400000001 ", year, 2, dealer, ratings);
        assertEquals("R202400000001", response.getResponseId());
        assertEquals(ratings, response.getRatings());
        assertNull(response.rating(CscItem.AWARENESS));
        assertEquals(0, response.rating(CscItem.ATTITUDE));
        assertEquals(10, response.rating(CscItem.COMMUNICATION));
        assertNull(response.rating(CscItem.EXPERIENCE));
        assertEquals(7, response.rating(CscItem.FIRST_TIME_RESOLUTION));
    }

    @Test
    void aCscResponseHasAnIdAndAQuarter() {
        CscResponse.Ratings ratings = new CscResponse.Ratings(1, 2, 3, 4, 5);
        refused("response id is required", () -> new CscResponse(" ", year, 1, dealer, ratings));
        refused("at most 32 characters", () -> new CscResponse("R".repeat(33), year, 1, dealer, ratings));
        refused("quarter is 1 to 4", () -> new CscResponse("R1", year, 0, dealer, ratings));
        refused("quarter is 1 to 4", () -> new CscResponse("R1", year, 5, dealer, ratings));

        CscResponse response = new CscResponse("R1", year, 1, dealer, ratings);
        refused("quarter is 1 to 4", () -> response.replace(year(2025), 9, dealer, ratings));
        assertEquals(2024, response.getYear().getYear(), "a refused change changes nothing");
        response.replace(year(2025), 1, dealer, new CscResponse.Ratings(null, null, null, null, null));
        assertEquals(2025, response.getYear().getYear(), "a re-import may move a response to another year");
    }

    @Test
    void aTrainingVisitIsScored0To10InsideTheYearByATrainer() {
        LocalDate date = LocalDate.of(2024, 9, 3);
        refused("between 0 and 10", () -> new TrainingScore(year, dealer, date, "TAS-吴", decimal("10.01")));
        refused("between 0 and 10", () -> new TrainingScore(year, dealer, date, "TAS-吴", decimal("-0.01")));
        refused("at most two decimals", () -> new TrainingScore(year, dealer, date, "TAS-吴", decimal("8.005")));
        refused("trainer is required", () -> new TrainingScore(year, dealer, date, "", decimal("8")));
        refused("at most 64 characters", () -> new TrainingScore(year, dealer, date, "T".repeat(65), decimal("8")));
        refused("lies in the year 2024", () -> new TrainingScore(year, dealer, LocalDate.of(2025, 1, 1), "TAS-吴",
                decimal("8")));

        TrainingScore score = new TrainingScore(year, dealer, date, "TAS-吴", decimal("8.5"));
        refused("trainer is required", () -> score.replace(null, decimal("9")));
        assertEquals(decimal("8.50"), score.getScore(), "a refused change changes nothing");
    }

    @Test
    void aCrisisAssessmentIsScored0To10InsideTheYear() {
        LocalDate date = LocalDate.of(2024, 2, 28);
        refused("between 0 and 10", () -> new CrisisAssessment(year, dealer, date, decimal("10.5")));
        refused("at most two decimals", () -> new CrisisAssessment(year, dealer, date, decimal("7.131")));
        refused("lies in the year 2024", () -> new CrisisAssessment(year, dealer, LocalDate.of(2023, 2, 28),
                decimal("7")));
        assertEquals(decimal("10.00"), new CrisisAssessment(year, dealer, date, decimal("10")).getScore());
    }

    @Test
    void unitsBoughtAreNotNegative() {
        refused("not negative", () -> new PurchaseVolume(year, dealer, -1));
        PurchaseVolume volume = new PurchaseVolume(year, dealer, 0);
        refused("not negative", () -> volume.replace(-5));
        volume.replace(120);
        assertEquals(120, volume.getUnits());
    }

    @Test
    void anAdjustmentIsASignedAmountOfYuanWithAReason() {
        RebateAdjustment penalty = RebateAdjustment.entered(year, dealer, decimal("-5000"), " 负面媒体曝光 ", "supervisor",
                Instant.parse("2024-12-01T10:00:00.123456Z"));
        assertEquals(decimal("-5000.00"), penalty.getAmount());
        assertEquals("负面媒体曝光", penalty.getReason());
        assertEquals(Instant.parse("2024-12-01T10:00:00.123Z"), penalty.getCreatedAt());
        assertFalse(penalty.isImported());

        refused("at most two decimals", () -> RebateAdjustment.entered(year, dealer, decimal("0.001"), "r", "admin", NOW));
        refused("between", () -> RebateAdjustment.entered(year, dealer, decimal("10000000000"), "r", "admin", NOW));
        refused("between", () -> RebateAdjustment.entered(year, dealer, decimal("-10000000000"), "r", "admin", NOW));
        assertEquals(decimal("-9999999999.99"), RebateAdjustment.entered(year, dealer, decimal("-9999999999.99"), "r",
                "admin", NOW).getAmount());
        refused("reason of a rebate adjustment is required", () -> RebateAdjustment.entered(year, dealer,
                decimal("1"), "  ", "admin", NOW));
        refused("at most 500 characters", () -> RebateAdjustment.entered(year, dealer, decimal("1"), "理".repeat(501),
                "admin", NOW));
        refused("creator of a rebate adjustment is required", () -> RebateAdjustment.entered(year, dealer,
                decimal("1"), "r", "", NOW));
    }

    @Test
    void anImportedAdjustmentNamesItsFileAndLine() {
        String hash = "ABCDEF0123456789".repeat(4);
        RebateAdjustment imported = RebateAdjustment.imported(year, dealer, decimal("2000"), "奖励", hash, 2, "admin",
                NOW);
        assertTrue(imported.isImported());
        assertEquals(hash.toLowerCase(), imported.getSourceHash());
        assertEquals(2, imported.getSourceLine());

        refused("by SHA-256", () -> RebateAdjustment.imported(year, dealer, decimal("1"), "r", "abc", 2, "admin", NOW));
        refused("by SHA-256", () -> RebateAdjustment.imported(year, dealer, decimal("1"), "r", null, 2, "admin", NOW));
        refused("count from 1", () -> RebateAdjustment.imported(year, dealer, decimal("1"), "r", hash, 0, "admin", NOW));
    }
}
