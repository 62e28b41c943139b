package com.dealercs.it.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * How the benchmarks time what they compare, one way for all: the product and its baseline in
 * rounds, warmed up first, the order of the two alternating from round to round (so neither
 * always meets the other's leftovers: a fuller cache, a collection, a busier disk), and the
 * median of the measured rounds; "goal met: yes/no" printed the same way everywhere.
 */
final class Timings {

    /** Measured rounds of every benchmark that compares two things: the median of three. */
    static final int ROUNDS = 3;

    private Timings() {
    }

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    /** One round's measurement of one side (seconds, or the seconds of many requests). */
    @FunctionalInterface
    interface Measured<T> {
        T run() throws Exception;
    }

    /** What each side measured in the rounds after the warm-up, round by round. */
    record Rounds<T>(List<T> product, List<T> baseline) {
    }

    /**
     * {@code warmUps + rounds} rounds of both sides; in even rounds the product goes first, in
     * odd ones the baseline. The warm-up rounds (class loading, JIT, the database's caches) are
     * not kept.
     */
    static <T> Rounds<T> inTurn(int warmUps, int rounds, Measured<T> product, Measured<T> baseline) throws Exception {
        List<T> products = new ArrayList<>();
        List<T> baselines = new ArrayList<>();
        for (int round = 0; round < warmUps + rounds; round++) {
            T ofProduct;
            T ofBaseline;
            if (round % 2 == 0) {
                ofProduct = product.run();
                ofBaseline = baseline.run();
            } else {
                ofBaseline = baseline.run();
                ofProduct = product.run();
            }
            if (round >= warmUps) {
                products.add(ofProduct);
                baselines.add(ofBaseline);
            }
        }
        return new Rounds<>(products, baselines);
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

    static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The runs' seconds as printed: "1.23, 1.19, 1.31". */
    static String seconds(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format("%.2f", v)).collect(Collectors.joining(", "));
    }

    static String seconds(List<Double> values) {
        return seconds(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The line every benchmark ends a goal with. */
    static String goal(boolean met) {
        return "goal met: " + (met ? "yes" : "no");
    }

    /** "H2" or "MySQL/MariaDB": the database the server under test runs on. */
    static String database() {
        return System.getProperty("cs.db.url").startsWith("jdbc:h2:") ? "H2" : "MySQL/MariaDB";
    }

    // --- many clients at once (the dealers' page, the API with tokens) ---

    /** One client's request; answers the response, which is checked after its time is taken. */
    @FunctionalInterface
    interface Request<C, R> {
        R send(C client) throws Exception;
    }

    @FunctionalInterface
    interface Check<C, R> {
        void check(C client, R response);
    }

    /**
     * Each client's request at once (one pool thread each); answers the seconds each took until
     * its whole response was read. Each response is checked after its time is taken.
     */
    static <C, R> List<Double> everyoneAtOnce(ExecutorService pool, List<C> clients, Request<C, R> request,
            Check<C, R> check) throws Exception {
        List<Future<Double>> replies = new ArrayList<>();
        for (C client : clients) {
            Callable<Double> timed = () -> {
                long start = System.nanoTime();
                R response = request.send(client);
                double seconds = (System.nanoTime() - start) / 1e9;
                check.check(client, response);
                return seconds;
            };
            replies.add(pool.submit(timed));
        }
        List<Double> seconds = new ArrayList<>();
        for (Future<Double> reply : replies) {
            seconds.add(reply.get());
        }
        return seconds;
    }

    /** Every request's seconds of the given rounds, sorted. */
    static double[] sorted(List<List<Double>> rounds) {
        return rounds.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /**
     * The ratio of the product's p95 to the baseline's in each third of the measured rounds (each
     * third a run of its own), so that a concurrent benchmark has its median of three too.
     */
    static double[] p95RatiosOfThirds(Rounds<List<Double>> rounds) {
        int size = rounds.product().size();
        double[] ratios = new double[ROUNDS];
        for (int third = 0; third < ROUNDS; third++) {
            int from = third * size / ROUNDS;
            int to = (third + 1) * size / ROUNDS;
            ratios[third] = percentile(sorted(rounds.product().subList(from, to)), 95)
                    / percentile(sorted(rounds.baseline().subList(from, to)), 95);
        }
        return ratios;
    }

    /** "p50 0.123 s   p95 0.456 s   (1500 requests)". */
    static String p50p95(double[] sorted) {
        return String.format("p50 %6.3f s   p95 %6.3f s   (%d requests)", percentile(sorted, 50), percentile(sorted, 95),
                sorted.length);
    }
}
