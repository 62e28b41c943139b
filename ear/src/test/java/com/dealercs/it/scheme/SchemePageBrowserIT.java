package com.dealercs.it.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.Imports;
import com.dealercs.it.support.PortalBrowser;
import com.dealercs.it.support.PortalSession;
import com.dealercs.it.support.TestYears;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The administrator's scheme page in a real browser (1366 px), on years of its own: a maximum that
 * breaks the sum of 15 shows in the running sum and is refused beside the checklist; corrected,
 * with a new checkpoint, it is saved; weights not summing to 10 are refused beside their study; in
 * English too; once the year has an inspection the page is read-only with the reason. Other roles
 * get the 403 page.
 */
class SchemePageBrowserIT extends DeployedApplication {

    private static final String SSI = "schemeForm:tabs:SSI_MAP:";

    private static JsonNode scheme(int year) {
        return Api.get("/api/v1/years/" + year + "/scheme", "admin", adminPassword()).json();
    }

    private static JsonNode ssiItem(int year, int index) {
        return scheme(year).get("checklists").get(0).get("items").get(index);
    }

    private static void tab(PortalBrowser browser, String title) {
        By header = By.xpath("//ul[@role='tablist']//a[contains(., '" + title + "')]");
        // below the sticky top bar, then clicked
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", browser.waitFor(header));
        browser.patiently(20).until(d -> {
            d.findElement(header).click();
            return "true".equals(d.findElement(header).getAttribute("aria-selected"));
        });
    }

    @Test
    void anAdministratorEditsAChecklistAndTheWeightsOnThePage() throws IOException {
        Imports.dealers("SCH11,方案页面测试一汽车销售服务有限公司,方案测试区,上海,上海,2020-01-01,ACTIVE");
        int year = TestYears.fresh();
        assertEquals(201, Api.postJson("/api/v1/years", "admin", adminPassword(), Map.of("year", year)).status());
        try (PortalBrowser browser = PortalBrowser.open()) {
            browser.signIn(Api.admin());
            browser.get("/admin/scheme.xhtml");
            browser.waitFor(By.id("schemeForm:year"));
            browser.choose("schemeForm:year", year + " · 开放");
            browser.waitForText(By.id(SSI + "sum"), "15 / 15", 30);
            assertEquals("1.00", browser.driver.findElement(By.id(SSI + "items:0:itemMax")).getAttribute("value"));
            assertEquals("SSI-ENV-01", browser.driver.findElement(By.id(SSI + "items:0:checkpoints:0:code"))
                    .getAttribute("value"));
            browser.screenshot("admin-scheme");

            // SSI-ENV worth 2: the running sum says 16, and saving is refused beside the checklist
            browser.type(SSI + "items:0:itemMax", "2");
            browser.driver.findElement(By.id(SSI + "items:0:nameEn")).click();
            browser.waitForText(By.id(SSI + "sum"), "16 / 15", 30);
            browser.type("schemeForm:reason", "展厅权重调整");
            browser.driver.findElement(By.id("schemeForm:save")).click();
            String refusal = browser.waitForText(By.id("schemeForm"), "满分之和为 16", 30);
            assertTrue(refusal.contains("未保存"), refusal);
            browser.scrollTo(By.id(SSI + "sum"));
            browser.screenshot("admin-scheme-refused");
            assertEquals(0, ssiItem(year, 0).get("itemMax").decimalValue().compareTo(BigDecimal.ONE), "nothing saved");

            // SSI-STAFF worth 1 instead of 2, and a new checkpoint for SSI-ENV: saved
            browser.type(SSI + "items:1:itemMax", "1");
            browser.driver.findElement(By.id(SSI + "items:1:nameEn")).click();
            browser.waitForText(By.id(SSI + "sum"), "15 / 15", 30);
            browser.type(SSI + "items:0:nameEn", "Showroom, inside and out");
            browser.driver.findElement(By.id(SSI + "items:0:addCheckpoint")).click();
            browser.waitFor(By.id(SSI + "items:0:checkpoints:9:code"));
            browser.type(SSI + "items:0:checkpoints:9:code", "ssi-env-10");
            browser.type(SSI + "items:0:checkpoints:9:nameZh", "新能源充电区");
            browser.type(SSI + "items:0:checkpoints:9:nameEn", "EV charging area");
            browser.type("schemeForm:reason", "总部 " + year + " 检查表修订");
            browser.driver.findElement(By.id("schemeForm:save")).click();
            browser.waitForText(By.id("schemeForm:messages"), "已保存", 30);
            browser.scrollTo(By.id(SSI + "items:0:checkpoints"));
            browser.screenshot("admin-scheme-saved");
            JsonNode env = ssiItem(year, 0);
            assertEquals(0, env.get("itemMax").decimalValue().compareTo(new BigDecimal("2")), env.toString());
            assertEquals("Showroom, inside and out", env.get("nameEn").asText());
            JsonNode added = env.get("checkpoints").get(9);
            assertEquals(List.of("SSI-ENV-10", "新能源充电区", "EV charging area"),
                    List.of(added.get("code").asText(), added.get("nameZh").asText(), added.get("nameEn").asText()));
            assertEquals(0, ssiItem(year, 1).get("itemMax").decimalValue().compareTo(BigDecimal.ONE));

            // the weights: JDP_SSI's first factor 1 → 2 makes 11, refused beside the study
            tab(browser, "因子权重");
            String weight = "schemeForm:tabs:components:0:factors:0:weight";
            browser.waitFor(By.id(weight));
            browser.type(weight, "2");
            browser.driver.findElement(By.id("schemeForm:tabs:components:0:factors:0:nameEn")).click();
            browser.waitForText(By.id("schemeForm:tabs:components:0:sum"), "11 / 10", 30);
            browser.type("schemeForm:reason", "J.D. Power 权重");
            browser.driver.findElement(By.id("schemeForm:save")).click();
            browser.waitForText(By.id("schemeForm"), "JDP_SSI 的权重之和为 11", 30);
            browser.scrollTo(By.id("schemeForm:tabs:components:0:sum"));
            browser.screenshot("admin-scheme-weights-refused");

            // in English, the year chosen again (the language switch loads the page afresh)
            browser.switchToEnglish();
            browser.choose("schemeForm:year", year + " · Open");
            browser.patiently(30).until(d -> "2.00".equals(d.findElement(By.id(SSI + "items:0:itemMax")).getAttribute("value")));
            browser.waitForText(By.id(SSI + "sum"), "Item maxima: 15 of 15", 30);
            browser.screenshot("admin-scheme-en");
            tab(browser, "Factor weights");
            browser.waitForText(By.id("schemeForm:tabs:components:0:sum"), "Weights: 10 of 10", 30);
            browser.screenshot("admin-scheme-weights-en");
        }
    }

