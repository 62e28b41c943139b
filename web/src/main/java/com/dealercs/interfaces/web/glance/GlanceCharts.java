package com.dealercs.interfaces.web.glance;

import com.dealercs.application.YearGlance;
import com.dealercs.application.YearGlance.Bin;
import com.dealercs.application.YearGlance.RegionAverage;
import com.dealercs.application.YearGlance.YearTrend;
import com.dealercs.interfaces.web.portal.ChartJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The Chart.js configurations of the year at a glance, for PrimeFaces' {@code <p:chart value>}:
 * built as JSON with Jakarta JSON-P (so names and labels are always escaped), labels from the
 * caller's bundle. No animation: the chart is there at once, for people and screenshots.
 */
public final class GlanceCharts {

    public static final String BLUE = "#2196f3";
    public static final String BLUE_DARK = "#1565c0";
    public static final String ORANGE = "#f59e0b";
    private static final String GRID = "#e2e7ef";
    /** The portal's fonts (portal.css): Chart.js' own would draw Chinese names in a serif fallback. */
    private static final String FONT = "\"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\","
            + " \"Source Han Sans SC\", \"Noto Sans\", Arial, sans-serif";

    private GlanceCharts() {
    }

    /** The band of a distribution bin as its label: {@code 60–65}. */
    public static String band(Bin bin) {
        return bin.from() + "–" + bin.to();
    }

    /** The totals' distribution: a histogram of rated dealers per 5-point band. */
    public static String distribution(YearGlance glance, Function<String, String> text) {
        JsonArrayBuilder labels = ChartJson.array();
        JsonArrayBuilder data = ChartJson.array();
        for (Bin bin : glance.distribution()) {
            labels.add(band(bin));
            data.add(bin.dealers());
        }
        JsonObjectBuilder dataset = ChartJson.object()
                .add("label", text.apply("glance.distribution.dealers"))
                .add("data", data)
                .add("backgroundColor", BLUE)
                .add("borderColor", BLUE_DARK)
                .add("borderWidth", 1)
                .add("barPercentage", 1.0)
                .add("categoryPercentage", 0.96);
        JsonObjectBuilder scales = ChartJson.object()
                .add("x", axis(text.apply("glance.distribution.band"), false))
                .add("y", axis(text.apply("glance.distribution.dealers"), true)
                        .add("ticks", ChartJson.object().add("precision", 0).add("font", font())));
        return chart("bar", labels, ChartJson.array().add(dataset), options(scales, false));
    }

    /** Each region's average total: horizontal bars, on the whole 0–100 scale. */
    public static String regions(YearGlance glance, Function<String, String> text) {
        return regions(glance, text, Function.identity());
    }

    /** The same, each region named by {@code regionName} (its name in the page's language). */
    public static String regions(YearGlance glance, Function<String, String> text, Function<String, String> regionName) {
        JsonArrayBuilder labels = ChartJson.array();
        JsonArrayBuilder data = ChartJson.array();
        for (RegionAverage region : glance.regions()) {
            labels.add(regionName.apply(region.region()));
            data.add(region.average());
        }
        JsonObjectBuilder dataset = ChartJson.object()
                .add("label", text.apply("glance.regions.average"))
                .add("data", data)
                .add("backgroundColor", BLUE)
                .add("borderColor", BLUE_DARK)
                .add("borderWidth", 1)
                .add("maxBarThickness", 22);
        JsonObjectBuilder scales = ChartJson.object()
                .add("x", axis(text.apply("glance.regions.average"), true).add("max", 100))
                .add("y", ChartJson.object().add("grid", ChartJson.object().add("display", false))
                        .add("ticks", ChartJson.object().add("font", font())));
        return chart("bar", labels, ChartJson.array().add(dataset),
                options(scales, false).add("indexAxis", "y"));
    }

    /** Year over year: the network's average and median total of each calculated year. */
    public static String trend(YearGlance glance, Function<String, String> text) {
        JsonArrayBuilder labels = ChartJson.array();
        JsonArrayBuilder averages = ChartJson.array();
        JsonArrayBuilder medians = ChartJson.array();
        for (YearTrend year : glance.years()) {
            labels.add(Integer.toString(year.year()));
            add(averages, year.average());
            add(medians, year.median());
        }
        JsonArrayBuilder datasets = ChartJson.array()
                .add(line(text.apply("glance.trend.average"), averages, BLUE_DARK))
                .add(line(text.apply("glance.trend.median"), medians, ORANGE));
        JsonObjectBuilder scales = ChartJson.object()
                .add("x", axis(text.apply("glance.trend.year"), false).add("offset", true))
                .add("y", axis(text.apply("glance.points"), false).add("suggestedMax", 100));
        return chart("line", labels, datasets, options(scales, true));
    }

    public static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour) {
        return ChartJson.object()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("pointRadius", 4)
                .add("tension", 0)
                .add("spanGaps", true);
    }

    public static void add(JsonArrayBuilder values, BigDecimal value) {
        if (value == null) {
            values.addNull();
        } else {
            values.add(value);
        }
    }

    /** An axis with its title; callers that set their own ticks set the font there too. */
    public static JsonObjectBuilder axis(String title, boolean fromZero) {
        return ChartJson.object()
                .add("beginAtZero", fromZero)
                .add("title", ChartJson.object().add("display", true).add("text", title).add("font", font()))
                .add("grid", ChartJson.object().add("color", GRID))
                .add("ticks", ChartJson.object().add("font", font()));
    }

    public static JsonObjectBuilder font() {
        return ChartJson.object().add("family", FONT);
    }

    public static JsonObjectBuilder options(JsonObjectBuilder scales, boolean legend) {
        return ChartJson.object()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", scales)
                .add("plugins", ChartJson.object()
                        .add("legend", ChartJson.object().add("display", legend).add("position", "bottom")
                                .add("labels", ChartJson.object().add("font", font())))
                        .add("tooltip", ChartJson.object()
                                .add("titleFont", font()).add("bodyFont", font())));
    }

    /**
     * The configuration as JSON text. PrimeFaces writes it into an inline script as it is, so
     * {@code < > &} (only ever inside strings here: a region's name) are written as JSON escapes,
     * and a name holding {@code </script>} cannot end the script.
     */
    public static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets,
                                JsonObjectBuilder options) {
        JsonObject chart = ChartJson.object()
                .add("type", type)
                .add("data", ChartJson.object().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build();
        return chart.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
