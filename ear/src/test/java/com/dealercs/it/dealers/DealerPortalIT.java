package com.dealercs.it.dealers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DealerPortalData;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Scorecards;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the dealer's portal reads beyond the scorecard, over the API as a dealer user: what to fix
 * first, grouped by checklist item and ordered by the points each cost, exactly as worked out by
 * hand for a small known data set (DealerPortalData); its position in the network, which carries no
 * other dealer's code, name or figures; and nothing of another dealer, whatever the address names.
 */
class DealerPortalIT extends DeployedApplication {

    @Test
    void whatToFixFirstIsTheFailedItemsCostliestFirstWithTheirCheckpointsCommentsAndPhotos() {
        int year = DealerPortalData.years().published();
        Account dealer = DealerPortalData.dealer();
        Reply reply = Api.get(path(year, DealerPortalData.OWN) + "/fix-first", dealer.username(), dealer.password(),
                "zh-CN");
        assertEquals(200, reply.status(), reply.body());
        JsonNode items = Scorecards.parse(reply.body());

        assertEquals(List.of("CS_MAP|CS-HW", "SSI_MAP|SSI-ENV", "SSI_MAP|SSI-STAFF"), keys(items), reply.body());
        assertDecimal("3.75", items.get(0).get("pointsLost"));
        assertDecimal("3.13", items.get(1).get("pointsLost")); // 3.125, half up
        assertDecimal("2.50", items.get(2).get("pointsLost"));
        assertEquals(List.of("CS-HW-01"), codes(items.get(0)));
        assertEquals(List.of("SSI-ENV-01", "SSI-ENV-01", "SSI-ENV-02", "SSI-ENV-03"), codes(items.get(1)),
                "by date, then code");
        assertEquals(List.of("SSI-STAFF-01", "SSI-STAFF-02"), codes(items.get(2)));

        JsonNode hw = items.get(0).get("failures").get(0);
        assertEquals("前台台面破损，需更换", hw.get("comment").asText());
        assertEquals(DealerPortalData.photoInspection(), hw.get("inspectionId").asLong());
        assertEquals(1, hw.get("photoIds").size(), hw.toString());
        assertEquals(3, hw.get("quarter").asInt());
        JsonNode env = items.get(1).get("failures");
        assertEquals("展厅外墙有污渍", env.get(0).get("comment").asText());
        assertEquals("外墙仍有污渍", env.get(1).get("comment").asText());
        assertTrue(env.get(2).get("comment").isNull(), env.toString());
        assertEquals("展厅内外环境", items.get(1).get("itemName").asText(), "names in the caller's language");

        // the photo the list names is the dealer's to see (its own approved inspection)
        Reply thumbnail = Api.get("/api/v1/inspections/" + hw.get("inspectionId").asLong() + "/photos/"
                + hw.get("photoIds").get(0).asLong() + "/thumbnail", dealer.username(), dealer.password());
        assertEquals(200, thumbnail.status());

        // in English (the API's language when none is asked for)
        Reply english = Api.get(path(year, DealerPortalData.OWN) + "/fix-first", dealer.username(), dealer.password());
        assertEquals("Showroom environment", Scorecards.parse(english.body()).get(1).get("itemName").asText());

        // the same from HQ's side
        Reply hq = Api.get(path(year, DealerPortalData.OWN) + "/fix-first", "admin", adminPassword());
        assertEquals(keys(items), keys(Scorecards.parse(hq.body())));

        // an unknown dealer or year is not one with nothing to fix: 404, not an empty list
        for (String unknown : List.of(path(year, "Z9999"), path(1990, DealerPortalData.OWN))) {
            Reply notFound = Api.get(unknown + "/fix-first", "admin", adminPassword());
            assertEquals(404, notFound.status(), unknown + ": " + notFound.body());
            Api.assertJsonError(notFound);
        }
    }

