package com.dealercs.domain.scoring;

import java.math.BigDecimal;

/** A manual change of a dealer's rebate by HQ: signed yuan, always with a reason. */
public record Adjustment(BigDecimal amount, String reason) {

    public Adjustment {
        Decimals.requireAtMostTwoDecimals(amount, "an adjustment");
        Decimals.requireText(reason, "an adjustment's reason");
    }
}
