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
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark ({@code ./mvnw verify -Pbenchmark}). The ranking and rebates PDFs of a
 * generated year of 2,000 rated dealers through the API, against fetching the same scorecards as
 * JSON from the API in the same run (the median of three each), and the server's peak heap while
 * it renders, sampled from outside with {@code jstat -gc} every 100 ms (used = survivors + eden +
 * old generation, garbage included). Goal: the ranking PDF in under 10 s.
 */
class ReportBenchmark extends DeployedApplication {

    private static final int RUNS = 3;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static int year;

    @Test
    void pdfsAgainstTheSameScorecardsAsJson() throws Exception {
        year = TestYears.fresh();
        GeneratedYear.create(year);
        Api.Reply calculation = Api.postJson("/api/v1/years/" + year + "/calculation", "admin", adminPassword(), "{}");
        assertEquals(200, calculation.status(), calculation.body());
        assertTrue(calculation.json().get("rated").asInt() >= GeneratedYear.DEALERS, calculation.body());
        String base = "/api/v1/years/" + year;

        // warm-up (class loading, JIT, the compiled designs, the font), then measured runs in turn
        long jsonBytes = fetch(base + "/scorecards", "application/json");
        fetch(base + "/reports/ranking.pdf", "application/pdf");
        fetch(base + "/reports/rebates.pdf", "application/pdf");
        double[] json = new double[RUNS];
        double[] ranking = new double[RUNS];
        double[] rebates = new double[RUNS];
        long rankingBytes = 0;
        long rebatesBytes = 0;
        long idleHeap;
        long peakHeap;
        try (HeapSampler heap = HeapSampler.ofServer()) {
            idleHeap = heap.current();
            for (int run = 0; run < RUNS; run++) {
                json[run] = time(() -> fetch(base + "/scorecards", "application/json"));
                long[] size = new long[1];
                ranking[run] = time(() -> size[0] = fetch(base + "/reports/ranking.pdf", "application/pdf"));
                rankingBytes = size[0];
                rebates[run] = time(() -> size[0] = fetch(base + "/reports/rebates.pdf", "application/pdf"));
                rebatesBytes = size[0];
            }
            peakHeap = heap.peak();
        }
        double jsonMedian = median(json);
        double rankingMedian = median(ranking);
        double rebatesMedian = median(rebates);

        String database = System.getProperty("cs.db.url").startsWith("jdbc:h2:") ? "H2" : "MySQL/MariaDB";
        System.out.printf("%n=== Report benchmark on %s: %d rated dealers ===%n", database, GeneratedYear.DEALERS);
        System.out.printf("%-36s %7.2f s   (median of %d: %s; %,d bytes)%n", "scorecards as JSON (API)", jsonMedian,
                RUNS, seconds(json), jsonBytes);
        System.out.printf("%-36s %7.2f s   (median of %d: %s; %,d bytes)   ratio to JSON %5.1f   (goal < 10 s: %s)%n",
                "ranking.pdf (API)", rankingMedian, RUNS, seconds(ranking), rankingBytes, rankingMedian / jsonMedian,
                rankingMedian < 10 ? "met" : "NOT MET");
        System.out.printf("%-36s %7.2f s   (median of %d: %s; %,d bytes)   ratio to JSON %5.1f%n", "rebates.pdf (API)",
                rebatesMedian, RUNS, seconds(rebates), rebatesBytes, rebatesMedian / jsonMedian);
        System.out.printf("%-36s %7d MB before, peak %d MB while the PDFs and JSON were served (jstat -gc, 100 ms)%n",
                "server heap used", idleHeap / 1024, peakHeap / 1024);
    }

    private static long fetch(String path, String type) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(300))
                .header("Accept-Language", "zh-CN").header("Accept", type)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + adminPassword()).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type));
        return response.body().length;
    }
}
