package com.dealercs.it.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An import cut off by a crash of the server: the test kills the Payara JVM ({@code kill -9})
 * while a large file is staged, starts the domain again and checks that the import was found at
 * the start and marked FAILED as interrupted, that nothing of it landed, and that the same file
 * then imports. While it ran, its {@code read} grew: the progress HQ sees moves.
 *
 * <p>The domain comes back with the application deployed (it is in the domain's configuration),
 * the same database and the same administrator, so the test classes after this one find the
 * server as Arquillian left it (docs/development.md).
 */
class InterruptedImportIT extends DeployedApplication {

    private static final int ROWS = 200_000;
    private static final int DEALERS = 50;
    private static final long SERVER_TIMEOUT_MINUTES = 5;

    @Test
    void anImportCutOffByACrashIsMarkedInterruptedAtTheNextStartAndItsFileImportsAgain() throws Exception {
        StringBuilder dealers = new StringBuilder();
        for (int i = 1; i <= DEALERS; i++) {
            dealers.append(i == 1 ? "" : "\n").append(String.format(
                    "CRASH%03d,断电测试%d号汽车销售服务有限公司,测试区,江苏,南京,2019-01-01,ACTIVE", i, i));
        }
        Imports.dealers(dealers.toString().split("\n"));
        int year = TestYears.fresh();
        byte[] file = csc(year);

        Api.Reply started = Api.postBytes("/api/v1/imports/csc", "admin", adminPassword(), "text/csv", file);
        assertEquals(202, started.status(), started.body());
        long id = started.json().get("id").asLong();

        // the progress moves while the file is staged: read grows above 0 before the import ends
        int read = awaitProgress(id);
        assertTrue(read > 0 && read < ROWS, "read while staging: " + read);
        // a moment more, so the import's own rows are surely on disk (H2 writes its commits a
        // little later), and the progress has moved on again
        Thread.sleep(1500);
        JsonNode later = Api.get("/api/v1/imports/" + id, "admin", adminPassword()).json();
        assertEquals("STARTED", later.get("status").asText(), "ended before the crash: " + later);
        assertTrue(later.get("read").asInt() > read, "read grew: " + read + ", then " + later.get("read"));

        killServer();
        startServer();

        JsonNode english = awaitAnswer(id, "en");
        assertEquals("FAILED", english.get("status").asText(), english.toString());
        assertEquals("Nothing was imported: the server stopped while this file was being imported. Import the file again.",
                english.get("message").asText());
        assertEquals(0, english.get("written").asInt());
        assertNotNull(english.get("finishedAt"), english.toString());
        assertTrue(!english.get("finishedAt").isNull(), english.toString());
        JsonNode chinese = Api.get("/api/v1/imports/" + id, "admin", adminPassword(), "zh-CN").json();
        assertEquals("未导入任何数据：导入该文件期间服务器停止了运行。请重新导入该文件。", chinese.get("message").asText());

        List<Map<String, Object>> row = TestDatabase.rows("select status, failure_key, finished_at from data_import where id = ?", id);
        assertEquals("import.file.interrupted", row.get(0).get("failure_key"));
        assertNotNull(row.get(0).get("finished_at"));
        assertEquals(0, TestDatabase.count("select count(*) from import_chunk where import_id = ?", id), "staged rows dropped");
        assertEquals(0, responsesOf(year), "nothing of the interrupted file landed");

        // the same file, imported again, lands whole
        JsonNode again = Api.importFile("csc", "text/csv", file);
        assertEquals("COMPLETED", again.get("status").asText(), again.toString());
        assertEquals(ROWS, again.get("read").asInt());
        assertEquals(ROWS, again.get("written").asInt());
        assertEquals(ROWS, responsesOf(year));
        // the interrupted import stays as it was marked
        assertEquals("FAILED", Api.get("/api/v1/imports/" + id, "admin", adminPassword()).json().get("status").asText());

        // the year's 200,000 responses are this test's alone: gone, so the tests after it do not
        // carry them (PortalWordsBrowserIT reads every response id as data: 15 minutes with them)
        TestDatabase.update("delete from csc_response where year_id = (select id from evaluation_year where eval_year = ?)",
                year);
        assertEquals(0, responsesOf(year));
    }

    /** The first {@code read} above 0 the API shows while the import is still STARTED. */
    private static int awaitProgress(long id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            JsonNode status = Api.get("/api/v1/imports/" + id, "admin", adminPassword()).json();
            assertEquals("STARTED", status.get("status").asText(), "ended before the crash: " + status);
            if (status.get("read").asInt() > 0) {
                return status.get("read").asInt();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Import " + id + " showed no progress within 2 minutes");
    }

    /** kill -9 of the domain's JVM (its pid file), waiting until it is gone. */
    private static void killServer() throws Exception {
        long pid = Long.parseLong(Files.readString(domainDirectory().resolve("config/pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("No server process " + pid));
        assertTrue(server.destroyForcibly(), "SIGKILL to " + pid);
        server.onExit().get(1, TimeUnit.MINUTES);
    }

    /**
     * Starts the domain again as Arquillian started it: asadmin start-domain, with this JVM's
     * environment (the database's URL and credentials reach the server through it).
     */
    private static void startServer() throws IOException, InterruptedException {
        Path domains = domainDirectory().getParent();
        String name = domainDirectory().getFileName().toString();
        Path log = Path.of(System.getProperty("payara.home")).resolveSibling("interrupted-import-restart.log");
        // output to a file: the server inherits it, and a pipe would stay open as long as the server runs
        Process asadmin = new ProcessBuilder(Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
                "--user", "admin", "--passwordfile", domains.resolve(name).resolve("admin-password").toString(),
                "start-domain", "--domaindir", domains.toString(), name)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(asadmin.waitFor(SERVER_TIMEOUT_MINUTES, TimeUnit.MINUTES), "start-domain did not return; see " + log);
        assertEquals(0, asadmin.exitValue(), "start-domain failed: " + Files.readString(log));
    }

    /** The import as the API shows it, once the restarted server answers. */
    private static JsonNode awaitAnswer(long id, String language) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(SERVER_TIMEOUT_MINUTES);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                Api.Reply reply = Api.get("/api/v1/imports/" + id, "admin", adminPassword(), language);
                if (reply.status() == 200) {
                    return reply.json();
                }
                last = reply.status() + " " + reply.body();
            } catch (AssertionError connectionRefused) {
                last = connectionRefused.getMessage();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The restarted server did not answer within " + SERVER_TIMEOUT_MINUTES
                + " minutes: " + last);
    }

    /** The domain Arquillian runs (arquillian.xml: payara-h2 is cs-test-h2, payara-mysql cs-test-mysql). */
    private static Path domainDirectory() {
        String launch = System.getProperty("arquillian.launch", "payara-h2");
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains",
                "cs-test-" + launch.substring("payara-".length()));
    }

    private static long responsesOf(int year) {
        return TestDatabase.count("select count(*) from csc_response r join evaluation_year y on y.id = r.year_id "
                + "where y.eval_year = ?", year);
    }

    private static byte[] csc(int year) {
        return Imports.cscResponses(year, ROWS, "CRASH", 3, DEALERS, "K", year).getBytes(StandardCharsets.UTF_8);
    }
}
