package com.dealercs.domain.scoring;

import static com.dealercs.domain.scoring.Fixtures.assertValue;
import static com.dealercs.domain.scoring.Fixtures.crisis;
import static com.dealercs.domain.scoring.Fixtures.d;
import static com.dealercs.domain.scoring.Fixtures.dealer;
import static com.dealercs.domain.scoring.Fixtures.training;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** scoring.md §1.4 Training (TRAINING) and §1.6 Crisis plan (CRISIS). */
class TrainingAndCrisisPlanTest {

    @Test
    void trainingIsTheMeanOfTheYearsVisits() {
        assertValue("8.75", ComponentRules.training(List.of(training(3, "8.50"), training(9, "9.00"))).orElseThrow());
        assertValue("8.3333333333333333",
                ComponentRules.training(List.of(training(3, "8"), training(6, "8"), training(9, "9"))).orElseThrow());
    }

    @Test
    void noTrainingVisitLeavesTrainingMissing() {
        assertEquals(Optional.empty(), ComponentRules.training(List.of()));
    }

    @Test
    void aTrainingScoreIsZeroToTenWithTwoDecimals() {
        LocalDate day = LocalDate.of(2024, 5, 5);
        assertThrows(IllegalArgumentException.class, () -> new TrainingVisit(day, d("10.01")));
        assertThrows(IllegalArgumentException.class, () -> new TrainingVisit(day, d("8.555")));
    }

    @Test
    void theLatestAssessmentOfTheYearByDateCounts() {
        // entered out of order: the date decides, not the order
        assertValue("9.00", ComponentRules.crisis(List.of(crisis(11, "9.00"), crisis(3, "7.00"))).orElseThrow());
        assertValue("7.00", ComponentRules.crisis(List.of(crisis(11, "7.00"), crisis(3, "9.00"))).orElseThrow());
    }

    @Test
    void noCrisisAssessmentLeavesCrisisMissing() {
        assertEquals(Optional.empty(), ComponentRules.crisis(List.of()));
    }

    @Test
    void twoAssessmentsOnTheSameDayAreRefusedTheLatestWouldBeUndecided() {
        assertThrows(IllegalArgumentException.class, () -> DealerFacts.of(dealer("D1"))
                .crisis(crisis(3, "7.00")).crisis(crisis(3, "9.00")).build());
    }
}
