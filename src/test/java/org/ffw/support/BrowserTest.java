package org.ffw.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of browser tests: a real headless Chromium, driven through ChromeDriver, against the application on the
 * shared test context (this is an {@link ApiTest}). Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} are used as they are — Selenium Manager never downloads anything. Without them the
 * tests are skipped, unless {@code -Dffw.browser.required=true} (CI), when they fail.
 *
 * <p>One browser per test class; every test starts signed out. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Every page a test opens, clicks to or photographs is checked for what users must never read
 * ({@link #assertWordsOnly}): an account name, a candidate group id, a code name of an enum or a form option, an
 * ISO timestamp or "null"; and every screenshot at 375 px checks that the page does not scroll sideways.
 *
 * <p>Every page a test opens, clicks to or photographs is also checked by axe-core ({@link #assertAccessible}, the
 * version pinned in package.json / package-lock.json, installed by {@code npm ci}): a serious or critical violation
 * fails the test. Pages not fixed yet are listed in {@link #AXE_NOT_YET}, which must shrink to empty.
 *
 * <p>And none may have met a refusal of the Content-Security-Policy ({@link #cspViolations}, Chromium's console).
 */
public abstract class BrowserTest extends ApiTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static ChromeDriver driver;
    private static Path profile;
    /** Why there is no browser, or null. */
    private static String unavailable;

    protected WebDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        // CI runs the browser tests on one leg (H2); the MariaDB leg skips them, and their Spring context with them
        Assumptions.assumeFalse(Boolean.getBoolean("ffw.browser.skip"),
                "browser tests skipped on this leg (-Dffw.browser.skip=true)");
        unavailable = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) ? null
                : "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver fonts-noto-cjk)";
        if (unavailable != null) {
            return; // each test is then skipped, or fails when the browser is required (see signedOut)
        }
        profile = Files.createTempDirectory("ffw-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the browser asks for Chinese (the pages' default), as a visitor in Shanghai would; a test switches to English
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--lang=zh-CN", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
        // headless Chromium asks for en-US whatever --lang says: ask for Chinese, the pages' default
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        // the console, where Chromium reports what the Content-Security-Policy refused (cspViolations)
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // a temporary profile left behind is harmless
            }
            profile = null;
        }
    }

    @BeforeEach
    void signedOut() {
        if (unavailable != null) {
            if (Boolean.getBoolean("ffw.browser.required")) {
                Assertions.fail(unavailable + ", and ffw.browser.required=true");
            }
            Assumptions.abort(unavailable + " — skipped");
        }
        browser = driver;
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
        assertWordsOnly();
    }

    /** Signs in through the login form (and lands on the home page). */
    protected void login(String username) {
        browser.manage().deleteAllCookies();
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), "demo");
        browser.findElement(By.id("login-submit")).click();
        waitFor(By.id("display-name"));
        assertWordsOnly();
    }

    protected WebElement waitFor(By by) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected void waitGone(By by) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    protected void waitUrl(String fragment) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains(fragment));
    }

    protected WebElement find(By by) {
        return browser.findElement(by);
    }

    protected List<WebElement> findAll(By by) {
        return browser.findElements(by);
    }

    protected void type(By by, String text) {
        WebElement e = browser.findElement(by);
        e.clear();
        e.sendKeys(text);
    }

    /** Sets an input's value directly (date inputs, whose typing format depends on the browser's locale). */
    protected void setValue(By by, String value) {
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", browser.findElement(by), value);
    }

    protected boolean visible(By by) {
        return browser.findElement(by).isDisplayed();
    }

    protected void select(By by, String value) {
        new Select(browser.findElement(by)).selectByValue(value);
    }

    /** Submits the form an element belongs to by clicking the element, and waits for the next page. */
    protected void clickAndWait(By by) {
        WebElement e = browser.findElement(by);
        try {
            e.click();
        } catch (org.openqa.selenium.WebDriverException raced) { // stale, or "does not belong to the document"
            // the page was still laying itself out (after a screenshot's resize): find the element again, once
            if (raced instanceof org.openqa.selenium.TimeoutException) {
                throw raced;
            }
            // the wait itself may meet the same race: it looks the element up afresh until one click lands
            e = new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
                WebElement again = d.findElement(by);
                again.click();
                return again;
            });
        }
        WebElement clicked = e;
        new WebDriverWait(browser, WAIT).until(d -> gone(clicked));
        new WebDriverWait(browser, WAIT).until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        assertWordsOnly();
    }

    /**
     * Whether the element left the page: stale, or — when the new page replaced it while Chromium was still asking —
     * "does not belong to the document" (which {@code ExpectedConditions.stalenessOf} does not count as gone).
     */
    private static boolean gone(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException w) {
            if (String.valueOf(w.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw w;
        }
    }

    protected String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /**
     * The visible text of the page (options of selects included; the services' English reasons in small print
     * excluded) holds nothing a user must not read: an account name (the demo accounts'), a candidate group id
     * (inspector-310115), a code name (an enum constant of the domain, a form option value, a timeline action), an
     * ISO timestamp, a Java date, or "null". Called for every page a browser test opens.
     */
    protected void assertWordsOnly() {
        assertThat(cspViolations()).as("Content-Security-Policy violations on " + browser.getCurrentUrl()).isEmpty();
        assertAccessible();
        String text = (String) driver.executeScript("""
                var text = document.body.innerText;
                document.querySelectorAll('.small-print').forEach(function (e) { text = text.split(e.innerText).join(' '); });
                document.querySelectorAll('option').forEach(function (o) { text += '\\n' + o.text; });
                return text;""");
        String where = browser.getCurrentUrl();
        boolean english = "en".equals(driver.executeScript("return document.documentElement.lang"));
        assertThat(RawStrings.find(text, english)).as("raw strings on " + where + ":\n" + text).isEmpty();
    }

    /**
     * What the page's Content-Security-Policy refused since the last call (an inline script or handler, eval, a
     * resource or form target from another origin), as Chromium reported it on the console; reading empties it.
     * {@link #assertWordsOnly} fails on any, so every browser test runs with the policy in force.
     */
    protected List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /** axe-core, from node_modules (npm ci); null when it is not installed. */
    private static String axe;

    /**
     * Paths (a prefix of the path, without the query) whose serious axe violations are known and not fixed yet on this
     * branch: rule ids allowed there. Must shrink to empty; nothing is added to weaken the rule for a page one owns.
     */
    static final java.util.Map<String, Set<String>> AXE_NOT_YET = java.util.Map.of();

    /**
     * Runs axe-core on the page (WCAG 2.1 A/AA rules) and fails on any serious or critical violation — contrast,
     * labels, names of buttons and links, landmarks, headings, ARIA. Without node_modules/axe-core (no {@code npm ci})
     * it fails when the browser is required (CI) and is skipped otherwise.
     */
    @SuppressWarnings("unchecked")
    protected void assertAccessible() {
        if (axe == null) {
            Path file = Path.of("node_modules", "axe-core", "axe.min.js");
            if (!Files.exists(file)) {
                assertThat(Boolean.getBoolean("ffw.browser.required")).as("axe-core is missing: run npm ci").isFalse();
                return;
            }
            try {
                axe = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Object injected = driver.executeScript("return typeof window.axe !== 'undefined'");
        if (!Boolean.TRUE.equals(injected)) {
            driver.executeScript(axe);
        }
        Object result = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                                   resultTypes: ['violations']})
                  .then(function (r) {
                    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                      .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' — '
                        + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(' | '); }));
                  })
                  .catch(function (e) { done(['axe failed: ' + e]); });""");
        List<String> violations = new java.util.ArrayList<>((List<String>) result);
        String path = java.net.URI.create(browser.getCurrentUrl()).getPath();
        AXE_NOT_YET.forEach((prefix, rules) -> {
            if (path.startsWith(prefix)) {
                violations.removeIf(v -> rules.contains(v.substring(0, v.indexOf(' '))));
            }
        });
        assertThat(violations).as("axe-core: serious or critical accessibility violations on " + path).isEmpty();
    }

    /**
     * Saves PNGs of the whole page at desktop and phone width: target/screenshots/{name}.png (1280 px) and
     * {name}-375.png (375 px). Open them and look before calling a page done.
     */
    protected Path screenshot(String name) {
        return screenshot(name, true);
    }

    /** As {@link #screenshot(String)}; a page that pans by design (a diagram) may skip the sideways check. */
    protected Path screenshot(String name, boolean phoneWidthFits) {
        assertWordsOnly();
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = shoot(name + ".png", 1280);
            shoot(name + "-375.png", 375);
            Object overflow = driver.executeScript("var e = document.documentElement; return e.scrollWidth - e.clientWidth;");
            assertThat(phoneWidthFits ? ((Number) overflow).intValue() : 0).as(name + " at 375 px scrolls sideways by this many pixels: "
                    + "a table or a line too wide for a phone").isLessThanOrEqualTo(0);
            driver.manage().window().setSize(new Dimension(1280, 1000));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path shoot(String filename, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 1000));
        Object height = driver.executeScript("return document.documentElement.scrollHeight");
        int h = Math.min(4000, Math.max(800, ((Number) height).intValue()));
        driver.manage().window().setSize(new Dimension(width, h));
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path file = SCREENSHOTS.resolve(filename);
        Files.write(file, png);
        assertThat(png.length).isGreaterThan(1000);
        return file;
    }
}