    @Test
    void theDealersPositionHasTheNetworksFiguresAndNoOtherDealer() {
        int year = DealerPortalData.years().published();
        Account dealer = DealerPortalData.dealer();
        List<JsonNode> all = Scorecards.list(year);
        List<BigDecimal> totals = new ArrayList<>();
        List<BigDecimal> regionTotals = new ArrayList<>();
        BigDecimal own = null;
        for (JsonNode s : all) {
            if ("RATED".equals(s.get("status").asText())) {
                totals.add(s.get("total").decimalValue());
                if (DealerPortalData.REGION.equals(s.get("region").asText())) {
                    regionTotals.add(s.get("total").decimalValue());
                }
            }
            if (DealerPortalData.OWN.equals(s.get("dealerCode").asText())) {
                own = s.get("total").decimalValue();
            }
        }
        for (String code : DealerPortalData.OTHERS) {
            assertEquals("RATED", Scorecards.one(year, code).get("status").asText(), code + " is rated");
        }
        assertEquals(3, regionTotals.size());

        Reply reply = Api.get(path(year, DealerPortalData.OWN) + "/position", dealer.username(), dealer.password());
        assertEquals(200, reply.status(), reply.body());
        JsonNode position = Scorecards.parse(reply.body());

        // nothing of another dealer: only these fields, the bins only counts, no code or name of another
        assertEquals(Set.of("year", "dealerCode", "region", "ownTotal", "rated", "distribution", "ownBandFrom",
                "lowerQuartile", "median", "upperQuartile", "networkAverage", "ratedInRegion", "regionAverage"),
                new TreeSet<>(Scorecards.names(position)));
        position.get("distribution").forEach(bin -> assertEquals(Set.of("from", "to", "dealers"),
                Set.copyOf(Scorecards.names(bin))));
        for (JsonNode s : all) {
            if (!DealerPortalData.OWN.equals(s.get("dealerCode").asText())) {
                assertFalse(reply.body().contains("\"" + s.get("dealerCode").asText() + "\""), s.get("dealerCode").asText());
                assertFalse(reply.body().contains(s.get("dealerName").asText()), s.get("dealerName").asText());
            }
        }
        assertEquals(DealerPortalData.OWN, position.get("dealerCode").asText());

        // the figures, worked out here from the ranking
        assertEquals(0, own.compareTo(position.get("ownTotal").decimalValue()), position.toString());
        assertEquals(totals.size(), position.get("rated").asInt());
        assertDecimal(quartile(totals, 1).toPlainString(), position.get("lowerQuartile"));
        assertDecimal(quartile(totals, 2).toPlainString(), position.get("median"));
        assertDecimal(quartile(totals, 3).toPlainString(), position.get("upperQuartile"));
        assertDecimal(average(totals).toPlainString(), position.get("networkAverage"));
        assertEquals(3, position.get("ratedInRegion").asInt());
        assertDecimal(average(regionTotals).toPlainString(), position.get("regionAverage"));
        int counted = 0;
        boolean ownBandSeen = false;
        for (JsonNode bin : position.get("distribution")) {
            BigDecimal from = BigDecimal.valueOf(bin.get("from").asInt());
            BigDecimal to = BigDecimal.valueOf(bin.get("to").asInt());
            long expected = totals.stream().filter(t -> t.compareTo(from) >= 0
                    && (t.compareTo(to) < 0 || bin.get("to").asInt() == 100)).count();
            assertEquals(expected, bin.get("dealers").asLong(), bin.toString());
            counted += bin.get("dealers").asInt();
            if (own.compareTo(from) >= 0 && own.compareTo(to) < 0) {
                assertEquals(bin.get("from").asInt(), position.get("ownBandFrom").asInt());
                ownBandSeen = true;
            }
        }
        assertEquals(totals.size(), counted);
        assertTrue(ownBandSeen, reply.body());

        // a region of one rated dealer: no average that would be that dealer's own total
        JsonNode alone = Scorecards.parse(Api.get(path(year, "P1104") + "/position", "admin", adminPassword()).body());
        assertEquals(1, alone.get("ratedInRegion").asInt());
        assertTrue(alone.get("regionAverage").isNull(), alone.toString());
    }

    @Test
    void aDealerReadsNothingOfAnotherDealerWhateverTheAddressNames() {
        int year = DealerPortalData.years().published();
        Account dealer = DealerPortalData.dealer();
        for (String other : DealerPortalData.OTHERS) {
            for (String read : List.of("/fix-first", "/position")) {
                Reply reply = Api.get(path(year, other) + read, dealer.username(), dealer.password());
                assertEquals(403, reply.status(), other + read + ": " + reply.body());
                Api.assertJsonError(reply);
                assertFalse(reply.body().contains("门户测试二") || reply.body().contains("门户测试三"), reply.body());
            }
        }
        Account otherDealer = DealerPortalData.otherDealer();
        Reply theirs = Api.get(path(year, DealerPortalData.OWN) + "/fix-first", otherDealer.username(),
                otherDealer.password());
        assertEquals(403, theirs.status(), theirs.body());
        // a year not published: no position, even of its own
        Reply open = Api.get(path(DealerPortalData.years().open(), DealerPortalData.OWN) + "/position",
                dealer.username(), dealer.password());
        assertEquals(403, open.status(), open.body());
    }

    /** The same number, however many trailing zeros the JSON writer kept. */
    private static void assertDecimal(String expected, JsonNode actual) {
        assertTrue(actual.isNumber() && new BigDecimal(expected).compareTo(actual.decimalValue()) == 0,
                "expected " + expected + " but was " + actual);
    }

    private static String path(int year, String dealerCode) {
        return "/api/v1/years/" + year + "/scorecards/" + dealerCode;
    }

    private static List<String> keys(JsonNode items) {
        List<String> keys = new ArrayList<>();
        items.forEach(i -> keys.add(i.get("map").asText() + "|" + i.get("itemCode").asText()));
        return keys;
    }

    private static List<String> codes(JsonNode item) {
        List<String> codes = new ArrayList<>();
        item.get("failures").forEach(f -> codes.add(f.get("checkpointCode").asText()));
        return codes;
    }

    /** QUARTILE.INC: linear between the ranks around (n − 1) × q / 4, two places half up. */
    private static BigDecimal quartile(List<BigDecimal> values, int q) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        double h = (sorted.size() - 1) * q / 4.0;
        int below = (int) Math.floor(h);
        BigDecimal fraction = BigDecimal.valueOf(h - below);
        BigDecimal low = sorted.get(below);
        BigDecimal high = sorted.get(Math.min(below + 1, sorted.size() - 1));
        return low.add(high.subtract(low).multiply(fraction)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
