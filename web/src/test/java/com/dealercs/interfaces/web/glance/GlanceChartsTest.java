package com.dealercs.interfaces.web.glance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.application.YearGlance;
import com.dealercs.application.YearGlance.Bin;
import com.dealercs.application.YearGlance.RegionAverage;
import com.dealercs.application.YearGlance.YearTrend;
import com.dealercs.application.YearOverview;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chart.js configurations parse as JSON and carry the glance's figures and the bundle's labels. */
class GlanceChartsTest {

    private static final YearGlance GLANCE = new YearGlance(
            new YearOverview(2024, "OPEN", Instant.parse("2024-12-01T08:00:00Z"), "supervisor", true, 3, 1),
            3, 1, new BigDecimal("80.00"), new BigDecimal("81.00"),
            List.of(new Bin(70, 75, 1), new Bin(75, 80, 0), new Bin(80, 85, 2)),
            List.of(new RegionAverage("华东 \"一区\"</script>", 2, new BigDecimal("82.50")),
                    new RegionAverage("华北", 1, new BigDecimal("75.00"))),
            List.of(new YearTrend(2023, 0, null, null), new YearTrend(2024, 3, new BigDecimal("80.00"),
                    new BigDecimal("81.00"))));

    private static String text(String key) {
        return "«" + key + "»";
    }

    @Test
    void theHistogramHasABarPerBand() {
        JsonObject chart = parse(GlanceCharts.distribution(GLANCE, GlanceChartsTest::text));
        assertEquals("bar", chart.getString("type"));
        assertEquals(List.of("70–75", "75–80", "80–85"), strings(chart.getJsonObject("data").getJsonArray("labels")));
        JsonObject dataset = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals("«glance.distribution.dealers»", dataset.getString("label"));
        assertEquals(List.of(1, 0, 2), dataset.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(jakarta.json.JsonNumber::intValue).toList());
        assertEquals(0, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y")
                .getJsonObject("ticks").getInt("precision"));
    }

    @Test
    void theRegionsAreHorizontalBarsWithTheirNamesEscaped() {
        String json = GlanceCharts.regions(GLANCE, GlanceChartsTest::text);
        JsonObject chart = parse(json);
        assertEquals("y", chart.getJsonObject("options").getString("indexAxis"));
        assertEquals("华东 \"一区\"</script>", chart.getJsonObject("data").getJsonArray("labels").getString(0));
        assertTrue(json.contains("\\\"一区\\\""), "quotes escaped: " + json);
        assertTrue(!json.contains("</script>") && json.contains("\\u003c/script\\u003e"), "cannot end the page's script: " + json);
        assertEquals(new BigDecimal("82.5"), chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("data").getJsonNumber(0).bigDecimalValue().stripTrailingZeros());
    }

    @Test
    void yearOverYearHasTheAverageAndTheMedianAndGapsForYearsWithNoneRated() {
        JsonObject chart = parse(GlanceCharts.trend(GLANCE, GlanceChartsTest::text));
        assertEquals("line", chart.getString("type"));
        assertEquals(List.of("2023", "2024"), strings(chart.getJsonObject("data").getJsonArray("labels")));
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("«glance.trend.average»", datasets.getJsonObject(0).getString("label"));
        assertEquals("«glance.trend.median»", datasets.getJsonObject(1).getString("label"));
        assertEquals(JsonValue.NULL, datasets.getJsonObject(0).getJsonArray("data").get(0));
        assertEquals(new BigDecimal("81.00"), datasets.getJsonObject(1).getJsonArray("data").getJsonNumber(1).bigDecimalValue());
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
