package com.dealercs.it.benchmarks;

import static com.dealercs.it.benchmarks.Timings.median;
import static com.dealercs.it.benchmarks.Timings.seconds;
import static com.dealercs.it.benchmarks.Timings.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.TestYears;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark ({@code ./mvnw verify -Pbenchmark}). The ranking and rebates PDFs of a
 * generated year of 2,000 rated dealers through the API, against fetching the same scorecards as
 * JSON from the API in the same run (the median of three each), and the server's peak heap while
 * it renders, sampled from outside with {@code jstat -gc} every 100 ms (used = survivors + eden +
 * old generation, garbage included). Goal: the ranking PDF in under 10 s.
 */
class ReportBenchmark extends DeployedApplication {

    private static final int RUNS = Timings.ROUNDS;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static int year;
    private static AdminToken admin;

    @Test
    void pdfsAgainstTheSameScorecardsAsJson() throws Exception {
        year = TestYears.fresh();
        GeneratedYear.create(year);
        Api.Reply calculation = Api.postJson("/api/v1/years/" + year + "/calculation", "admin", adminPassword(), "{}");
        assertEquals(200, calculation.status(), calculation.body());
        assertTrue(calculation.json().get("rated").asInt() >= GeneratedYear.DEALERS, calculation.body());
        String base = "/api/v1/years/" + year;

        admin = AdminToken.create();

        // one warm-up round (class loading, JIT, the compiled designs, the font), then three
        // measured ones, the PDFs and the JSON in alternating order
        long jsonBytes = fetch(base + "/scorecards", "application/json");
        long[] pdfBytes = new long[2];
        long idleHeap;
        long peakHeap;
        Timings.Rounds<double[]> rounds;
        try (HeapSampler heap = HeapSampler.ofServer()) {
            idleHeap = heap.current();
            rounds = Timings.inTurn(1, RUNS, () -> new double[] {
                time(() -> pdfBytes[0] = fetch(base + "/reports/ranking.pdf", "application/pdf")),
                time(() -> pdfBytes[1] = fetch(base + "/reports/rebates.pdf", "application/pdf"))},
                    () -> new double[] {time(() -> fetch(base + "/scorecards", "application/json"))});
            peakHeap = heap.peak();
        }
        long rankingBytes = pdfBytes[0];
        long rebatesBytes = pdfBytes[1];
        double[] json = rounds.baseline().stream().mapToDouble(run -> run[0]).toArray();
        double[] ranking = rounds.product().stream().mapToDouble(run -> run[0]).toArray();
        double[] rebates = rounds.product().stream().mapToDouble(run -> run[1]).toArray();
        double jsonMedian = median(json);
        double rankingMedian = median(ranking);
        double rebatesMedian = median(rebates);

        System.out.printf("%n=== Report benchmark on %s: %d rated dealers (median of %d after 1 warm-up round, the PDFs "
                + "and the JSON in alternating order) ===%n", Timings.database(), GeneratedYear.DEALERS, RUNS);
        System.out.printf("%-36s %7.2f s   (median of %d: %s; %,d bytes)%n", "scorecards as JSON (API)", jsonMedian,
                RUNS, seconds(json), jsonBytes);
        System.out.printf("%-36s %7.2f s   (median of %d: %s; %,d bytes)   ratio to JSON %5.1f   (goal < 10 s, %s)%n",
                "ranking.pdf (API)", rankingMedian, RUNS, seconds(ranking), rankingBytes, rankingMedian / jsonMedian,
                Timings.goal(rankingMedian < 10));
        System.out.printf("%-36s %7.2f s   (median of %d: %s; %,d bytes)   ratio to JSON %5.1f%n", "rebates.pdf (API)",
                rebatesMedian, RUNS, seconds(rebates), rebatesBytes, rebatesMedian / jsonMedian);
        System.out.printf("%-36s %7d MB before, peak %d MB while the PDFs and JSON were served (jstat -gc, 100 ms)%n",
                "server heap used", idleHeap / 1024, peakHeap / 1024);
    }

    private static long fetch(String path, String type) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(300))
                .header("Accept-Language", "zh-CN").header("Accept", type)
                .header("Authorization", admin.authorization())
                .GET().build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type));
        return response.body().length;
    }
}
