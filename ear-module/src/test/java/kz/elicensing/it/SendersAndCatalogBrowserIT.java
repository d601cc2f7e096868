package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import kz.elicensing.sandbox.pki.DemoIdentities;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Administration in a real browser (issue 14 item 7): an administrator registers a sending system on
 * {@code admin/senders.xhtml} (Russian) and changes a service's term on {@code admin/catalog.xhtml} (Kazakh); each change
 * is in effect (the admin API shows it), recorded with the admin's login (admin_change), refused with the error's own
 * text when wrong; axe-core finds no serious violation on either page; screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class SendersAndCatalogBrowserIT {
    private static WorkbenchBrowser browser;

    @BeforeAll
    static void browser() throws Exception {
        ItEnvironment.sandbox();
        browser = WorkbenchBrowser.shared();
    }

    @Test
    void anAdministratorRegistersASenderInRussian() throws Exception {
        String id = "BROWSER_SENDER_" + System.nanoTime();
        browser.signIn("admin/senders.xhtml?lang=ru", "admin", "admin-demo-pass");
        browser.waitForText(By.id("page-title"), "Отправители");
        browser.waitForText(By.id("senders-form:senders"), "PORTAL");
        browser.screenshot("admin-senders-ru");
        browser.assertAccessible("senders (ru)");

        // a wrong BIN: refused with the error's own text, the dialog stays open
        openRegisterDialog();
        browser.assertAccessible("sender dialog (ru)");
        fill("sender-form:senderId", id);
        fill("sender-form:password", "browser-sender-pass");
        fill("sender-form:bin", "150140000013");
        browser.find(By.id("sender-form:save")).click();
        browser.waitForText(By.id("sender-form:sender-messages"), "Неверный БИН");
        browser.screenshot("admin-senders-refused-ru");

        // the password is never sent back to the browser: typed again
        fill("sender-form:password", "browser-sender-pass");
        fill("sender-form:bin", DemoIdentities.PORTAL_BIN);
        fill("sender-form:cn", DemoIdentities.PORTAL_CN);
        check("sender-form:services", "ELICENSE_GetApplicationStatus");
        browser.screenshot("admin-senders-dialog-ru");
        browser.find(By.id("sender-form:save")).click();
        browser.waitForText(By.id("messages"), "Отправитель " + id + " зарегистрирован");
        browser.waitForText(By.id("senders-form:senders"), id);
        browser.screenshot("admin-senders-registered-ru");

        HttpResponse<String> shown =
                ApiClient.signIn("admin", "admin-demo-pass").get("api/admin/senders/" + id);
        assertEquals(200, shown.statusCode(), shown.body());
        JsonObject sender = ApiClient.object(shown);
        assertTrue(sender.getBoolean("enabled"));
        assertEquals(DemoIdentities.PORTAL_BIN, sender.getString("certificateBin"));
        assertEquals(
                "[\"ELICENSE_GetApplicationStatus\"]",
                sender.getJsonArray("services").toString());
        assertEquals("REGISTER", AdminChanges.actions("SENDER", id, "admin"), "recorded with the admin's login");
        // in effect: the sender may ask for statuses with the password chosen in the browser
        assertEquals(
                "SUCCESS",
                ItEnvironment.client(id, "browser-sender-pass")
                        .getStatusByApplicant("150140000012")
                        .statusCode());

        // disabled from the page
        browser.find(By.cssSelector("button.wb-disable[data-sender='" + id + "']"))
                .click();
        browser.waitForText(By.id("messages"), "Отправитель " + id + " отключён");
        JsonObject disabled =
                ApiClient.object(ApiClient.signIn("admin", "admin-demo-pass").get("api/admin/senders/" + id));
        assertEquals(JsonValue.FALSE, disabled.get("enabled"));
        assertEquals("REGISTER,DISABLE", AdminChanges.actions("SENDER", id, "admin"));
    }

    @Test
    void anAdministratorChangesATermInKazakh() throws Exception {
        browser.signIn("admin/catalog.xhtml?lang=kk&service=PESTICIDE_SALE", "admin", "admin-demo-pass");
        browser.waitForText(By.id("page-title"), "Қызметтер каталогы");
        String operations = text(browser.waitFor(By.id("catalog-form:operations")));
        assertTrue(operations.contains("Лицензия беру") && operations.contains("19 660,00 ₸"), operations);
        browser.screenshot("admin-catalog-kk");
        browser.assertAccessible("catalog (kk)");
        int before = termOfPesticideSale();

        browser.find(By.cssSelector("button.wb-edit-operation[data-operation='ISSUE']"))
                .click();
        browser.waitFor(By.id("entry-form:term"));
        browser.assertAccessible("operation dialog (kk)");
        fill("entry-form:term", "0");
        browser.find(By.id("entry-form:save")).click();
        browser.waitForText(By.id("entry-form:entry-messages"), "Мерзім 1-ден");
        browser.screenshot("admin-catalog-refused-kk");

        int changed = before + 5;
        fill("entry-form:term", String.valueOf(changed));
        browser.find(By.id("entry-form:save")).click();
        browser.waitForText(By.id("messages"), "PESTICIDE_SALE қызметінің каталогы өзгертілді");
        browser.waitForText(By.id("catalog-form:operations"), changed + " жұмыс күні");
        browser.screenshot("admin-catalog-changed-kk");
        browser.size(WorkbenchBrowser.PHONE);
        browser.screenshot("admin-catalog-phone-kk");
        browser.size(WorkbenchBrowser.DESKTOP);

        assertEquals(changed, termOfPesticideSale(), "in effect: the admin API shows the new term");
        assertTrue(
                AdminChanges.details("CATALOG", "PESTICIDE_SALE")
                        .contains("admin SET_OPERATION PESTICIDE_SALE ISSUE enabled=true term=" + changed),
                AdminChanges.details("CATALOG", "PESTICIDE_SALE"));

        // back as it was, for the tests that count on the demo's term
        HttpResponse<String> restored = ApiClient.signIn("admin", "admin-demo-pass")
                .post(
                        "api/admin/catalog/PESTICIDE_SALE/operations/ISSUE",
                        Map.of(
                                "enabled",
                                "true",
                                "term",
                                String.valueOf(before),
                                "unit",
                                "WORKING_DAYS",
                                "fee",
                                "19660.00"));
        assertEquals(200, restored.statusCode(), restored.body());
    }

    private static int termOfPesticideSale() throws Exception {
        for (JsonValue v : ApiClient.json(
                        ApiClient.signIn("admin", "admin-demo-pass").get("api/admin/catalog"))
                .asJsonArray()) {
            JsonObject o = v.asJsonObject();
            if (o.getString("service").equals("PESTICIDE_SALE")
                    && o.getString("operation").equals("ISSUE")) {
                return o.getInt("term");
            }
        }
        throw new AssertionError("no PESTICIDE_SALE ISSUE in the catalog");
    }

    private static void openRegisterDialog() {
        browser.find(By.id("senders-form:register")).click();
        browser.waitFor(By.id("sender-form:senderId"));
    }

    private static void fill(String id, String value) {
        WebElement input = browser.waitFor(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** Ticks the checkbox of {@code label} in a PrimeFaces selectManyCheckbox (by its visible label). */
    private static void check(String groupId, String label) {
        WebElement group = browser.find(By.id(groupId));
        WebElement option = group.findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().strip().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option " + label + " in " + groupId));
        option.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.elementToBeSelected(By.id(option.getAttribute("for"))));
    }

    private static String text(WebElement e) {
        return e.getText().replace('\u00a0', ' ');
    }
}
