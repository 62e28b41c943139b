package com.dealercs.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.TestDatabase;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Bad input never hurts the server (issue 12): every endpoint the API describes at {@code /openapi}
 * gets malformed JSON, wrong types, huge numbers and exponents, 20-digit years, negative and
 * non-numeric path values, empty bodies, wrong content types and overlong texts, and answers each
 * with a 4xx in the API's error shape, or a 500 that gives a reference: never a success, a bare
 * 500, an HTML page or a stack trace. And a dealers file whose city is exactly as long as the
 * column lands, one character more rejects that row alone, with its line.
 * These tests use dealers BI…; they call endpoints only with years, ids and codes that do not exist.
 */
class BadInputIT extends DeployedApplication {

    private static final Pattern REFERENCE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String TWENTY_DIGITS = "99999999999999999999";
    private static final String HUGE_EXPONENT = "1e999999999";
    private static final List<String> BAD_PATH_VALUES = List.of("abc", "-1", TWENTY_DIGITS, HUGE_EXPONENT, "0x1F",
            "x".repeat(2000));
    /** Properties tried when a body's schema names none. */
    private static final List<String> SOME_PROPERTIES = List.of("year", "quarter", "amount", "minCoverage", "reason", "name");

    private static final String DEALERS_HEADER = "dealer_code,name,region,province,city,opened_on,status\n";

