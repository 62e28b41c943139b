package com.dealercs.it.benchmarks;

import com.dealercs.it.support.DeployedApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as every integration test deploys it, and beside it, for the benchmarks that
 * compare it with plain JDBC, {@link JdbcBaselineServlet} in a WAR of its own (test code, in the
 * test domain only), so the baseline runs in the server's JVM on the server's pool: the same
 * path as the product's reads and writes, on H2 (in-process) as on MySQL/MariaDB.
 */
abstract class BaselineDeployment extends DeployedApplication {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(name = "jdbc-baseline", order = 2, testable = false)
    public static WebArchive baseline() {
        return ShrinkWrap.create(WebArchive.class, "cs-benchmark-baseline.war").addClass(JdbcBaselineServlet.class);
    }

    /** POSTs to the baseline servlet; answers the rows it inserted or read. */
    static long baseline(String what, int year, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/cs-benchmark-baseline/" + what
                + "?year=" + year)).timeout(Duration.ofMinutes(5))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new AssertionError("JDBC baseline " + what + " failed: " + response.statusCode() + " "
                    + response.body());
        }
        return Long.parseLong(response.body().trim());
    }
}
