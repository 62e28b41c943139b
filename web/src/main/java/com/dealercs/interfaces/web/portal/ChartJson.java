package com.dealercs.interfaces.web.portal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * The builders of the charts' Chart.js configurations. {@code Json.createObjectBuilder()} looks the
 * JSON-P provider up anew on every call (a service-loader scan of the server's class loaders):
 * measured at about a quarter of the dealer's scorecard page's time under load. One factory, made
 * once, serves every chart.
 */
public final class ChartJson {

    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

    private ChartJson() {
    }

    public static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }
}
