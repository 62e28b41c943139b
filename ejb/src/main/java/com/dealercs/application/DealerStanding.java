package com.dealercs.application;

import java.io.Serializable;

/**
 * A dealer's scorecard with what its ranks are out of: the dealers the run rated nationally and in
 * the scorecard's region ("rank 17 of 60").
 */
public record DealerStanding(ScorecardView scorecard, long ratedNationally, long ratedInRegion)
        implements Serializable {
}
