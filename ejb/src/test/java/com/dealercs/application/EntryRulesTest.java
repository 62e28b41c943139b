package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dealercs.application.FactEntries.AdjustmentEntry;
import com.dealercs.application.FactEntries.CrisisAssessmentEntry;
import com.dealercs.application.FactEntries.TrainingScoreEntry;
import com.dealercs.domain.model.imports.AdjustmentRow;
import com.dealercs.domain.model.imports.CrisisRow;
import com.dealercs.domain.model.imports.DealerRow;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.TrainingRow;
import com.dealercs.domain.model.network.DealerStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An entry on the portal follows its import file's rules, each problem beside its field. */
class EntryRulesTest {

    @Test
    void aTrainingEntryIsReadByTheImportsRowRules() {
        TrainingRow row = EntryRows.parse(ImportKind.TRAINING, TrainingRow.class, EntryRows.columns(
                new TrainingScoreEntry("2024", "d0001", "2024-03-01", " 王老师 ", "8.5", null)));

        assertEquals(new TrainingRow(2024, "D0001", LocalDate.of(2024, 3, 1), "王老师", new BigDecimal("8.50")), row);
    }

    @Test
    void eachWrongFieldOfATrainingEntryIsNamedWithItsOwnMessage() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> EntryRows.parse(
                ImportKind.TRAINING, TrainingRow.class, EntryRows.columns(
                        new TrainingScoreEntry("2024", "D0001", "2025-01-02", "", "10.5", null))));

        Map<String, String> byField = byField(refused, Locale.SIMPLIFIED_CHINESE);
        assertEquals(Map.of("session_date", "2025-01-02 不在 2024 年内。", "trainer", "必须填写。",
                "score", "10.5 超出范围 0–10。"), byField);
        assertEquals("10.5 lies outside 0–10.", byField(refused, Locale.ENGLISH).get("score"));
    }

    @Test
    void aCrisisScoreHasAtMostTwoDecimals() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> EntryRows.parse(
                ImportKind.CRISIS, CrisisRow.class, EntryRows.columns(
                        new CrisisAssessmentEntry("2024", "D0001", "2024-05-06", "7.125", null))));

        assertEquals(Map.of("score", "7.125 has more than 2 decimals."), byField(refused, Locale.ENGLISH));
    }

    @Test
    void anAdjustmentIsSignedAndNeedsItsReason() {
        AdjustmentRow row = EntryRows.parse(ImportKind.ADJUSTMENTS, AdjustmentRow.class, EntryRows.columns(
                new AdjustmentEntry("2024", "D0001", "-5000", "媒体负面报道")));
        assertEquals(new BigDecimal("-5000.00"), row.amount());

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> EntryRows.parse(
                ImportKind.ADJUSTMENTS, AdjustmentRow.class, EntryRows.columns(
                        new AdjustmentEntry("2024", "D0001", "1,000", " "))));
        assertEquals(Map.of("amount", "\"1,000\" is not a number (decimals with a point \".\").",
                "reason", "Required."), byField(refused, Locale.ENGLISH));
    }

    @Test
    void aReplacedValueNeedsAReasonANewOrTheSameValueDoesNot() {
        assertNull(EntryRows.reason(null, new BigDecimal("8"), " "));
        assertNull(EntryRows.reason(new BigDecimal("8.00"), new BigDecimal("8"), null));
        assertEquals("复核更正", EntryRows.reason(new BigDecimal("7"), new BigDecimal("8"), " 复核更正 "));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> EntryRows.reason(new BigDecimal("7.50"), new BigDecimal("8"), ""));
        assertEquals(Map.of("reason", "This replaces 7.5: say why."), byField(refused, Locale.ENGLISH));
        assertThrows(InvalidInputException.class,
                () -> EntryRows.reason(new BigDecimal("7"), new BigDecimal("8"), "x".repeat(501)));
    }

    @Test
    void aDealersDetailsFollowTheDealersFileAndTheDatabasesNarrowerPlaces() {
        DealerRow row = DealerService.parse(new DealerDetails("n0001", "新店", "华东", "江苏", "苏州", "2020-05-01", null,
                null), DealerStatus.ACTIVE);
        assertEquals("N0001", row.dealerCode());

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> DealerService.parse(
                new DealerDetails("N 1", "新店", "华东", "省".repeat(33), "苏州", "2020-02-30", null, null),
                DealerStatus.ACTIVE));
        Map<String, String> byField = byField(refused, Locale.ENGLISH);
        assertEquals(List.of("dealer_code", "opened_on", "province"), byField.keySet().stream().sorted().toList());
        assertEquals("33 characters: at most 32.", byField.get("province"));
    }

    private static Map<String, String> byField(InvalidInputException refused, Locale locale) {
        return refused.problems().stream().collect(Collectors.toMap(Problem::field, p -> p.message(locale)));
    }
}
