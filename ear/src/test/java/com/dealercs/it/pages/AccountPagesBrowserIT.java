package com.dealercs.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.PortalBrowser;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The administrator's account page and every user's password page in a real browser: an
 * administrator finds an account, changes its role, disables, enables and resets it; the user signs
 * in with the temporary password, is held on the password page, changes the password and goes on.
 */
class AccountPagesBrowserIT extends DeployedApplication {

    private PortalBrowser browser;

    @AfterEach
    void close(TestInfo test) {
        PortalBrowser.closeAfter(browser, "accounts-last-", test);
    }

    @Test
    void anAdministratorRunsAnAccountAndTheUserChangesTheResetPassword() throws IOException {
        Account user = Api.createAccount("SUPERVISOR", null);
        browser = PortalBrowser.open();
        browser.signIn(Api.admin());
        browser.get("/admin/users.xhtml");
        assertTrue(browser.text(By.id("mainMenu")).contains("修改密码"), "the account group of the menu");

        // search
        browser.type("accountsForm:searchText", user.username());
        browser.driver.findElement(By.id("accountsForm:search")).click();
        browser.patiently(30).until(d -> d.findElement(By.id("accountsForm:accountCount")).getText().equals("1"));
        assertTrue(browser.text(By.id("accountsForm:accounts")).contains(user.username()));
        browser.screenshot("admin-users-search");

        // edit: another role
        browser.driver.findElement(By.id("accountsForm:accounts:0:edit")).click();
        browser.waitFor(By.id("editForm:role"));
        browser.choose("editForm:role", "管理层");
        browser.driver.findElement(By.id("editForm:save")).click();
        browser.waitForText(By.id("editForm:editMessages"), "已修改", 30);
        assertEquals("EXECUTIVE", Api.get("/api/v1/users/me", user.username(), user.password()).json().get("role").asText());

        // disable, enable
        browser.driver.findElement(By.id("editForm:disable")).click();
        browser.waitForText(By.id("editForm:editMessages"), "已停用", 30);
        assertEquals(401, Api.get("/api/v1/users/me", user.username(), user.password()).status());
        browser.waitFor(By.id("editForm:enable")).click();
        browser.waitForText(By.id("editForm:editMessages"), "已启用", 30);
        assertEquals(200, Api.get("/api/v1/users/me", user.username(), user.password()).status());

        // reset: the temporary password shown once
        browser.waitFor(By.id("editForm:reset")).click();
        String temporary = browser.text(By.id("temporaryPasswordValue")).strip();
        assertTrue(temporary.length() >= 12, temporary);
        assertTrue(browser.text(By.id("accountsForm:accounts")).contains("须修改密码"));
        browser.screenshot("admin-users-reset");
        browser.switchToEnglish();
        browser.type("accountsForm:searchText", user.username());
        browser.driver.findElement(By.id("accountsForm:search")).click();
        browser.patiently(30).until(d -> d.findElement(By.id("accountsForm:accountCount")).getText().equals("1"));
        browser.driver.findElement(By.id("accountsForm:accounts:0:edit")).click();
        browser.waitForText(By.id("editForm"), "Reset password", 30);
        browser.screenshot("admin-users-en");
        assertEquals(401, Api.get("/api/v1/users/me", user.username(), user.password()).status(), "the old one is gone");

        // the user: every page leads to the password page until it is changed
        browser.driver.manage().deleteAllCookies();
        browser.get("/login.xhtml");
        browser.submitLogin(new Account(user.username(), temporary, "EXECUTIVE", null));
        browser.waitFor(By.id("passwordForm:currentPassword"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/account/password.xhtml"), browser.driver.getCurrentUrl());
        assertTrue(browser.text(By.id("passwordForm:mustChange")).contains("管理员已重置"));
        browser.screenshot("account-password-forced");
        browser.get("/hq/scorecards.xhtml");
        browser.waitFor(By.id("passwordForm:currentPassword"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/account/password.xhtml"), browser.driver.getCurrentUrl());

        // a weak one refused beside its field, in words
        browser.type("passwordForm:currentPassword", temporary);
        browser.type("passwordForm:newPassword", "password1234");
        browser.type("passwordForm:confirmation", "password1234");
        browser.driver.findElement(By.id("passwordForm:change")).click();
        String refused = browser.waitForText(By.id("passwordForm"), "常见", 30);
        assertFalse(refused.contains("password1234"), "no password echoed");
        browser.screenshot("account-password-refused");

        String mine = "my-own-" + java.util.UUID.randomUUID();
        // a fresh form (after the refusal Chromium no longer let the fields be typed into in headless runs)
        browser.get("/account/password.xhtml");
        browser.type("passwordForm:currentPassword", temporary);
        browser.type("passwordForm:newPassword", mine);
        browser.type("passwordForm:confirmation", mine);
        browser.driver.findElement(By.id("passwordForm:change")).click();
        browser.waitForText(By.id("passwordForm"), "您的密码已修改", 30);
        browser.screenshot("account-password-changed");
        browser.driver.findElement(By.id("continue")).click();
        browser.waitFor(By.id("homeTitle"));
        assertEquals(200, Api.get("/api/v1/years", user.username(), mine).status());

        // the page as every user reaches it from the menu, in English and on a phone
        browser.get("/account/password.xhtml");
        browser.waitFor(By.id("passwordForm:currentPassword"));
        assertTrue(browser.driver.findElements(By.id("passwordForm:mustChange")).isEmpty(), "no reset pending");
        browser.switchToEnglish();
        browser.waitForText(By.id("pageTitle"), "Change password", 30);
        browser.screenshot("account-password-en");
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.get("/account/password.xhtml");
        browser.waitFor(By.id("passwordForm:currentPassword"));
        browser.screenshot("account-password-390-en");
        browser.driver.findElement(By.id("languageForm:zh")).click();
        browser.waitForText(By.id("pageTitle"), "修改密码", 30);
        browser.screenshot("account-password-390");
    }
}
