package com.dealercs.domain.model.imports;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A row of the adjustments import: a signed amount in yuan (up to two decimals, scale 2) added to a
 * dealer's rebate, with its reason. No key: every row adds one adjustment.
 */
public record AdjustmentRow(int year, String dealerCode, BigDecimal amount, String reason) implements ImportRow {

    /** The largest amount either way: fits a DECIMAL(12,2). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    @Override
    public ImportKind importKind() {
        return ImportKind.ADJUSTMENTS;
    }

    @Override
    public Optional<RowKey> key() {
        return Optional.empty();
    }

    @Override
    public OptionalInt evaluationYear() {
        return OptionalInt.of(year);
    }

    public static RowResult<AdjustmentRow> parse(SourceRow source) {
        Fields f = new Fields(source);
        Integer year = f.year();
        String dealerCode = f.code("dealer_code", Codes.DEALER_CODE, Codes.DEALER_CODE_MAX);
        BigDecimal amount = f.decimal("amount", MAX_AMOUNT.negate(), MAX_AMOUNT, 2);
        String reason = f.text("reason", Codes.REASON_MAX);
        return f.ok()
                ? RowResult.valid(source.line(), new AdjustmentRow(year, dealerCode, amount, reason))
                : RowResult.rejected(source.line(), f.problems());
    }
}
