package com.dealercs.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dealercs.it.support.Api.Reply;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A year's scorecards and life cycle through the API, as the administrator; JSON read exactly. */
public final class Scorecards {

    /** Numbers kept exactly as written: 72000.00 stays 72000.00. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Scorecards() {
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    /** The names of an object's fields, in their order. */
    public static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    public static JsonNode one(int year, String dealerCode) {
        Reply reply = Api.get("/api/v1/years/" + year + "/scorecards/" + dealerCode, "admin",
                DeployedApplication.adminPassword());
        assertEquals(200, reply.status(), reply.body());
        return parse(reply.body());
    }

    public static List<JsonNode> list(int year) {
        Reply reply = Api.get("/api/v1/years/" + year + "/scorecards", "admin", DeployedApplication.adminPassword());
        assertEquals(200, reply.status(), reply.body());
        List<JsonNode> all = new ArrayList<>();
        parse(reply.body()).forEach(all::add);
        return all;
    }

    /** {@code POST .../calculation} as the administrator: 200. */
    public static void calculate(int year) {
        expect(200, "/calculation", year);
    }

    /** Approves and publishes the year as the administrator. */
    public static void approveAndPublish(int year) {
        expect(200, "/approval", year);
        expect(200, "/publication", year);
    }

    /** The year's state as the database holds it, or null. */
    public static String stateInDatabase(int year) {
        List<Map<String, Object>> rows = TestDatabase.rows("select state from evaluation_year where eval_year = ?", year);
        return rows.isEmpty() ? null : (String) rows.get(0).get("state");
    }

    private static void expect(int status, String step, int year) {
        Reply reply = Api.postJson("/api/v1/years/" + year + step, "admin", DeployedApplication.adminPassword(), "");
        assertEquals(status, reply.status(), step + " of " + year + ": " + reply.body());
    }
}
