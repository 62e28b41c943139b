package com.dealercs.domain.model.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** OPEN → APPROVED → PUBLISHED, back to OPEN only by reopening (scoring.md §6). */
class YearLifeCycleTest {

    private final EvaluationYear year = new EvaluationYear(2045, EvaluationYear.Policy.defaults(),
            Instant.parse("2045-01-01T00:00:00Z"));

    @Test
    void anOpenYearIsApprovedThenPublishedAndFrozenMeanwhile() {
        year.approve();
        assertEquals(YearState.APPROVED, year.getState());
        assertFalse(year.acceptsData());
        assertThrows(IllegalStateException.class, () -> year.dataChanged(Instant.now()));
        year.publish();
        assertEquals(YearState.PUBLISHED, year.getState());
        assertFalse(year.acceptsData());
    }

    @Test
    void stepsAreNotSkippedNorRepeated() {
        assertThrows(IllegalStateException.class, year::publish);
        assertThrows(IllegalStateException.class, year::reopen);
        year.approve();
        assertThrows(IllegalStateException.class, year::approve);
        year.publish();
        assertThrows(IllegalStateException.class, year::publish);
        assertThrows(IllegalStateException.class, year::approve);
    }

    @Test
    void anApprovedOrPublishedYearReopensAndAcceptsDataAgain() {
        year.approve();
        year.reopen();
        assertEquals(YearState.OPEN, year.getState());
        year.approve();
        year.publish();
        year.reopen();
        assertTrue(year.acceptsData());
        year.dataChanged(Instant.parse("2045-02-01T00:00:00Z"));
        assertEquals(Instant.parse("2045-02-01T00:00:00Z"), year.getDataChangedAt());
    }
}
