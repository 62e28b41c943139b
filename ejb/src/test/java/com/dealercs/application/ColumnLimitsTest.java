package com.dealercs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.audit.AuditEntry;
import com.dealercs.domain.model.facts.CheckpointResult;
import com.dealercs.domain.model.facts.CscResponse;
import com.dealercs.domain.model.facts.Inspection;
import com.dealercs.domain.model.facts.RebateAdjustment;
import com.dealercs.domain.model.facts.TrainingScore;
import com.dealercs.domain.model.identity.UserAccount;
import com.dealercs.domain.model.imports.Codes;
import com.dealercs.domain.model.imports.DataImport;
import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.network.Region;
import com.dealercs.domain.model.scheme.SchemeText;
import com.dealercs.infrastructure.imports.Rejection;
import com.dealercs.schema.MigratedSchema;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every length check of what the portal, the API and the imports write agrees with the column it
 * fills, the columns' lengths read from the schema the migrations build (issue 12: a check wider
 * than its column let the database refuse a whole import as "unexpected"). A column narrowed or a
 * check widened later fails here.
 */
class ColumnLimitsTest {

    /** A check's limit and the column it guards. */
    record Limit(String check, int value, String column) {
        @Override
        public String toString() {
            return check + " → " + column;
        }
    }

    static Stream<Limit> limits() {
        return Stream.of(
                // imports and the entries that read as import rows (dealer edit, fact entries)
                new Limit("Codes.DEALER_CODE_MAX", Codes.DEALER_CODE_MAX, "dealer.dealer_code"),
                new Limit("Codes.NAME_MAX", Codes.NAME_MAX, "dealer.name"),
                new Limit("Codes.PLACE_MAX (region)", Codes.PLACE_MAX, "region.name"),
                new Limit("Codes.PLACE_MAX (province)", Codes.PLACE_MAX, "dealer.province"),
                new Limit("Codes.PLACE_MAX (city)", Codes.PLACE_MAX, "dealer.city"),
                new Limit("Codes.PLACE_MAX (scorecard region)", Codes.PLACE_MAX, "scorecard.region"),
                new Limit("Codes.SCHEME_CODE_MAX (checkpoint)", Codes.SCHEME_CODE_MAX, "checkpoint.checkpoint_code"),
                new Limit("Codes.SCHEME_CODE_MAX (factor)", Codes.SCHEME_CODE_MAX, "scoring_factor.factor_code"),
                new Limit("Codes.SCHEME_CODE_MAX (checklist item)", Codes.SCHEME_CODE_MAX, "checklist_item.item_code"),
                new Limit("Codes.SCHEME_CODE_MAX (J.D. Power factor)", Codes.SCHEME_CODE_MAX, "jdp_factor_score.factor_code"),
                new Limit("Codes.PERSON_MAX (inspector)", Codes.PERSON_MAX, "inspection.inspector"),
                new Limit("Codes.PERSON_MAX (trainer)", Codes.PERSON_MAX, "training_score.trainer"),
                new Limit("Codes.RESPONSE_ID_MAX", Codes.RESPONSE_ID_MAX, "csc_response.response_id"),
                new Limit("Codes.COMMENT_MAX", Codes.COMMENT_MAX, "checkpoint_result.comment"),
                new Limit("Codes.REASON_MAX", Codes.REASON_MAX, "rebate_adjustment.reason"),
                // the entities' own guards
                new Limit("Dealer.MAX_NAME", Dealer.MAX_NAME, "dealer.name"),
                new Limit("Dealer.MAX_PLACE (province)", Dealer.MAX_PLACE, "dealer.province"),
                new Limit("Dealer.MAX_PLACE (city)", Dealer.MAX_PLACE, "dealer.city"),
                new Limit("Region.MAX_NAME", Region.MAX_NAME, "region.name"),
                new Limit("Inspection.MAX_PERSON (inspector)", Inspection.MAX_PERSON, "inspection.inspector"),
                new Limit("Inspection.MAX_PERSON (author)", Inspection.MAX_PERSON, "inspection.author"),
                new Limit("Inspection.MAX_PERSON (saved by)", Inspection.MAX_PERSON, "inspection.saved_by"),
                new Limit("Inspection.MAX_PERSON (approver)", Inspection.MAX_PERSON, "inspection.approved_by"),
                new Limit("Inspection.MAX_PERSON (photo uploader)", Inspection.MAX_PERSON, "checkpoint_photo.uploaded_by"),
                new Limit("Inspection.MAX_REASON (return)", Inspection.MAX_REASON, "inspection.return_reason"),
                new Limit("Inspection.MAX_REASON (reopening)", Inspection.MAX_REASON, "inspection.reopen_reason"),
                new Limit("CheckpointResult.MAX_COMMENT", CheckpointResult.MAX_COMMENT, "checkpoint_result.comment"),
                new Limit("RebateAdjustment.MAX_REASON", RebateAdjustment.MAX_REASON, "rebate_adjustment.reason"),
                new Limit("RebateAdjustment.MAX_PERSON", RebateAdjustment.MAX_PERSON, "rebate_adjustment.created_by"),
                new Limit("TrainingScore.MAX_TRAINER", TrainingScore.MAX_TRAINER, "training_score.trainer"),
                new Limit("CscResponse.MAX_RESPONSE_ID", CscResponse.MAX_RESPONSE_ID, "csc_response.response_id"),
                new Limit("SchemeText.MAX_NAME (checkpoint zh)", SchemeText.MAX_NAME, "checkpoint.name_zh"),
                new Limit("SchemeText.MAX_NAME (checkpoint en)", SchemeText.MAX_NAME, "checkpoint.name_en"),
                new Limit("SchemeText.MAX_NAME (factor zh)", SchemeText.MAX_NAME, "scoring_factor.name_zh"),
                new Limit("SchemeText.MAX_NAME (factor en)", SchemeText.MAX_NAME, "scoring_factor.name_en"),
                new Limit("SchemeText.MAX_NAME (checklist item zh)", SchemeText.MAX_NAME, "checklist_item.name_zh"),
                new Limit("SchemeText.MAX_NAME (checklist item en)", SchemeText.MAX_NAME, "checklist_item.name_en"),
                new Limit("DataImport.MAX_FILE_NAME", DataImport.MAX_FILE_NAME, "data_import.file_name"),
                new Limit("DataImport.MAX_FAILURE_ARGS", DataImport.MAX_FAILURE_ARGS, "data_import.failure_args"),
                new Limit("Rejection.MAX_ARGUMENTS", Rejection.MAX_ARGUMENTS, "import_rejection.message_args"),
                // what the portal and the API write: inspections entered, reasons, the audit trail
                new Limit("InspectionService.MAX_INSPECTOR", InspectionService.MAX_INSPECTOR, "inspection.inspector"),
                new Limit("InspectionService.MAX_COMMENT", InspectionService.MAX_COMMENT, "checkpoint_result.comment"),
                new Limit("InspectionService.MAX_REASON (return)", InspectionService.MAX_REASON, "inspection.return_reason"),
                new Limit("InspectionService.MAX_REASON (reopening)", InspectionService.MAX_REASON, "inspection.reopen_reason"),
                new Limit("EntryRows.MAX_REASON (adjustment)", EntryRows.MAX_REASON, "rebate_adjustment.reason"),
                new Limit("YearLifecycle.MAX_REASON (audit)", YearLifecycle.MAX_REASON, "audit_entry.reason"),
                new Limit("AuditEntry.MAX_TEXT (reason)", AuditEntry.MAX_TEXT, "audit_entry.reason"),
                new Limit("AuditEntry.MAX_TEXT (before)", AuditEntry.MAX_TEXT, "audit_entry.before_value"),
                new Limit("AuditEntry.MAX_TEXT (after)", AuditEntry.MAX_TEXT, "audit_entry.after_value"),
                new Limit("AuditEntry.MAX_ADDRESS", AuditEntry.MAX_ADDRESS, "audit_entry.address"),
                new Limit("CallerAddress.MAX_LENGTH", CallerAddress.MAX_LENGTH, "audit_entry.address"));
    }

