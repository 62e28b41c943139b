package com.dealercs.it.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.PortalSession;
import com.dealercs.it.support.Scorecards;
import com.dealercs.it.support.TestYears;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark ({@code ./mvnw verify -Pbenchmark}). 50 dealer users of a published
 * generated year (2,000 rated dealers), each signed in through the login form with a session of
 * its own, read their own "我的评分卡" page at once, round after round; in the same run, with the
 * same sessions and the same concurrency, the portal's stylesheet from the same server. Prints
 * p50 and p95 of each and the ratio of the p95s. Goal: the page's p95 at most 5× the static file's.
 * Every page read is checked to be that dealer's own scorecard (its code, no other dealer's), so
 * an error page cannot pass for a fast one.
 */
class DealerScorecardBenchmark extends DeployedApplication {

    private static final int DEALERS = 50;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 30; // 1,500 reads of each: a p95 that varies less from run to run
    /** The generated year's dealer codes, C0001…C2000: any of them on a page names a dealer. */
    private static final Pattern DEALER_CODE = Pattern.compile("\\bC\\d{4}\\b");
    private static final Pattern STYLESHEET =
            Pattern.compile("href=\"(/jakarta\\.faces\\.resource/css/portal\\.css[^\"]*)\"");

    private record Dealer(String code, PortalSession session) {
    }

    @Test
    void fiftyDealersReadTheirScorecardsAgainstAStaticFile() throws Exception {
        int year = TestYears.fresh();
        GeneratedYear.create(year);
        Scorecards.calculate(year);
        Scorecards.approveAndPublish(year);

        List<Dealer> dealers = new ArrayList<>();
        for (int i = 1; i <= DEALERS; i++) {
            String code = String.format("C%04d", i * (GeneratedYear.DEALERS / DEALERS));
            Api.Account account = Api.createAccount("DEALER", code);
            PortalSession session = new PortalSession();
            HttpResponse<String> login = session.login(account.username(), account.password());
            assertEquals(302, login.statusCode(), code + " signs in: " + login.body());
            dealers.add(new Dealer(code, session));
        }
        String page = "/dealer/scorecard.xhtml?year=" + year;
        Matcher stylesheet = STYLESHEET.matcher(dealers.get(0).session().get(page).body());
        assertTrue(stylesheet.find(), "the page links the portal's stylesheet");
        String css = stylesheet.group(1).replace("&amp;", "&");

        ExecutorService clients = Executors.newFixedThreadPool(DEALERS);
        List<Double> pageSeconds = new ArrayList<>();
        List<Double> cssSeconds = new ArrayList<>();
        try {
            for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
                // the page and the static file in turn, so both meet the same load of the machine
                List<Double> pages = everyoneAtOnce(clients, dealers, page, DealerScorecardBenchmark::assertOwnScorecard);
                List<Double> files = everyoneAtOnce(clients, dealers, css, DealerScorecardBenchmark::assertStylesheet);
                if (round >= WARM_UP_ROUNDS) {
                    pageSeconds.addAll(pages);
                    cssSeconds.addAll(files);
                }
            }
        } finally {
            clients.shutdownNow();
        }

        double[] pageTimes = sorted(pageSeconds);
        double[] cssTimes = sorted(cssSeconds);
        double ratio = percentile(pageTimes, 95) / percentile(cssTimes, 95);
        String database = System.getProperty("cs.db.url").startsWith("jdbc:h2:") ? "H2" : "MySQL/MariaDB";
        System.out.printf("%n=== Dealer scorecard benchmark on %s: %d signed-in dealers at once, %d rounds "
                + "after %d of warm-up (%d rated dealers in the year) ===%n", database, DEALERS, ROUNDS, WARM_UP_ROUNDS,
                GeneratedYear.DEALERS);
        System.out.printf("%-40s p50 %6.3f s   p95 %6.3f s   (%d requests)%n", "/dealer/scorecard.xhtml",
                percentile(pageTimes, 50), percentile(pageTimes, 95), pageTimes.length);
        System.out.printf("%-40s p50 %6.3f s   p95 %6.3f s   (%d requests)%n", "portal.css (static)",
                percentile(cssTimes, 50), percentile(cssTimes, 95), cssTimes.length);
        System.out.printf("%-40s %6.1f×   (goal ≤ 5×: %s)%n", "ratio of the p95s", ratio, ratio <= 5 ? "met" : "NOT MET");
    }

    /**
     * Each dealer's GET of the path at once (one client thread each); answers the seconds each
     * took until its whole response was read. Each response is checked after its time is taken.
     */
    private static List<Double> everyoneAtOnce(ExecutorService clients, List<Dealer> dealers, String path,
            Check check) throws Exception {
        List<Future<Double>> replies = new ArrayList<>();
        for (Dealer dealer : dealers) {
            Callable<Double> timed = () -> {
                long start = System.nanoTime();
                HttpResponse<String> response = dealer.session().get(path);
                double seconds = (System.nanoTime() - start) / 1e9;
                check.check(dealer, path, response);
                return seconds;
            };
            replies.add(clients.submit(timed));
        }
        List<Double> seconds = new ArrayList<>();
        for (Future<Double> reply : replies) {
            seconds.add(reply.get());
        }
        return seconds;
    }

    @FunctionalInterface
    private interface Check {
        void check(Dealer dealer, String path, HttpResponse<String> response);
    }

    /** The dealer's own scorecard page, and nothing of another dealer on it. */
    private static void assertOwnScorecard(Dealer dealer, String page, HttpResponse<String> response) {
        String body = response.body();
        assertEquals(200, response.statusCode(), dealer.code() + ": " + body);
        assertTrue(body.contains("id=\"myCard\""), dealer.code() + " sees its scorecard: " + body);
        Set<String> codes = new TreeSet<>();
        Matcher code = DEALER_CODE.matcher(body);
        while (code.find()) {
            codes.add(code.group());
        }
        assertEquals(Set.of(dealer.code()), codes, "the dealer codes on " + dealer.code() + "'s page");
    }

    private static void assertStylesheet(Dealer dealer, String path, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.body().contains(".portal-topbar"), "the portal's stylesheet");
    }

    private static double[] sorted(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
