package com.dealercs.application;

import java.time.Instant;

/**
 * An evaluation year as the scorecard pages list it: its state in the life cycle and its latest
 * calculation run (when, by whom, whether a draft, how many dealers rated), or no run yet
 * ({@code runAt} {@code null}). Dealer users are not told who ran it ({@code runBy} {@code null}).
 */
public record YearOverview(int year, String state, Instant runAt, String runBy, boolean draft, int rated,
                           int notRated) {

    public boolean calculated() {
        return runAt != null;
    }
}