    @Test
    void aCityAsLongAsItsColumnLandsOneCharacterMoreRejectsThatRowAlone() {
        int column = 32;  // dealer.city VARCHAR(32), V2__evaluation_model.sql
        StringBuilder csv = new StringBuilder(DEALERS_HEADER);
        for (int i = 1; i <= 10; i++) {
            csv.append(String.format("BI%03d,边界测试%d店,测试区,上海,上海,2020-01-01,ACTIVE%n", i, i));
        }
        csv.append("BI011,边界测试十一店,测试区,上海,").append("城".repeat(column)).append(",2020-01-01,ACTIVE\n");
        csv.append("BI012,边界测试十二店,测试区,上海,").append("城".repeat(column + 1)).append(",2020-01-01,ACTIVE\n");

        JsonNode result = Api.importFile("dealers", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals("COMPLETED", result.get("status").asText(), result.toString());
        assertEquals(11, result.get("written").asInt(), result.toString());
        assertEquals(1, result.get("rejected").asInt(), result.toString());
        JsonNode error = result.get("errors").get(0);
        assertEquals(13, error.get("line").asInt(), result.toString());
        assertEquals("city", error.get("column").asText(), result.toString());
        assertTrue(error.get("message").asText().contains(String.valueOf(column)), result.toString());
        assertEquals("城".repeat(column), TestDatabase.rows("select city from dealer where dealer_code = ?", "BI011")
                .get(0).values().iterator().next());
        assertEquals(0, TestDatabase.count("select count(*) from dealer where dealer_code = ?", "BI012"),
                "the row one character over is not written");
        assertEquals(1, TestDatabase.rows("select * from dealer where dealer_code = ?", "BI010").size());
    }

    @Test
    void everyEndpointAnswersBadInputWithAClearError() {
        Imports.dealers("BI099,坏输入测试店,测试区,上海,上海,2020-01-01,ACTIVE");
        Map<String, Account> accounts = new LinkedHashMap<>();
        accounts.put("ADMIN", Api.admin());
        accounts.put("SUPERVISOR", Api.createAccount("SUPERVISOR", null));
        accounts.put("EXECUTIVE", Api.createAccount("EXECUTIVE", null));
        accounts.put("DEALER", Api.createAccount("DEALER", "BI099"));
        String year = String.valueOf(TestYears.unknown());

        JsonNode document = Api.get("/openapi", null, null).json();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        var paths = document.path("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            var operations = path.getValue().fields();
            while (operations.hasNext()) {
                var entry = operations.next();
                String method = entry.getKey().toUpperCase();
                if (!List.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                Account caller = callerFor(operation, accounts);
                Map<String, String> valid = validPathValues(path.getKey(), operation, year);
                String base = fill(path.getKey(), valid);

                // path values: each one bad in turn, the others as valid as can be
                for (String name : valid.keySet()) {
                    for (String bad : BAD_PATH_VALUES) {
                        Map<String, String> values = new LinkedHashMap<>(valid);
                        values.put(name, bad);
                        String target = fill(path.getKey(), values);
                        // a read may answer an empty list for what does not exist; a change must refuse
                        failures.addAll(check(method, target, caller, jsonHeaders(), body(method, "{}"),
                                !method.equals("GET")));
                        calls++;
                    }
                }
                // query parameters
                for (JsonNode parameter : operation.path("parameters")) {
                    if ("query".equals(parameter.path("in").asText())) {
                        for (String bad : BAD_PATH_VALUES) {
                            String target = base + "?" + parameter.path("name").asText() + "=" + bad;
                            failures.addAll(check(method, target, caller, jsonHeaders(), body(method, "{}"), false));
                            calls++;
                        }
                    }
                }
                // bodies
                if (operation.has("requestBody")) {
                    for (Map.Entry<String, byte[]> bad : badBodies(operation, document).entrySet()) {
                        Map<String, String> headers = bad.getKey().startsWith("text/plain")
                                ? Map.of("Content-Type", "text/plain") : jsonHeaders();
                        List<String> found = check(method, base, caller, headers, bad.getValue(), true);
                        found.forEach(f -> failures.add(f + " [body " + bad.getKey() + "]"));
                        calls++;
                    }
                }
            }
        }
        assertTrue(calls > 200, "the walk made " + calls + " calls");
        assertTrue(failures.isEmpty(), failures.size() + " of " + calls + " answers were wrong:\n"
                + String.join("\n", failures));
    }

    /** The account of the first role the operation allows, the administrator when it may. */
    private static Account callerFor(JsonNode operation, Map<String, Account> accounts) {
        List<String> roles = new ArrayList<>();
        operation.path("x-roles").forEach(role -> roles.add(role.asText()));
        for (String role : accounts.keySet()) {
            if (roles.contains(role)) {
                return accounts.get(role);
            }
        }
        return accounts.get("ADMIN");
    }

    /** Path values that exist in no test's data: an unknown year, an id never handed out, unknown codes. */
    private static Map<String, String> validPathValues(String path, JsonNode operation, String year) {
        Map<String, String> values = new LinkedHashMap<>();
        var matcher = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (matcher.find()) {
            String name = matcher.group(1);
            values.put(name, switch (name) {
                case "year" -> year;
                case "id" -> "987654321";
                case "dealerCode" -> "NOPE9";
                case "checkpointCode" -> "NO-SUCH-01";
                case "kind" -> "nosuchkind";
                default -> "nosuch";
            });
        }
        return values;
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static Map<String, String> jsonHeaders() {
        return Map.of("Content-Type", "application/json");
    }

    private static byte[] body(String method, String json) {
        return method.equals("GET") || method.equals("DELETE") ? null : json.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> badBodies(JsonNode operation, JsonNode document) {
        List<String> properties = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            schema = document.at(schema.get("$ref").asText().substring(1));
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            properties.add(property.getKey());
            if ("string".equals(property.getValue().path("type").asText())) {
                texts.add(property.getKey());
            }
        });
        if (properties.isEmpty()) {
            properties.addAll(SOME_PROPERTIES);
            texts.add("reason");
        }
        Map<String, String> json = new LinkedHashMap<>();
        json.put("malformed", "{\"year\": ");
        json.put("array", "[]");
        json.put("string", "\"text\"");
        json.put("root exponent", HUGE_EXPONENT);
        json.put("empty", "");
        json.put("not closed string", "{\"reason\": \"abc");
        json.put("exponents", object(properties, HUGE_EXPONENT));
        json.put("negative exponents", object(properties, "-" + HUGE_EXPONENT));
        json.put("twenty digits", object(properties, TWENTY_DIGITS));
        json.put("fraction digits", object(properties, "0." + "1".repeat(5000)));
        json.put("booleans", object(properties, "true"));
        json.put("objects", object(properties, "{\"a\": [1, 2]}"));
        // the texts alone: a body refused at its first wrong value is answered before it is read to its end
        json.put("overlong strings", object(texts, "\"" + "长".repeat(70_000) + "\""));
        json.put("nested arrays", "{\"" + properties.get(0) + "\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        json.forEach((name, text) -> bodies.put(name, text.getBytes(StandardCharsets.UTF_8)));
        bodies.put("text/plain", "year=2024&reason=x".getBytes(StandardCharsets.UTF_8));
        bodies.put("not UTF-8", new byte[] {'{', '"', 'r', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        return bodies;
    }

    private static String object(List<String> properties, String value) {
        StringBuilder json = new StringBuilder("{");
        for (String property : properties) {
            json.append(json.length() > 1 ? "," : "").append('"').append(property).append("\":").append(value);
        }
        return json.append('}').toString();
    }

    /** What is wrong with the answer to one bad call, if anything. */
    private static List<String> check(String method, String path, Account caller, Map<String, String> headers,
            byte[] body, boolean mustFail) {
        String shown = method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path);
        Reply reply;
        try {
            reply = Api.send(method, path, caller.username(), caller.password(), headers, body);
        } catch (RuntimeException | AssertionError e) {
            return List.of(shown + ": no answer (" + e + (e.getCause() == null ? "" : ", " + e.getCause()) + ")");
        }
        List<String> wrong = new ArrayList<>();
        String excerpt = reply.body().length() > 300 ? reply.body().substring(0, 300) + "…" : reply.body();
        if (reply.status() < 400) {
            if (mustFail) {
                wrong.add(shown + ": " + reply.status() + " for bad input " + excerpt);
            }
            return wrong;
        }
        String type = reply.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
            wrong.add(shown + ": " + reply.status() + " not JSON (" + type + ") " + excerpt);
            return wrong;
        }
        JsonNode json;
        try {
            json = Api.JSON.readTree(reply.body());
        } catch (Exception e) {
            wrong.add(shown + ": " + reply.status() + " unreadable JSON " + excerpt);
            return wrong;
        }
        if (!json.path("error").isTextual() || json.path("error").asText().isBlank() || !json.path("details").isArray()) {
            wrong.add(shown + ": " + reply.status() + " not the error shape " + excerpt);
        }
        if (reply.body().contains("Exception") || reply.body().contains("at com.") || reply.body().contains("at org.")) {
            wrong.add(shown + ": " + reply.status() + " shows the server's insides " + excerpt);
        }
        if (reply.status() >= 500 && !REFERENCE.matcher(reply.body()).find()) {
            wrong.add(shown + ": " + reply.status() + " without a reference " + excerpt);
        }
        if (reply.status() >= 500) {
            // a reference is the last resort, for failures nobody foresaw: bad input is a 4xx
            wrong.add(shown + ": " + reply.status() + " for bad input (should be a 4xx) " + excerpt);
        }
        return wrong;
    }
}
