package com.dealercs.interfaces.web.hq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dealercs.application.WeakPointsView.CheckpointCompliance;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeakPointsChartTest {

    @Test
    void oneHorizontalBarPerCheckpointInPercentWeakestFirst() {
        List<CheckpointCompliance> weakest = List.of(
                new CheckpointCompliance("SSI_MAP", "SSI-DRIVE", "SSI-DRIVE-01", "邀请\"试乘试驾\"", 101, 359,
                        new BigDecimal("0.2196"), 198),
                new CheckpointCompliance("SSI_MAP", "SSI-FOLLOW", "SSI-FOLLOW-02", "Follow-up call", 3, 1,
                        new BigDecimal("0.7500"), 1));

        JsonObject config = Json.createReader(new StringReader(WeakPointsChart.of(weakest, "达标率（%）", "Title")))
                .readObject();

        assertEquals("bar", config.getString("type"));
        assertEquals("y", config.getJsonObject("options").getString("indexAxis"));
        JsonArray labels = config.getJsonObject("data").getJsonArray("labels");
        assertEquals("SSI-DRIVE-01 邀请\"试乘试驾\"", labels.getString(0));
        assertEquals("SSI-FOLLOW-02 Follow-up call", labels.getString(1));
        JsonObject dataset = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals("达标率（%）", dataset.getString("label"));
        assertEquals(new BigDecimal("22.0"), dataset.getJsonArray("data").getJsonNumber(0).bigDecimalValue());
        assertEquals(new BigDecimal("75.0"), dataset.getJsonArray("data").getJsonNumber(1).bigDecimalValue());
    }

    @Test
    void aRateIsShownInPercentWithOneDecimalHalfUp() {
        assertEquals("29.8", WeakPointsChart.percent(new BigDecimal("0.2977")));
        assertEquals("0.1", WeakPointsChart.percent(new BigDecimal("0.0005")));
        assertEquals("100.0", WeakPointsChart.percent(new BigDecimal("1.0000")));
    }
}
