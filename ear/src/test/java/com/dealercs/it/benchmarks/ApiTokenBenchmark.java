package com.dealercs.it.benchmarks;

import static com.dealercs.it.benchmarks.Timings.everyoneAtOnce;
import static com.dealercs.it.benchmarks.Timings.p50p95;
import static com.dealercs.it.benchmarks.Timings.percentile;
import static com.dealercs.it.benchmarks.Timings.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Scorecards;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark ({@code ./mvnw verify -Pbenchmark}). 50 API clients at once, each a
 * dealer user with an API token of its own, read their own scorecard
 * ({@code GET /api/v1/years/{y}/scorecards/{code}}) round after round; in the same run, with the
 * same concurrency, the portal's stylesheet (a static file) from the same server. Prints p50 and
 * p95 of each and the ratio of the p95s. Goal: at most 5×. Then a few rounds of the same with HTTP
 * Basic credentials (a PBKDF2 verification each), for comparison. Every answer is checked to be
 * that dealer's own scorecard, so an error cannot pass for a fast answer.
 */
class ApiTokenBenchmark extends DeployedApplication {

    private static final int CLIENTS = 50;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 30; // 1,500 requests of each
    private static final int BASIC_ROUNDS = 5; // Basic is slow: enough for its p95
    private static final Pattern STYLESHEET =
            Pattern.compile("href=\"(/jakarta\\.faces\\.resource/css/portal\\.css[^\"]*)\"");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private record Client(String code, String authorization) {
    }

    @Test
    void fiftyTokenClientsReadTheirScorecardsAgainstAStaticFile() throws Exception {
        int year = TestYears.fresh();
        GeneratedYear.create(year);
        Scorecards.calculate(year);
        Scorecards.approveAndPublish(year);

        String expiry = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        List<Client> tokens = new ArrayList<>();
        List<Client> basics = new ArrayList<>();
        for (int i = 1; i <= CLIENTS; i++) {
            String code = String.format("C%04d", i * (GeneratedYear.DEALERS / CLIENTS));
            Api.Account account = Api.createAccount("DEALER", code);
            Api.Reply created = Api.postJson("/api/v1/tokens", account.username(), account.password(),
                    Map.of("name", "benchmark", "expiresOn", expiry));
            assertEquals(201, created.status(), created.body());
            tokens.add(new Client(code, "Bearer " + created.json().get("token").asText()));
            basics.add(new Client(code, "Basic " + Base64.getEncoder().encodeToString(
                    (account.username() + ":" + account.password()).getBytes(StandardCharsets.UTF_8))));
        }
        Function<Client, String> scorecard = client -> "/api/v1/years/" + year + "/scorecards/" + client.code();
        Matcher stylesheet = STYLESHEET.matcher(get("/login.xhtml", null).body());
        assertTrue(stylesheet.find(), "the login page links the portal's stylesheet");
        String css = stylesheet.group(1).replace("&amp;", "&");

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Timings.Rounds<List<Double>> withTokens;
        Timings.Rounds<List<Double>> withBasic;
        long started = System.nanoTime();
        try {
            // the API and the static file in turn (which goes first alternating), so both meet
            // the same load of the machine
            withTokens = Timings.inTurn(WARM_UP_ROUNDS, ROUNDS,
                    () -> everyoneAtOnce(clients, tokens, client -> get(scorecard.apply(client), client.authorization()),
                            ApiTokenBenchmark::assertOwnScorecard),
                    () -> everyoneAtOnce(clients, tokens, client -> get(css, client.authorization()),
                            ApiTokenBenchmark::assertStylesheet));
            withBasic = Timings.inTurn(1, BASIC_ROUNDS,
                    () -> everyoneAtOnce(clients, basics, client -> get(scorecard.apply(client), client.authorization()),
                            ApiTokenBenchmark::assertOwnScorecard),
                    () -> everyoneAtOnce(clients, basics, client -> get(css, client.authorization()),
                            ApiTokenBenchmark::assertStylesheet));
        } finally {
            clients.shutdownNow();
        }
        double tokenSeconds = (System.nanoTime() - started) / 1e9;

        double[] apiTimes = sorted(withTokens.product());
        double[] cssTimes = sorted(withTokens.baseline());
        double[] basicTimes = sorted(withBasic.product());
        double[] basicCssTimes = sorted(withBasic.baseline());
        double ratio = percentile(apiTimes, 95) / percentile(cssTimes, 95);
        double[] thirds = Timings.p95RatiosOfThirds(withTokens);
        double basicRatio = percentile(basicTimes, 95) / percentile(basicCssTimes, 95);
        System.out.printf("%n=== API token benchmark on %s: %d API clients at once, each a dealer with its own token, "
                + "%d rounds after %d of warm-up, API and stylesheet in alternating order (%d rated dealers in the "
                + "year; %.0f s in all) ===%n", Timings.database(), CLIENTS, ROUNDS, WARM_UP_ROUNDS,
                GeneratedYear.DEALERS, tokenSeconds);
        System.out.printf("%-40s %s%n", "scorecard, Bearer token", p50p95(apiTimes));
        System.out.printf("%-40s %s%n", "portal.css (static)", p50p95(cssTimes));
        System.out.printf("%-40s %6.1f×   (each third of the rounds: %.1f×, %.1f×, %.1f×; median %.1f×)%n",
                "ratio of the p95s", ratio, thirds[0], thirds[1], thirds[2], Timings.median(thirds));
        System.out.printf("%-40s (goal ≤ 5×, all rounds: %s)%n", "", Timings.goal(ratio <= 5));
        System.out.printf("--- for comparison, the same clients with HTTP Basic, %d rounds ---%n", BASIC_ROUNDS);
        System.out.printf("%-40s %s%n", "scorecard, Basic", p50p95(basicTimes));
        System.out.printf("%-40s %s%n", "portal.css (static)", p50p95(basicCssTimes));
        System.out.printf("%-40s %6.1f×%n", "ratio of the p95s", basicRatio);
        System.out.printf("%-40s %6.1f / s (token)   %6.1f / s (Basic)%n", "scorecards answered",
                apiTimes.length / sum(apiTimes) * CLIENTS, basicTimes.length / sum(basicTimes) * CLIENTS);
    }

    /** The static file is public: it goes without credentials, as a browser fetches it. */
    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DeployedApplication.baseUrl() + path))
                .timeout(Duration.ofSeconds(120)).GET();
        if (authorization != null && path.startsWith("/api/")) {
            request.header("Authorization", authorization).header("Accept", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertOwnScorecard(Client client, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), client.code() + ": " + response.body());
        JsonNode card = Scorecards.parse(response.body());
        assertEquals(client.code(), card.get("dealerCode").asText(), response.uri().toString());
    }

    private static void assertStylesheet(Client client, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.uri().toString());
        assertTrue(response.body().contains(".portal-topbar"), "the portal's stylesheet");
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }
}
