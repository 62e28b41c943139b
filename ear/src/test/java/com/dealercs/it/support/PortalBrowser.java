package com.dealercs.it.support;

import com.dealercs.it.support.Api.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium on the portal, as the browser tests drive it: sign in through the login
 * page, wait patiently across AJAX updates, pick PrimeFaces select options, take screenshots into
 * {@code cs.screenshots}. Where Chromium or chromedriver is missing, a browser test is skipped,
 * saying so (and {@link BrowserSkipReport} says it again at the end of the run), unless browser
 * tests are required ({@code cs.browser.tests=required}, which CI sets through
 * {@code CS_BROWSER_TESTS=required}): then it fails.
 */
public final class PortalBrowser implements AutoCloseable {

    /** Where the browser and its driver are; the properties exist to prove the missing-browser paths. */
    private static final Path CHROMIUM = Path.of(System.getProperty("cs.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("cs.chromedriver", "/usr/bin/chromedriver"));
    /** The start of a skipped browser test's reason, which {@link BrowserSkipReport} looks for. */
    static final String SKIPPED = "Browser test skipped: ";

    public final WebDriver driver;
    private final Path profile;

    private PortalBrowser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether a missing browser fails the test (CI) rather than skipping it (a developer's machine). */
    public static boolean required() {
        return "required".equalsIgnoreCase(System.getProperty("cs.browser.tests", "").strip());
    }

    /** A browser on a fresh profile; without Chromium or chromedriver, a failure if required, else a skip. */
    public static PortalBrowser open() throws IOException {
        List<String> missing = new java.util.ArrayList<>();
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                missing.add(program.toString());
            }
        }
        if (!missing.isEmpty()) {
            String why = String.join(" and ", missing) + " not found (Debian packages chromium and chromium-driver;"
                    + " .ci/run installs them)";
            if (required()) {
                throw new AssertionError("Browser tests are required here (CS_BROWSER_TESTS=required), but " + why);
            }
            System.out.println(SKIPPED + why);
            Assumptions.abort(SKIPPED + why);
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        // downloads (an Excel export) land in the profile, without asking
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", profile.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new PortalBrowser(driver, profile);
    }

    /** Signs out whoever is signed in (a fresh session) and signs the account in. */
    public void signIn(Account account) {
        driver.manage().deleteAllCookies();
        driver.get(DeployedApplication.baseUrl() + "/login.xhtml");
        submitLogin(account);
        waitFor(By.id("homeTitle"));
    }

    /** Fills in and submits the login form of the page shown, and does not wait for what follows. */
    public void submitLogin(Account account) {
        waitFor(By.id("loginForm:username")).sendKeys(account.username());
        driver.findElement(By.id("loginForm:password")).sendKeys(account.password());
        driver.findElement(By.id("loginForm:submit")).click();
    }

    /** Replaces the text of an input. */
    public void type(String id, String text) {
        WebElement input = waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    public void get(String path) {
        driver.get(DeployedApplication.baseUrl() + path);
    }

    /**
     * A wait that looks again when an AJAX update replaced the element it was reading: a stale
     * element, or Chromium's other answer for the same moment, "node does not belong to the
     * document" (an unknown error, seen on CI while PrimeFaces replaced the messages).
     */
    public WebDriverWait patiently(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds)) {
            @Override
            public <V> V until(Function<? super WebDriver, ? extends V> condition) {
                return super.until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        if (leftTheDocument(e)) {
                            return null; // replaced while read: look again
                        }
                        throw e;
                    }
                });
            }
        };
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until the element (a form the click submitted) is gone: the next page is there. */
    public void awaitReplaced(WebElement element, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (leftTheDocument(e)) {
                    return true;
                }
                throw e;
            }
        });
    }

    static boolean leftTheDocument(WebDriverException e) {
        String message = e.getMessage();
        return message != null && message.contains("does not belong to the document");
    }

    public WebElement waitFor(By locator) {
        return patiently(30).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public String text(By locator) {
        return patiently(30).until(d -> d.findElement(locator).getText());
    }

    /** Waits until the element's text contains the piece; answers the text. */
    public String waitForText(By locator, String piece, int seconds) {
        return patiently(seconds).until(d -> {
            List<WebElement> found = d.findElements(locator);
            String text = found.isEmpty() ? "" : found.get(0).getText();
            return text.contains(piece) ? text : null;
        });
    }

    /** Picks an option of a PrimeFaces select by its label, opening it (again) until the choice shows. */
    public void choose(String selectId, String label) {
        By option = By.cssSelector("[id='" + selectId + "_items'] li[data-label='" + label + "']");
        patiently(20).until(d -> {
            if (d.findElement(By.id(selectId + "_label")).getText().equals(label)) {
                return true;
            }
            List<WebElement> items = d.findElements(option);
            if (items.isEmpty() || !items.get(0).isDisplayed()) {
                d.findElement(By.id(selectId)).click();
            } else {
                items.get(0).click();
            }
            return false;
        });
    }

    /** Clicks a button guarded by PrimeFaces' confirmation, then the dialog's "yes" button. */
    public void clickConfirmed(String buttonId, String yesId) {
        patiently(20).until(ExpectedConditions.elementToBeClickable(By.id(buttonId))).click();
        patiently(20).until(ExpectedConditions.elementToBeClickable(By.id(yesId))).click();
        patiently(20).until(ExpectedConditions.invisibilityOfElementLocated(By.id(yesId)));
    }

    public void switchToEnglish() {
        String before = text(By.id("pageTitle"));
        driver.findElement(By.id("languageForm:en")).click();
        patiently(20).until(d -> !d.findElement(By.id("pageTitle")).getText().equals(before));
    }

    public void screenshot(String name) {
        try {
            Path directory = Path.of(System.getProperty("cs.screenshots", "target/screenshots"));
            Files.createDirectories(directory);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError("Cannot save the screenshot " + name, e);
        }
    }

    /** Waits for a finished download whose name ends so; answers it. */
    public Path awaitDownload(String suffix, int seconds) {
        Path downloads = profile.resolve("downloads");
        return patiently(seconds).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null; // not there yet
            }
        });
    }

    /** Scrolls the element to the top of the window, below the sticky top bar (for a screenshot, a click). */
    public void scrollTo(By locator) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -120);", waitFor(locator));
    }

    /** The element reaching furthest past the window's right edge ("TAG#id.class"), or null: why a page scrolls sideways. */
    public Object widestOverflowing() {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("var w = null;"
                + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                + " if (r.right > window.innerWidth + 1 && (!w || r.right > w.r)) w = {r: r.right, e: e.tagName + '#' + e.id"
                + " + '.' + e.className}; }); return w && w.e;");
    }

    /** Scrolls a sideways-scrolling box to its right end. */
    public void scrollRight(String cssSelector) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelector(arguments[0]).scrollLeft = 100000;", cssSelector);
    }

    public void savePageSource(String name) {
        try {
            Path directory = Path.of(System.getProperty("cs.screenshots", "target/screenshots"));
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.out.println("Cannot save the page source " + name + ": " + e);
        }
    }

    /**
     * Ends a test's browser, keeping what it showed last as {@code prefix + test method} (.png and
     * .html): a failed test's page is there to look at. Nothing for a browser that never opened.
     */
    public static void closeAfter(PortalBrowser browser, String prefix, org.junit.jupiter.api.TestInfo test) {
        if (browser == null) {
            return;
        }
        try {
            String name = prefix + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
            browser.screenshot(name);
            browser.savePageSource(name);
        } finally {
            browser.close();
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }
}
