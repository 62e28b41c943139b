package com.dealercs.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.PortalBrowser;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * "My API tokens" in a real browser: a dealer on a 390 px phone creates a token, sees its secret
 * once (it works over the API), revokes it with confirmation (it stops working); in Chinese and in
 * English. An administrator sees everyone's tokens there.
 */
class ApiTokenPagesBrowserIT extends DeployedApplication {

    private PortalBrowser browser;

    @AfterEach
    void close(TestInfo test) {
        PortalBrowser.closeAfter(browser, "tokens-", test);
    }

    private static int me(String token) {
        return Api.send("GET", "/api/v1/users/me", null, null, Map.of("Authorization", "Bearer " + token), null).status();
    }

    @Test
    void aDealerCreatesATokenSeesItOnceAndRevokesIt() throws IOException {
        Account dealer = Api.createAccount("DEALER", "D0001");
        browser = PortalBrowser.open();
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.signIn(dealer);
        // the menu leads there
        WebElement link = browser.driver.findElement(By.cssSelector("#mainMenu a[href$='/account/tokens.xhtml']"));
        browser.driver.get(link.getAttribute("href"));
        assertEquals("API 令牌", browser.text(By.id("pageTitle")));
        browser.waitFor(By.id("tokensEmpty"));
        browser.screenshot("tokens-empty-zh-390");

        // nothing named: refused beside the field
        browser.type("tokenForm:name", " ");
        browser.driver.findElement(By.id("tokenForm:create")).click();
        browser.waitForText(By.id("tokenForm"), "请为令牌命名", 30);

        browser.type("tokenForm:name", "夜间导出");
        browser.driver.findElement(By.id("tokenForm:create")).click();
        WebElement secretBox = browser.waitFor(By.id("tokenForm:newSecret"));
        String token = secretBox.getAttribute("value");
        assertTrue(token.matches("dcs_[A-Za-z0-9_-]{43}"), token);
        assertTrue(browser.text(By.id("tokenSecret")).contains("只显示这一次"));
        browser.screenshot("tokens-created-zh-390");
        assertEquals(200, me(token), "the token shown works");
        Number pageWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth;");
        assertTrue(pageWidth.intValue() <= 390, "fits 390 px: " + pageWidth);

        // shown once: a fresh view of the page has the token listed, not its secret
        browser.get("/account/tokens.xhtml");
        WebElement card = browser.waitFor(By.cssSelector(".token-card[data-status='ACTIVE']"));
        assertTrue(card.getText().contains("夜间导出"), card.getText());
        assertTrue(browser.driver.findElements(By.id("tokenForm:newSecret")).isEmpty());
        assertFalse(browser.driver.getPageSource().contains(token.substring(4)), "the secret is nowhere on the page");

        // in English, revoked with confirmation
        browser.switchToEnglish();
        assertEquals("API tokens", browser.text(By.id("pageTitle")));
        browser.screenshot("tokens-list-en-390");
        String revokeId = browser.driver.findElement(By.cssSelector(".token-card[data-status='ACTIVE'] button[id$=':revoke']"))
                .getAttribute("id");
        browser.driver.findElement(By.id(revokeId)).click();
        browser.waitFor(By.id("tokenForm:confirmYes"));
        browser.screenshot("tokens-revoke-confirm-en-390");
        browser.driver.findElement(By.id("tokenForm:confirmYes")).click();
        browser.waitForText(By.id("tokenForm:messages"), "is revoked", 30);
        browser.waitFor(By.cssSelector(".token-card[data-status='REVOKED']"));
        browser.screenshot("tokens-revoked-en-390");
        assertEquals(401, me(token), "revoked at once");
    }

    @Test
    void anAdministratorSeesEveryonesTokens() throws IOException {
        Account supervisor = Api.createAccount("SUPERVISOR", null);
        String name = "HQ export " + System.nanoTime();
        assertEquals(201, Api.postJson("/api/v1/tokens", supervisor.username(), supervisor.password(),
                Map.of("name", name, "expiresOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString()))
                .status());
        browser = PortalBrowser.open();
        browser.signIn(Api.admin());
        browser.get("/account/tokens.xhtml");
        String list = browser.waitForText(By.id("tokenForm:tokenList"), name, 30);
        assertTrue(list.contains(supervisor.username()), "with its owner: " + list);
        assertTrue(browser.text(By.id("listTitle")).contains("所有用户"), browser.text(By.id("listTitle")));
        browser.screenshot("tokens-admin-zh");
        List<WebElement> cards = browser.driver.findElements(By.cssSelector(".token-card"));
        assertTrue(cards.size() >= 1);
    }
}
