package com.dealercs.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the loader behaves when the server does not simply agree: the paths the demo check (a real
 * server, bin/lib/demo-check.sh) never takes. The server here answers as the API's contract says,
 * from a table; it records what it was asked.
 */
class DemoLoaderTest {

    private static final int YEAR = 2026;

    private HttpServer server;
    private final List<String> asked = Collections.synchronizedList(new ArrayList<>());

    /** method and path (no query) → status and JSON body; anything else answers 404. */
    private String start(Function<String, Map.Entry<Integer, String>> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> answer(exchange, answers));
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void answer(HttpExchange exchange, Function<String, Map.Entry<Integer, String>> answers) throws IOException {
        String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        asked.add(call);
        exchange.getRequestBody().readAllBytes();
        Map.Entry<Integer, String> answer = answers.apply(call);
        if (answer == null) {
            answer = Map.entry(404, "{\"error\":\"not found\"}");
        }
        byte[] body = answer.getValue().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.getKey(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aServerWithDataGetsTheAccountsButNoData() throws Exception {
        String url = start(call -> switch (call) {
            case "GET /api/v1/users/me" -> Map.entry(200, "{\"username\":\"admin\",\"role\":\"ADMIN\"}");
            case "POST /api/v1/users" -> Map.entry(409, "{\"error\":\"taken\"}");
            case "GET /api/v1/years" -> Map.entry(200, "[{\"year\":2025,\"state\":\"OPEN\"}]");
            default -> null;
        });
        new DemoLoader(url, "an-admin-password", YEAR).load();
        List<String> expected = new java.util.ArrayList<>(List.of("GET /api/v1/users/me"));
        DemoLoader.ACCOUNTS.forEach(account -> expected.add("POST /api/v1/users"));     // each demo account
        expected.add("GET /api/v1/years");
        assertEquals(expected, asked);
    }

    @Test
    void aNetworkWithDealersButNoYearIsLeftAloneToo() throws Exception {
        String url = start(call -> switch (call) {
            case "GET /api/v1/users/me" -> Map.entry(200, "{\"username\":\"admin\",\"role\":\"ADMIN\"}");
            case "POST /api/v1/users" -> Map.entry(201, "{}");
            case "GET /api/v1/years" -> Map.entry(200, "[]");
            case "GET /api/v1/imports" -> Map.entry(200, "[{\"id\":3,\"kind\":\"DEALERS\",\"status\":\"COMPLETED\"}]");
            default -> null;
        });
        new DemoLoader(url, "an-admin-password", YEAR).load();
        assertEquals("GET /api/v1/imports", asked.get(asked.size() - 1));
        assertTrue(asked.stream().noneMatch(c -> c.startsWith("POST /api/v1/imports")), asked.toString());
    }

    @Test
    void anotherAdministratorPasswordIsSaidPlainlyBeforeAnythingIsDone() throws Exception {
        String url = start(call -> Map.entry(401, "{\"error\":\"Authentication required\"}"));
        DemoLoader.Refused refused = assertThrows(DemoLoader.Refused.class,
                () -> new DemoLoader(url, "not-the-password", YEAR).load());
        assertTrue(refused.getMessage().contains("CS_ADMIN_PASSWORD"), refused.getMessage());
        assertEquals(List.of("GET /api/v1/users/me"), asked);
    }

    @Test
    void aFailedImportStopsTheDemoWithTheServersReason() throws Exception {
        String url = start(call -> switch (call) {
            case "GET /api/v1/users/me" -> Map.entry(200, "{\"username\":\"admin\",\"role\":\"ADMIN\"}");
            case "POST /api/v1/users" -> Map.entry(201, "{}");
            case "GET /api/v1/years", "GET /api/v1/imports" -> Map.entry(200, "[]");
            case "POST /api/v1/imports/dealers" -> Map.entry(202, "{\"id\":7,\"status\":\"STARTED\"}");
            case "GET /api/v1/imports/7" -> Map.entry(200, "{\"id\":7,\"kind\":\"DEALERS\",\"status\":\"FAILED\","
                    + "\"read\":67,\"written\":0,\"rejected\":9,\"errors\":[{\"line\":2,\"column\":\"region\","
                    + "\"message\":\"unknown region\"}],\"message\":\"more than 10% of the rows were rejected\"}");
            default -> null;
        });
        DemoLoader.Refused refused = assertThrows(DemoLoader.Refused.class,
                () -> new DemoLoader(url, "an-admin-password", YEAR).load());
        assertTrue(refused.getMessage().contains("ended FAILED: more than 10% of the rows were rejected [line 2: unknown region]"),
                refused.getMessage());
        assertTrue(asked.stream().noneMatch(c -> c.contains("calculation") || c.contains("/imports/volumes")), asked.toString());
    }
}
