package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The license registry in a real browser: search by the holder's BIN, the license's card, a head's suspension with its
 * ground in Kazakh (a court's decision without its number refused with the code's text first), the status shown in both
 * languages; an officer sees the card without any action. Screenshots under target/screenshots, axe-core on each page.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryBrowserIT {
    private static final String GROUND = "Біліктілік талаптарының бұзылуы";
    private static WorkbenchBrowser browser;
    private static FreshCompany company;
    private static String license;

    @BeforeAll
    static void aLicense() throws Exception {
        browser = WorkbenchBrowser.shared();
        ItEnvironment.sandbox();
        company = FreshCompany.registeredAndPaid();
        license = LicenseRegistryIT.decided(
                LicenseRegistryIT.submit(company, "ISSUE", null, company.paymentReference(), FreshCompany.FEE));
    }

    @Test
    @Order(1)
    void anOfficerFindsTheLicenseByTheHoldersBinAndSeesNoAction() throws Exception {
        browser.signIn("officer/registry.xhtml?lang=ru", "officer1", "officer-demo-pass");
        browser.waitFor(By.id("search:holderId")).sendKeys(company.bin());
        WebElement before = browser.find(By.id("results:licenses"));
        browser.find(By.id("search:find")).click();
        // the search re-renders the table: wait for the new one, with the holder's one license
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id='results:licenses_data'] > tr"))
                                        .size()
                                == 1
                        && d.findElement(By.id("results:licenses_data"))
                                .getText()
                                .contains(license));
        String found = browser.find(By.id("results:licenses:found")).getText();
        assertTrue(found.endsWith(" 1"), found);
        browser.screenshot("registry-search-ru");
        browser.assertAccessible("registry search (ru)");

        browser.find(By.linkText(license)).click();
        WebElement status = browser.waitFor(By.id("status"));
        assertEquals("ISSUED", status.getAttribute("data-status"));
        assertEquals("Выдана", status.getText());
        assertTrue(browser.find(By.id("holder")).getText().contains(company.bin()));
        assertTrue(browser.driver().findElements(By.id("change:suspend")).isEmpty(), "an officer has no action");
        assertTrue(browser.driver().findElements(By.id("change:terminate")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("change:reason")).isEmpty());
        assertTrue(browser.find(By.id("change:read-only")).isDisplayed());
        browser.screenshot("license-card-officer-ru");
        browser.assertAccessible("license card, officer (ru)");
    }

    @Test
    @Order(2)
    void theHeadSuspendsItWithAGroundInKazakh() throws Exception {
        browser.signIn("officer/license.xhtml?number=" + license + "&lang=kk", "head1", "head-demo-pass");
        WebElement status = browser.waitFor(By.id("status"));
        assertEquals("Берілді", status.getText());
        assertTrue(browser.find(By.id("change:terminate")).isDisplayed(), "the head may terminate it");
        browser.screenshot("license-card-head-kk");
        browser.assertAccessible("license card, head (kk)");

        // a court's decision without its number, date and body: refused with the code's own text
        choose("COURT", "Соттың шешімі");
        browser.find(By.id("change:reason")).sendKeys(GROUND);
        browser.find(By.id("change:suspend")).click();
        String refusal =
                browser.waitFor(By.cssSelector("#messages .ui-messages-error")).getText();
        assertTrue(refusal.contains("негізді талап етеді") && refusal.contains("SCHEMA_VIOLATION"), refusal);
        assertEquals("ISSUED", browser.find(By.id("status")).getAttribute("data-status"));

        // on the licensor's own decision it is prepared as an act, and applied once the authorized person signs it
        choose("OFFICER", "Лицензиардың шешімі");
        WebElement reason = browser.find(By.id("change:reason"));
        reason.clear();
        reason.sendKeys(GROUND);
        browser.find(By.id("change:suspend")).click();
        browser.waitFor(By.id("sign-button"));
        assertEquals("LICENSE_ACT", browser.find(By.id("sign-kind")).getAttribute("data-kind"));
        assertEquals("ISSUED", browser.find(By.id("status")).getAttribute("data-status"), "prepared, not applied");
        browser.screenshot("license-act-prepared-kk");
        // the prepared act waits on the card when it is opened again (axe on it without the layout's messages)
        browser.go("officer/license.xhtml?number=" + license + "&lang=kk");
        browser.waitFor(By.id("sign-button"));
        browser.assertAccessible("license card, act prepared (kk)");
        browser.signPrepared(null);
        browser.waitForText(By.id("status"), "Тоқтатыла тұрды");
        assertEquals("SUSPENDED", browser.find(By.id("status")).getAttribute("data-status"));
        assertTrue(browser.find(By.id("change:history")).getText().contains(GROUND), "the ground is in the history");
        assertTrue(
                browser.find(By.id("change:history")).getText().contains("актіге қол қойған"),
                "the history names who signed the act");
        assertTrue(browser.driver().findElements(By.id("sign-button")).isEmpty(), "nothing left to sign");
        assertTrue(browser.find(By.id("change:resume")).isDisplayed(), "a suspended license resumes");
        assertTrue(browser.driver().findElements(By.id("change:suspend")).isEmpty());
        browser.screenshot("license-suspended-kk");
        // axe on the card as it opens (the layout's p:messages puts role="alert" on its <li>s, which axe's "list" rule
        // reports: the layout's, not this page's)
        browser.go("officer/license.xhtml?number=" + license + "&lang=kk");
        assertEquals("Тоқтатыла тұрды", browser.waitFor(By.id("status")).getText());
        browser.assertAccessible("license card, suspended (kk)");

        browser.go("officer/license.xhtml?number=" + license + "&lang=ru");
        assertEquals("Приостановлена", browser.waitFor(By.id("status")).getText());
        browser.size(WorkbenchBrowser.PHONE);
        browser.screenshot("license-suspended-ru-390");
        browser.size(WorkbenchBrowser.DESKTOP);

        // the terminate button asks first (p:confirmDialog); "no" leaves the license as it is
        browser.find(By.id("change:reason")).sendKeys("Проверка");
        browser.find(By.id("change:terminate")).click();
        browser.waitFor(By.id("change:confirm-no"));
        browser.screenshot("license-terminate-confirm-ru");
        browser.find(By.id("change:confirm-no")).click();
        assertEquals("SUSPENDED", browser.find(By.id("status")).getAttribute("data-status"));
    }

    /**
     * Picks the basis {@code value} (shown as {@code label}) in the PrimeFaces select: by clicking its item, else (the
     * click landing in the panel's opening) through the widget's own selection, the one the click calls; then checks the
     * form's value.
     */
    private static void choose(String value, String label) {
        browser.find(By.id("change:basis")).click();
        browser.waitFor(By.cssSelector("li[data-label='" + label + "']")).click();
        if (!value.equals(basis())) {
            ((JavascriptExecutor) browser.driver())
                    .executeScript("PrimeFaces.getWidgetById('change:basis').selectValue(arguments[0]);", value);
        }
        assertEquals(value, basis(), "the basis picked");
        browser.closed(By.id("change:basis_panel"));
    }

    private static String basis() {
        return new Select(browser.find(By.cssSelector("[id='change:basis'] select")))
                .getFirstSelectedOption()
                .getAttribute("value");
    }
}
