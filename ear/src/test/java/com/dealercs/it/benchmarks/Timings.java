package com.dealercs.it.benchmarks;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How the benchmarks time what they compare: wall-clock seconds of one action, the median of runs. */
final class Timings {

    private Timings() {
    }

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    /** The seconds one run of the action took. */
    static double time(Action action) throws Exception {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** The median of an odd number of runs (the upper middle of an even number). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The runs' seconds as printed: "1.23, 1.19, 1.31". */
    static String seconds(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format("%.2f", v)).collect(Collectors.joining(", "));
    }
}
