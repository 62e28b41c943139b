package com.dealercs.interfaces.web.dealer;

import static com.dealercs.interfaces.web.glance.GlanceCharts.BLUE;
import static com.dealercs.interfaces.web.glance.GlanceCharts.BLUE_DARK;
import static com.dealercs.interfaces.web.glance.GlanceCharts.ORANGE;

import com.dealercs.application.NetworkPosition;
import com.dealercs.application.ScorecardView;
import com.dealercs.application.YearGlance.Bin;
import com.dealercs.interfaces.web.glance.GlanceCharts;
import com.dealercs.interfaces.web.portal.ChartJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Chart.js configurations of the dealer's scorecard page, built like the year at a glance's
 * ({@link GlanceCharts}): the quarters' totals and ranks, and the network's distribution with the
 * dealer's own band marked. Nothing in them names another dealer.
 */
final class DealerCharts {

    private DealerCharts() {
    }

    /** The quarters: the quarterly total (left axis) and national quarterly rank (right axis, 1 on top). */
    static String trend(ScorecardView card, Function<String, String> text, Locale locale) {
        JsonArrayBuilder labels = ChartJson.array();
        JsonArrayBuilder totals = ChartJson.array();
        JsonArrayBuilder ranks = ChartJson.array();
        for (ScorecardView.QuarterView quarter : card.quarters()) {
            labels.add(new MessageFormat(text.apply("card.quarter"), locale).format(new Object[] {quarter.quarter()}));
            GlanceCharts.add(totals, quarter.total());
            if (quarter.rank() == null) {
                ranks.addNull();
            } else {
                ranks.add(quarter.rank());
            }
        }
        JsonArrayBuilder datasets = ChartJson.array()
                .add(GlanceCharts.line(text.apply("myScorecard.trend.total"), totals, BLUE_DARK).add("yAxisID", "y"))
                .add(GlanceCharts.line(text.apply("myScorecard.trend.rank"), ranks, ORANGE).add("yAxisID", "rank")
                        .add("borderDash", ChartJson.array().add(6).add(4)));
        JsonObjectBuilder scales = ChartJson.object()
                .add("x", GlanceCharts.axis(text.apply("card.col.quarter"), false).add("offset", true))
                .add("y", GlanceCharts.axis(text.apply("myScorecard.trend.total"), true).add("suggestedMax", 100))
                .add("rank", GlanceCharts.axis(text.apply("myScorecard.trend.rank"), false)
                        .add("position", "right").add("reverse", true).add("min", 1)
                        .add("ticks", ChartJson.object().add("precision", 0).add("font", GlanceCharts.font()))
                        .add("grid", ChartJson.object().add("drawOnChartArea", false)));
        return GlanceCharts.chart("line", labels, datasets, GlanceCharts.options(scales, true));
    }

    /** The year's rated totals per 5-point band, the dealer's own band in another colour. */
    static String position(NetworkPosition position, Function<String, String> text) {
        JsonArrayBuilder labels = ChartJson.array();
        JsonArrayBuilder data = ChartJson.array();
        JsonArrayBuilder colours = ChartJson.array();
        for (Bin bin : position.distribution()) {
            labels.add(GlanceCharts.band(bin));
            data.add(bin.dealers());
            colours.add(own(position, bin) ? ORANGE : BLUE);
        }
        JsonObjectBuilder dataset = ChartJson.object()
                .add("label", text.apply("glance.distribution.dealers"))
                .add("data", data)
                .add("backgroundColor", colours)
                .add("borderColor", BLUE_DARK)
                .add("borderWidth", 1)
                .add("barPercentage", 1.0)
                .add("categoryPercentage", 0.96);
        JsonObjectBuilder scales = ChartJson.object()
                .add("x", GlanceCharts.axis(text.apply("glance.distribution.band"), false))
                .add("y", GlanceCharts.axis(text.apply("glance.distribution.dealers"), true)
                        .add("ticks", ChartJson.object().add("precision", 0).add("font", GlanceCharts.font())));
        return GlanceCharts.chart("bar", labels, ChartJson.array().add(dataset),
                GlanceCharts.options(scales, false));
    }

    static boolean own(NetworkPosition position, Bin bin) {
        return position.ownBandFrom() != null && position.ownBandFrom() == bin.from();
    }
}