    @Test
    void aYearWithAnInspectionShowsItsSchemeReadOnlyWithTheReason() throws IOException {
        Imports.dealers("SCH12,方案页面测试二汽车销售服务有限公司,方案测试区,上海,上海,2020-01-01,ACTIVE");
        int year = TestYears.fresh();
        Imports.completed("inspections", "year,quarter,dealer_code,map,inspection_date,inspector,checkpoint_code,result\n"
                + year + ",1,SCH12,CS_MAP," + year + "-03-02,李娜,CS-HW-01,PASS\n");
        try (PortalBrowser browser = PortalBrowser.open()) {
            browser.signIn(Api.admin());
            browser.get("/admin/scheme.xhtml");
            browser.waitFor(By.id("schemeForm:year"));
            browser.choose("schemeForm:year", year + " · 开放");
            String notice = browser.waitForText(By.id("schemeForm:readOnly"), Integer.toString(year), 30);
            assertTrue(notice.contains("1 次巡检"), notice);
            assertTrue(browser.driver.findElements(By.id("schemeForm:save")).isEmpty(), "no save button");
            assertTrue(browser.driver.findElements(By.id(SSI + "addItem")).isEmpty(), "no adding");
            assertEquals("true", browser.driver.findElement(By.id(SSI + "items:0:itemMax")).getAttribute("disabled"));
            assertEquals("只读", browser.text(By.id("schemeForm:state")));
            browser.screenshot("admin-scheme-read-only");
            browser.switchToEnglish();
            browser.choose("schemeForm:year", year + " · Open");
            browser.waitForText(By.id("schemeForm:readOnly"), year + " cannot change: the year has 1 inspection(s)", 30);
            browser.screenshot("admin-scheme-read-only-en");
        }
    }

    @Test
    void onlyAdministratorsOpenTheSchemePage() {
        Imports.dealers("SCH13,方案页面测试三汽车销售服务有限公司,方案测试区,上海,上海,2020-01-01,ACTIVE");
        for (String role : List.of("SUPERVISOR", "EXECUTIVE", "DEALER")) {
            Account account = Api.createAccount(role, "DEALER".equals(role) ? "SCH13" : null);
            PortalSession session = new PortalSession();
            assertEquals(302, session.login(account.username(), account.password()).statusCode());

            HttpResponse<String> page = session.get("/admin/scheme.xhtml");

            assertEquals(403, page.statusCode(), role);
            assertTrue(page.body().contains("id=\"errorTitle\"") && page.body().contains("无权访问"), role + ": the 403 page");
            assertFalse(page.body().contains("schemeForm"), role + " sees nothing of the page");
        }
        PortalSession admin = new PortalSession();
        assertEquals(302, admin.login("admin", adminPassword()).statusCode());
        HttpResponse<String> page = admin.get("/admin/scheme.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("检查表与权重"), "the menu entry and the title");
    }
}
