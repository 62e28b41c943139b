package com.dealercs.it;

import com.dealercs.it.Api.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through the portal as a person would: sign in, choose from
 * PrimeFaces selects, wait out AJAX updates, take screenshots (into {@code cs.screenshots}) for a
 * person to look at. {@link #open()} skips the test, saying so, where Chromium is not installed.
 */
final class Chromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    /** Where the browser saves what it downloads (exports). */
    final Path downloads;

    private Chromium(WebDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    static Chromium open() throws IOException {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available) {
            System.out.println("Browser test SKIPPED: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are needed (Debian packages chromium and chromium-driver; .ci/run installs them)");
        }
        Assumptions.assumeTrue(available, "Chromium and chromedriver are not installed");
        Path profile = Files.createTempDirectory("chromium-profile");
        Path downloads = Files.createTempDirectory("chromium-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Chromium(driver, downloads);
    }

    /** Opens a page of the portal (a path such as {@code /admin/policy.xhtml}). */
    void get(String path) {
        driver.get(DeployedApplication.baseUrl() + path);
    }

    /** Signs in on the login page, opening it first when another page shows. */
    void signIn(Account account) {
        if (driver.findElements(By.id("loginForm:username")).isEmpty()) {
            get("/login.xhtml");
        }
        waitFor(By.id("loginForm:username")).sendKeys(account.username());
        driver.findElement(By.id("loginForm:password")).sendKeys(account.password());
        driver.findElement(By.id("loginForm:submit")).click();
    }

    /** Signs out by forgetting the session cookie, so the next {@link #signIn} starts afresh. */
    void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** Switches the portal's language with the switch in its header ({@code en} or {@code zh}). */
    void language(String language) {
        String before = driver.findElement(By.tagName("html")).getAttribute("lang");
        driver.findElement(By.id("languageForm:" + language)).click();
        patiently(20).until(d -> !d.findElement(By.tagName("html")).getAttribute("lang").equals(before));
    }

    /** Picks an option of a PrimeFaces select, opening it (again) until the choice shows. */
    void choose(String selectId, String label) {
        By option = By.cssSelector("[id='" + selectId + "_items'] li[data-label='" + label + "']");
        patiently(20).until(d -> {
            if (d.findElement(By.id(selectId + "_label")).getText().equals(label)) {
                return true;
            }
            // PrimeFaces builds the option list when the select first opens
            List<WebElement> items = d.findElements(option);
            if (items.isEmpty() || !items.get(0).isDisplayed()) {
                d.findElement(By.id(selectId)).click();
            } else {
                items.get(0).click();
            }
            return false;
        });
    }

    /** Replaces the text of an input. */
    void type(String id, String text) {
        WebElement input = waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** A wait that looks again when an AJAX update replaced the element it was reading. */
    WebDriverWait patiently(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement waitFor(By locator) {
        return patiently(30).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element's text contains the given text; answers the text. */
    String waitForText(By locator, String part) {
        patiently(30).until(d -> d.findElement(locator).getText().contains(part));
        return driver.findElement(locator).getText();
    }

    /** Waits for a finished download whose name ends so; answers its path. */
    Path downloaded(String suffix) {
        Path[] found = new Path[1];
        patiently(60).until(d -> {
            try (var files = Files.list(downloads)) {
                found[0] = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                return found[0] != null;
            } catch (IOException e) {
                return false;
            }
        });
        return found[0];
    }

    String pageSource() {
        return driver.getPageSource();
    }

    void screenshot(String name) {
        try {
            Path directory = Path.of(System.getProperty("cs.screenshots", "target/screenshots"));
            Files.createDirectories(directory);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError("Cannot save the screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
