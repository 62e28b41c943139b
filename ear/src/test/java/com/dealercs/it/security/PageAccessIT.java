package com.dealercs.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.PortalSession;
import com.dealercs.it.support.Scorecards;
import com.dealercs.it.support.TestYears;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who may open which portal page, over HTTP (no browser needed): the 403 page for the roles a page
 * is not for, executives on HQ's scorecards but not on HQ's other pages, and a dealer's scorecard
 * page that shows its own dealer whatever the address asks for.
 */
class PageAccessIT extends DeployedApplication {

    /** The 403 page's title (zh_CN, the portal's default language). */
    private static final String FORBIDDEN = "无权访问";
    private static final String OWN_NAME = "页面权限测试一汽车销售服务有限公司";
    private static final String OTHER_NAME = "页面权限测试二汽车销售服务有限公司";

    @Test
    void onlyAdministratorsOpenThePolicyAndAuditPagesOthersGetThe403Page() {
        importDealers();
        for (String role : List.of("SUPERVISOR", "EXECUTIVE", "DEALER")) {
            PortalSession session = signedIn(Api.createAccount(role, "DEALER".equals(role) ? "V0001" : null));
            for (String page : List.of("/admin/policy.xhtml", "/admin/audit.xhtml")) {
                HttpResponse<String> response = session.get(page);

                assertEquals(403, response.statusCode(), role + " on " + page);
                assertForbiddenPage(response, role + " on " + page);
                assertFalse(response.body().contains("policyForm:save") || response.body().contains("auditForm:entries"),
                        role + " sees nothing of " + page);
            }
        }
        PortalSession admin = signedIn(Api.admin());
        assertEquals(200, admin.get("/admin/policy.xhtml").statusCode());
        assertEquals(200, admin.get("/admin/audit.xhtml").statusCode());
    }

    @Test
    void executivesReadTheScorecardsButNotTheRestOfHqsPages() {
        PortalSession executive = signedIn(Api.createAccount("EXECUTIVE", null));

        assertEquals(200, executive.get("/hq/scorecards.xhtml").statusCode(), "executives read the scorecards");
        assertEquals(200, executive.get("/hq/reports.xhtml").statusCode(), "and download the reports");
        HttpResponse<String> home = executive.get("/hq/index.xhtml");
        assertEquals(403, home.statusCode(), "but not the rest of HQ's pages");
        assertForbiddenPage(home, "executive on /hq/index.xhtml");
        assertEquals(403, executive.get("/hq/imports.xhtml").statusCode());
        // weak points
        assertEquals(200, executive.get("/hq/weak-points.xhtml").statusCode(), "executives read the weak points");
    }

    @Test
    void aDealerSeesItsOwnScorecardWhateverTheAddressSaysAndNoneOfHqsPages() {
        importDealers();
        int year = TestYears.fresh();
        Imports.volumes(year, "V0001", 10, "V0002", 20);
        Scorecards.calculate(year);
        Scorecards.approveAndPublish(year);
        PortalSession dealer = signedIn(Api.createAccount("DEALER", "V0001"));

        HttpResponse<String> hq = dealer.get("/hq/scorecards.xhtml");
        assertEquals(403, hq.statusCode());
        assertForbiddenPage(hq, "a dealer on HQ's scorecards");
        assertEquals(403, dealer.get("/hq/scorecards.xhtml?year=" + year + "&dealer=V0001").statusCode());
        HttpResponse<String> reports = dealer.get("/hq/reports.xhtml?year=" + year);
        assertEquals(403, reports.statusCode(), "the network's reports are not a dealer's");
        assertForbiddenPage(reports, "a dealer on HQ's reports");
        // weak points: other dealers' results, never a dealer's
        HttpResponse<String> weak = dealer.get("/hq/weak-points.xhtml?year=" + year);
        assertEquals(403, weak.statusCode());
        assertForbiddenPage(weak, "a dealer on the weak points");
        HttpResponse<String> plain = dealer.get("/dealer/scorecard.xhtml?year=" + year);
        assertEquals(200, plain.statusCode());
        assertTrue(plain.body().contains("id=\"myDealer\"") && plain.body().contains("V0001")
                && plain.body().contains(OWN_NAME), "the dealer's own scorecard");

        HttpResponse<String> asked = dealer.get("/dealer/scorecard.xhtml?year=" + year
                + "&dealer=V0002&dealerCode=V0002&code=V0002&dealer_code=V0002&myForm:dealer=V0002");

        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().contains("V0001") && asked.body().contains(OWN_NAME), "still the dealer's own");
        assertFalse(asked.body().contains(OTHER_NAME), "nothing of V0002");
        assertFalse(asked.body().contains("V0002"), "nothing of V0002");
    }

    @Test
    void theDealersPagesAreHqsExecutivesReadThemADealerReachesNone() {
        importDealers();
        List<String> pages = List.of("/hq/dealers.xhtml", "/hq/dealer.xhtml?code=V0002", "/hq/dealer-edit.xhtml",
                "/hq/dealer-edit.xhtml?code=V0002", "/hq/entries.xhtml", "/hq/entries.xhtml?dealer=V0002");
        PortalSession dealer = signedIn(Api.createAccount("DEALER", "V0001"));
        for (String page : pages) {
            HttpResponse<String> response = dealer.get(page);

            assertEquals(403, response.statusCode(), "a dealer on " + page);
            assertForbiddenPage(response, "a dealer on " + page);
            assertFalse(response.body().contains(OTHER_NAME) || response.body().contains("V0002"),
                    "nothing of another dealer on " + page);
        }

        PortalSession executive = signedIn(Api.createAccount("EXECUTIVE", null));
        assertEquals(200, executive.get("/hq/dealers.xhtml").statusCode(), "executives read the dealers");
        HttpResponse<String> page = executive.get("/hq/dealer.xhtml?code=V0002");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(OTHER_NAME), "and a dealer's page");
        assertFalse(page.body().contains("id=\"editDealer\"") || page.body().contains("id=\"closeDealer\"")
                || page.body().contains("id=\"enterFacts\""), "but change nothing");
        assertEquals(403, executive.get("/hq/dealer-edit.xhtml?code=V0002").statusCode());
        assertEquals(403, executive.get("/hq/entries.xhtml").statusCode());

        PortalSession supervisor = signedIn(Api.createAccount("SUPERVISOR", null));
        for (String open : pages) {
            assertEquals(200, supervisor.get(open).statusCode(), "HQ staff on " + open);
        }
        assertTrue(supervisor.get("/hq/dealer.xhtml?code=V0002").body().contains("id=\"editDealer\""));
    }

    private static void importDealers() {
        Imports.dealers("V0001," + OWN_NAME + ",页面权限测试区,江苏,苏州,2019-01-01,ACTIVE",
                "V0002," + OTHER_NAME + ",页面权限测试区,江苏,无锡,2019-01-01,ACTIVE");
    }

    private static PortalSession signedIn(Account account) {
        PortalSession session = new PortalSession();
        HttpResponse<String> login = session.login(account.username(), account.password());
        assertEquals(302, login.statusCode(), account.role() + " signs in: " + login.body());
        return session;
    }

    private static void assertForbiddenPage(HttpResponse<String> response, String what) {
        assertTrue(response.body().contains("id=\"errorTitle\"") && response.body().contains(FORBIDDEN),
                what + ": the portal's 403 page");
    }
}
