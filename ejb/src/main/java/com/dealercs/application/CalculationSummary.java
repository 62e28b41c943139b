package com.dealercs.application;

import java.time.Instant;
import java.util.List;

/**
 * What a calculation run did: the year, the run, when and by whom, whether it is a draft, how
 * many ACTIVE dealers got a total and which did not (not enough data: HQ may settle them).
 */
public record CalculationSummary(int year, long runId, Instant runAt, String runBy, boolean draft, int dealers,
                                 int rated, int notRated, List<String> notRatedDealers) {

    public CalculationSummary {
        notRatedDealers = List.copyOf(notRatedDealers);
    }
}
