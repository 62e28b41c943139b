package com.dealercs.domain.scoring;

import java.math.BigDecimal;

/** One row of the payout table: a total of at least {@code threshold} pays {@code ratio} of the base. */
public record PayoutTier(BigDecimal threshold, BigDecimal ratio) {

    public PayoutTier {
        Decimals.requireInRange(threshold, BigDecimal.ZERO, BigDecimal.valueOf(100), "a payout tier's threshold");
        Decimals.requireInRange(ratio, BigDecimal.ZERO, BigDecimal.ONE, "a payout tier's ratio");
    }

    public static PayoutTier of(String threshold, String ratio) {
        return new PayoutTier(new BigDecimal(threshold), new BigDecimal(ratio));
    }
}
