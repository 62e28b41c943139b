package com.dealercs.interfaces.web.hq;

import com.dealercs.application.WeakPointsView.CheckpointCompliance;
import com.dealercs.interfaces.web.portal.ChartJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The weak-points bar chart as Chart.js configuration (what PrimeFaces 15's {@code <p:chart>}
 * takes), built with JSON-P so that names with quotes or other characters stay intact: one
 * horizontal bar per checkpoint, its compliance rate in percent, weakest at the top.
 */
final class WeakPointsChart {

    /** How many of the weakest checkpoints the chart shows. */
    static final int BARS = 10;

    private static final int LABEL_LENGTH = 28;

    private WeakPointsChart() {
    }

    static String of(List<CheckpointCompliance> weakest, String dataLabel, String title) {
        JsonArrayBuilder labels = ChartJson.array();
        JsonArrayBuilder values = ChartJson.array();
        JsonArrayBuilder colours = ChartJson.array();
        for (CheckpointCompliance checkpoint : weakest) {
            labels.add(label(checkpoint));
            values.add(new BigDecimal(percent(checkpoint.rate())));
            colours.add(colour(checkpoint.rate()));
        }
        JsonObject config = ChartJson.object()
                .add("type", "bar")
                .add("data", ChartJson.object()
                        .add("labels", labels)
                        .add("datasets", ChartJson.array().add(ChartJson.object()
                                .add("label", dataLabel)
                                .add("data", values)
                                .add("backgroundColor", colours)
                                .add("borderRadius", 3))))
                .add("options", ChartJson.object()
                        .add("indexAxis", "y")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", ChartJson.object()
                                .add("x", ChartJson.object().add("min", 0).add("max", 100)
                                        .add("title", ChartJson.object().add("display", true).add("text", dataLabel))))
                        .add("plugins", ChartJson.object()
                                .add("legend", ChartJson.object().add("display", false))
                                .add("title", ChartJson.object().add("display", true).add("text", title))))
                .build();
        return config.toString();
    }

    /** A rate in percent with one decimal, half up: 0.2977 → 29.8. */
    static String percent(BigDecimal rate) {
        return rate == null ? "" : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String label(CheckpointCompliance checkpoint) {
        String name = checkpoint.name();
        if (name != null && name.length() > LABEL_LENGTH) {
            name = name.substring(0, LABEL_LENGTH - 1) + "…";
        }
        return checkpoint.checkpointCode() + " " + name;
    }

    /** Red below 60%, amber below 80%, else green: the weakest stand out. */
    private static String colour(BigDecimal rate) {
        if (rate.compareTo(new BigDecimal("0.6")) < 0) {
            return "#d9534f";
        }
        if (rate.compareTo(new BigDecimal("0.8")) < 0) {
            return "#f0ad4e";
        }
        return "#5cb85c";
    }
}
