package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import kz.elicensing.sandbox.portal.SendResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The officer page in a real headless Chromium (Debian's chromium + chromedriver): sign in, approve, in Kazakh. */
@ExtendWith(ArquillianExtension.class)
class OfficerPageBrowserIT {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void browser() throws Exception {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must have chromium and chromium-driver (.ci/run installs them)");
        }
        Assumptions.assumeTrue(installed, "apt-get install chromium chromium-driver to run the browser test");
        ItEnvironment.sandbox();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void wrongPasswordIsRefusedInKazakh() {
        browser.manage().deleteAllCookies();
        browser.get(ItEnvironment.BASE_URL + "officer?lang=kk");
        browser.findElement(By.id("j_username")).sendKeys("officer1");
        browser.findElement(By.id("j_password")).sendKeys("wrong");
        browser.findElement(By.id("login")).click();
        String error = wait(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")))
                .getText();
        assertTrue(error.contains("Авторизациядан бас тарту"), error);
    }

    @Test
    void anOfficerApprovesAnApplicationInKazakh() throws Exception {
        SendResult receipt = ItEnvironment.portal()
                .submitApplication(ItEnvironment.sign(
                        ItEnvironment.companyApplication(),
                        ItEnvironment.sandbox().demo().company()));
        String number = ItEnvironment.element(receipt.dataXml(), "applicationNumber");
        ItEnvironment.awaitStatus(number, "IN_REVIEW", Duration.ofSeconds(60));

        browser.manage().deleteAllCookies();
        browser.get(ItEnvironment.BASE_URL + "officer?lang=kk");
        browser.findElement(By.id("j_username")).sendKeys("officer1");
        browser.findElement(By.id("j_password")).sendKeys("officer-demo-pass");
        browser.findElement(By.id("login")).click();

        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("app-" + number)));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Қараудағы өтініштер"));
        assertTrue(browser.getPageSource().contains("ТОО «Қорғау-Сервис»"), "Kazakh letters survive to the page");
        browser.findElement(By.id("approve-" + number)).click();

        String result = wait(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("result")))
                .getText();
        assertTrue(result.matches(".*KZ\\d{2}LAA\\d{8} лицензиясы берілді.*"), result);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "officer-approved.png"), StandardCopyOption.REPLACE_EXISTING);
        ItEnvironment.awaitStatus(number, "ISSUED", Duration.ofSeconds(5));
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }
}