    @ParameterizedTest
    @MethodSource("limits")
    void aCheckIsAsWideAsItsColumn(Limit limit) {
        assertEquals(MigratedSchema.length(limit.column()), limit.value(), limit + ": the check and the column differ");
    }

    @Test
    void theReasonsOfEntriesAndDealerChangesFitTheAuditTrailWithRoomToSpare() {
        // an entered fact's or a dealer change's reason lands in audit_entry.reason with words around it
        assertTrue(EntryRows.MAX_REASON < MigratedSchema.length("audit_entry.reason"));
    }

    @Test
    void usernamesAndDealerCodesOfAccountsFitTheirColumns() {
        int username = MigratedSchema.length("app_user.username");
        assertTrue(UserAccount.USERNAME.matcher("a".repeat(username)).matches(), "a username as long as its column");
        assertFalse(UserAccount.USERNAME.matcher("a".repeat(username + 1)).matches(), "one character more");
        int dealerCode = MigratedSchema.length("app_user.dealer_code");
        assertTrue(UserAccount.DEALER_CODE.matcher("D".repeat(dealerCode)).matches());
        assertFalse(UserAccount.DEALER_CODE.matcher("D".repeat(dealerCode + 1)).matches());
        assertTrue(Codes.DEALER_CODE.matcher("D".repeat(Codes.DEALER_CODE_MAX)).matches());
        assertFalse(Codes.DEALER_CODE.matcher("D".repeat(Codes.DEALER_CODE_MAX + 1)).matches());
        assertTrue(Dealer.CODE.matcher("D".repeat(MigratedSchema.length("dealer.dealer_code"))).matches());
        assertFalse(Dealer.CODE.matcher("D".repeat(MigratedSchema.length("dealer.dealer_code") + 1)).matches());
        assertTrue(Codes.SCHEME_CODE.matcher("C".repeat(Codes.SCHEME_CODE_MAX)).matches());
        assertFalse(Codes.SCHEME_CODE.matcher("C".repeat(Codes.SCHEME_CODE_MAX + 1)).matches());
    }
}
