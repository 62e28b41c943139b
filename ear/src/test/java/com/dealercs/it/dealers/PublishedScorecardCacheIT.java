package com.dealercs.it.dealers;

import static com.dealercs.it.support.DeployedApplication.adminPassword;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.PortalSession;
import com.dealercs.it.support.SampleYear;
import com.dealercs.it.support.Scorecards;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A published year's scorecards are kept in memory per (year, dealer) for the dealers' pages
 * (PublishedScorecards): a dealer never gets another dealer's kept scorecard, even when both read
 * at once, and a year reopened, recalculated and published again shows its new figures, as does
 * a dealer renamed by an import meanwhile.
 */
class PublishedScorecardCacheIT extends DeployedApplication {

    private static final String ONE = "D0001";
    private static final String TWO = "D0002";

    @Test
    void eachDealerReadsOnlyItsOwnKeptScorecardAndARepublishedYearShowsItsNewFigures() throws Exception {
        int year = TestYears.freshLeapYear();
        SampleYear.importInto(year);
        Scorecards.calculate(year);
        Scorecards.approveAndPublish(year);
        PortalSession one = signedIn(ONE);
        PortalSession two = signedIn(TWO);
        String page = "/dealer/scorecard.xhtml?year=" + year;
        String rebateOne = rebate(year, ONE);
        String rebateTwo = rebate(year, TWO);
        assertNotEquals(rebateOne, rebateTwo, "the two dealers' rebates differ, so a mix-up would show");

        // read again and again, both at once: the second and later reads come from what is kept
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                reads.add(readers.submit(() -> assertOwn(one.get(page), ONE, rebateOne, TWO, rebateTwo)));
                reads.add(readers.submit(() -> assertOwn(two.get(page), TWO, rebateTwo, ONE, rebateOne)));
            }
            for (Future<?> read : reads) {
                read.get();
            }
        } finally {
            readers.shutdownNow();
        }

        // reopened: the kept scorecard is not shown, the page says the year is not published
        Api.Reply reopened = Api.postJson("/api/v1/years/" + year + "/reopening", "admin", adminPassword(),
                Map.of("reason", "采购量需更正"));
        assertEquals(200, reopened.status(), reopened.body());
        String closed = one.get(page).body();
        assertTrue(closed.contains("id=\"notPublished\""), "the reopened year is not shown: " + closed);
        assertFalse(closed.contains("id=\"myCard\""), "no kept scorecard of the reopened year");
        assertFalse(closed.contains("data-year=\"" + year + "\""), "the reopened year is not among its published years");

        // other volumes, calculated, published again: the new rebate, not the kept one
        Imports.volumes(year, ONE, 977);
        Scorecards.calculate(year);
        Scorecards.approveAndPublish(year);
        String newRebateOne = rebate(year, ONE);
        assertNotEquals(rebateOne, newRebateOne, "the new volume changes the rebate");
        String republished = assertOwn(one.get(page), ONE, newRebateOne, TWO, rebateTwo);
        assertFalse(card(republished).contains(rebateOne), "the old rebate is gone: " + rebateOne);
        assertOwn(two.get(page), TWO, rebateTwo, ONE, newRebateOne);

        // a dealer renamed by an import while the year stays published: its page shows the new name
        String row = new String(SampleYear.file("dealers", year), StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith(ONE + ",")).findFirst().orElseThrow();
        String oldName = row.split(",")[1];
        String newName = "缓存测试更名" + year + "汽车销售服务有限公司";
        assertTrue(one.get(page).body().contains(oldName), "its name before");
        Imports.dealers(row.replace(oldName, newName));
        try {
            String renamed = assertOwn(one.get(page), ONE, newRebateOne, TWO, rebateTwo);
            assertTrue(renamed.contains(newName), "the dealer's new name on its published scorecard");
        } finally {
            Imports.dealers(row);
        }
    }

    private static PortalSession signedIn(String dealerCode) {
        Api.Account account = Api.createAccount("DEALER", dealerCode);
        PortalSession session = new PortalSession();
        HttpResponse<String> login = session.login(account.username(), account.password());
        assertEquals(302, login.statusCode(), dealerCode + " signs in: " + login.body());
        return session;
    }

    /** The page is the dealer's own scorecard with its rebate, and has nothing of the other dealer. */
    private static String assertOwn(HttpResponse<String> response, String code, String rebate, String other,
            String otherRebate) {
        String body = response.body();
        assertEquals(200, response.statusCode(), code + ": " + body);
        assertTrue(body.contains("id=\"myCard\""), code + " sees its scorecard: " + body);
        assertTrue(body.contains(code), code + " on its page");
        assertTrue(card(body).contains(rebate), code + "'s rebate " + rebate + " on its scorecard");
        assertFalse(body.contains(other), other + " on " + code + "'s page");
        assertFalse(card(body).contains(otherRebate), other + "'s rebate " + otherRebate + " on " + code + "'s scorecard");
        return body;
    }

    /**
     * The page's scorecard of the chosen year: what comes before its trend chart. (The dealer's
     * previous years below list the rebates of other test years, which may equal this one's.)
     */
    private static String card(String body) {
        int from = body.indexOf("id=\"myCard\"");
        int to = body.indexOf("id=\"myTrend\"", Math.max(from, 0));
        return from < 0 ? "" : body.substring(from, to < 0 ? body.length() : to);
    }

    /** The dealer's rebate as the API gives it, written as the page writes money. */
    private static String rebate(int year, String dealerCode) {
        JsonNode rebate = Scorecards.one(year, dealerCode).get("rebate").get("rebate");
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(rebate.decimalValue().setScale(2, RoundingMode.HALF_UP));
    }
}
