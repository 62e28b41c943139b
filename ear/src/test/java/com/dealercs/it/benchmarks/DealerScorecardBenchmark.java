package com.dealercs.it.benchmarks;

import static com.dealercs.it.benchmarks.Timings.everyoneAtOnce;
import static com.dealercs.it.benchmarks.Timings.p50p95;
import static com.dealercs.it.benchmarks.Timings.percentile;
import static com.dealercs.it.benchmarks.Timings.sorted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import com.dealercs.it.support.Api;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.PortalSession;
import com.dealercs.it.support.Scorecards;
import com.dealercs.it.support.TestYears;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        Timings.Rounds<List<Double>> rounds;
        try {
            // the page and the static file in turn (which goes first alternating), so both meet
            // the same load of the machine
            rounds = Timings.inTurn(WARM_UP_ROUNDS, ROUNDS,
                    () -> everyoneAtOnce(clients, dealers, dealer -> dealer.session().get(page),
                            DealerScorecardBenchmark::assertOwnScorecard),
                    () -> everyoneAtOnce(clients, dealers, dealer -> dealer.session().get(css),
                            DealerScorecardBenchmark::assertStylesheet));
        } finally {
            clients.shutdownNow();
        }

        double[] pageTimes = sorted(rounds.product());
        double[] cssTimes = sorted(rounds.baseline());
        double ratio = percentile(pageTimes, 95) / percentile(cssTimes, 95);
        double[] thirds = Timings.p95RatiosOfThirds(rounds);
        System.out.printf("%n=== Dealer scorecard benchmark on %s: %d signed-in dealers at once, %d rounds "
                + "after %d of warm-up, page and stylesheet in alternating order (%d rated dealers in the year) ===%n",
                Timings.database(), DEALERS, ROUNDS, WARM_UP_ROUNDS, GeneratedYear.DEALERS);
        System.out.printf("%-40s %s%n", "/dealer/scorecard.xhtml", p50p95(pageTimes));
        System.out.printf("%-40s %s%n", "portal.css (static)", p50p95(cssTimes));
        System.out.printf("%-40s %6.1f×   (each third of the rounds: %.1f×, %.1f×, %.1f×; median %.1f×)%n",
                "ratio of the p95s", ratio, thirds[0], thirds[1], thirds[2], Timings.median(thirds));
        System.out.printf("%-40s (goal ≤ 5×, all rounds: %s)%n", "", Timings.goal(ratio <= 5));
    }

    /** The dealer's own scorecard page, and nothing of another dealer on it. */
    private static void assertOwnScorecard(Dealer dealer, HttpResponse<String> response) {
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

    private static void assertStylesheet(Dealer dealer, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.uri().toString());
        assertTrue(response.body().contains(".portal-topbar"), "the portal's stylesheet");
    }
}
