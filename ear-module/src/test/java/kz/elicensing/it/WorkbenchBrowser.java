package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
 * A headless Debian Chromium driving the workbench like a person: sign in, open a page, wait for an element, take a
 * screenshot under {@code target/screenshots}, check accessibility with axe-core (no serious or critical violation).
 * One Chromium serves every browser IT of the run ({@link #shared()}).
 */
final class WorkbenchBrowser {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final Dimension DESKTOP = new Dimension(1366, 768);
    static final Dimension PHONE = new Dimension(390, 844);

    private final WebDriver driver;

    private WorkbenchBrowser(WebDriver driver) {
        this.driver = driver;
    }

    /** The one browser of this JVM, started at first use and quit when the JVM ends. */
    private static WorkbenchBrowser shared;

    /**
     * The browser of this IT run (one Chromium for every browser IT), handed over clean: no cookies (nobody signed
     * in), 1366×768, a blank page; started again if it died. Skipped where Chromium is not installed, except on CI,
     * which must have it.
     */
    static synchronized WorkbenchBrowser shared() throws IOException {
        if (shared != null && !shared.alive()) {
            shared.quit();
            shared = null;
        }
        if (shared == null) {
            shared = start();
            WorkbenchBrowser started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
        }
        shared.driver.get("about:blank");
        // every cookie of every site (deleteAllCookies would clear only the current page's)
        ((ChromeDriver) shared.driver).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        shared.size(DESKTOP);
        return shared;
    }

    private static WorkbenchBrowser start() throws IOException {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must have chromium and chromium-driver (.ci/run installs them)");
        }
        Assumptions.assumeTrue(installed, "apt-get install chromium chromium-driver to run the browser tests");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                // the sandbox's NCALayer answers on wss://127.0.0.1 with a certificate of the sandbox CA (issue 15)
                "--ignore-certificate-errors",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=ru",
                "--window-size=1366,768",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
        return new WorkbenchBrowser(driver);
    }

    private boolean alive() {
        try {
            driver.getWindowHandle();
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    private void quit() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // already gone
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application (e.g. {@code officer/index.xhtml?lang=kk}). */
    WorkbenchBrowser go(String path) {
        driver.get(ItEnvironment.BASE_URL + path);
        return this;
    }

    /** Signs out whoever is signed in, opens {@code path} (which asks for sign-in) and signs in as {@code user}. */
    WorkbenchBrowser signIn(String path, String user, String password) {
        driver.manage().deleteAllCookies();
        go(path);
        WebElement name = waitFor(By.id("j_username"));
        name.sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        waitFor(By.id("signed-in-as"));
        return this;
    }

    /** Waits (20 s at most) until the element is visible and returns it. */
    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element's text contains {@code text}; returns the element. */
    WebElement waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    /**
     * Waits until a PrimeFaces overlay (a menu's list, a date picker's calendar, a dialog) has closed after the choice.
     * PrimeFaces hides it with a CSS transition and waits for its {@code transitionend}, which on a loaded machine
     * headless Chromium sometimes never fires, so the overlay stays open; so a transition under way is ended here, and
     * the widget that owns the overlay (its panel, {@code <widget id>_panel}, or its own element) is asked to close
     * with animations off. An overlay no longer in the page counts as closed.
     */
    void closed(By overlay) {
        List<WebElement> found = driver.findElements(overlay);
        if (!found.isEmpty()) {
            try {
                ((JavascriptExecutor) driver)
                        .executeScript(
                                "var el = arguments[0]; if (!window.PrimeFaces || !window.jQuery) { return; }"
                                        + " jQuery(el).trigger('transitionend');"
                                        + " var animated = PrimeFaces.animationEnabled;"
                                        + " PrimeFaces.utils.disableAnimations();"
                                        + " try { for (var k in PrimeFaces.widgets) { var w = PrimeFaces.widgets[k];"
                                        + " try { if (w && typeof w.hide === 'function'"
                                        + " && ((w.panel && w.panel[0] === el) || (w.jq && w.jq[0] === el)"
                                        + " || (w.id && el.id === w.id + '_panel'))) { w.hide(); } } catch (e) { } } }"
                                        + " finally { if (animated) { PrimeFaces.utils.enableAnimations(); } }",
                                found.get(0));
            } catch (StaleElementReferenceException e) {
                // re-rendered meanwhile: the wait below decides
            }
        }
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(overlay));
    }

    /**
     * Picks the item whose label starts with {@code labelPrefix} in the PrimeFaces select {@code menuId}: by clicking
     * it, else (under load the click can land while the panel is still opening, and is lost) through the widget's own
     * {@code selectValue}, the call the click makes; checks the form's value and waits for the panel to close.
     */
    WorkbenchBrowser choose(String menuId, String labelPrefix) {
        find(By.id(menuId)).click();
        waitFor(By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label^='" + labelPrefix + "']"))
                .click();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String value = (String) js.executeScript(
                "var s = document.getElementById(arguments[0] + '_input');"
                        + " for (var i = 0; i < s.options.length; i++) {"
                        + " if (s.options[i].text.indexOf(arguments[1]) === 0) { return s.options[i].value; } }"
                        + " return null;",
                menuId,
                labelPrefix);
        if (value == null) {
            throw new AssertionError("no item " + labelPrefix + "… in " + menuId);
        }
        String chosen = "return document.getElementById(arguments[0] + '_input').value;";
        if (!value.equals(js.executeScript(chosen, menuId))) {
            js.executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        }
        if (!value.equals(js.executeScript(chosen, menuId))) {
            throw new AssertionError(menuId + ": " + labelPrefix + "… not chosen");
        }
        closed(By.id(menuId + "_panel"));
        return this;
    }

    /**
     * The authorized person signs the prepared result on the case page through the sandbox's NCALayer, picking the key
     * {@code alias} in its dialog (null: the first key of the licensor's BIN, its authorized person).
     */
    WorkbenchBrowser signPrepared(String alias) {
        if (alias != null) {
            ItEnvironment.ncalayer().pick(alias);
        }
        waitFor(By.id("sign-button")).click();
        return this;
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    String source() {
        return driver.getPageSource();
    }

    /** Sets the window size (e.g. {@link #PHONE}); the page is not reloaded. */
    WorkbenchBrowser size(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    /** Saves a screenshot as {@code target/screenshots/<name>.png} for a reviewer. */
    Path screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Path to = dir.resolve(name + ".png");
        Files.copy(shot, to, StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    /** Runs axe-core (WCAG 2 A/AA rules) on the page; fails on any serious or critical violation, naming them. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertTrue(
                bad.isEmpty(),
                page + ": axe-core found "
                        + bad.stream()
                                .map(v -> v.getId() + " (" + v.getImpact() + ", "
                                        + v.getNodes().size() + " nodes: "
                                        + v.getNodes().stream()
                                                .limit(3)
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining("; "))
                                        + ")")
                                .collect(Collectors.joining(", ")));
    }
}
