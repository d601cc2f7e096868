package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.sandbox.pki.DemoIdentities;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officer's worklist, case page and result in a real browser (issue 14, items 1-3): filters and paging, the whole
 * case of a portal and of a walk-in application, an approval ending in the license's PDF, a refusal needing its
 * motivation in both languages, a double click deciding once, an expired session coming back to the case, both
 * languages, axe-core, screenshots (target/screenshots/cases-*.png), a phone-width case page.
 */
@ExtendWith(ArquillianExtension.class)
class CaseWorkBrowserIT {
    private static final Duration CHECKS = Duration.ofSeconds(60);
    private static WorkbenchBrowser browser;

    @BeforeAll
    static void open() throws Exception {
        ItEnvironment.sandbox();
        browser = WorkbenchBrowser.shared();
    }

    /** The worklist's row of an application (its link carries the number as data-number). */
    private static By row(String number) {
        return By.xpath("//tbody[@id='wl:worklist_data']/tr[.//*[@data-number='" + number + "']]");
    }

    private static void waitGone(By by) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    @Test
    void theWorklistFiltersPagesAndLeadsToTheCase() throws Exception {
        String number = InReviewApplication.ofTheDemoCompany();
        browser.signIn("officer/index.xhtml?lang=ru", "officer1", "officer-demo-pass");
        browser.waitFor(By.id("wl:worklist"));
        browser.screenshot("cases-worklist-ru");
        browser.assertAccessible("worklist (ru)");

        // paging: the report counts what the query counts; the next page shows other rows
        OfficerApi api = OfficerApi.signIn("officer1", "officer-demo-pass");
        int total = api.worklist("status=OPEN").getInt("total");
        String report = browser.find(By.cssSelector("#wl\\:worklist .ui-paginator-current"))
                .getText();
        assertTrue(report.endsWith("/ " + total), report + " of " + total);
        if (total > 20) {
            String first = browser.find(By.cssSelector("#wl\\:worklist_data > tr .cs-number"))
                    .getAttribute("data-number");
            browser.find(By.cssSelector("#wl\\:worklist .ui-paginator-next")).click();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> !first.equals(d.findElement(By.cssSelector("#wl\\:worklist_data > tr .cs-number"))
                                .getAttribute("data-number")));
            } catch (RuntimeException e) {
                browser.screenshot("cases-worklist-paging-failed");
                throw new AssertionError("page 2 of " + total, e);
            }
        }

        // the text filter: number, then the BIN, then nothing
        WebElement q = browser.find(By.id("wl:q"));
        q.clear();
        q.sendKeys(number);
        browser.find(By.id("wl:search")).click();
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector("#wl\\:worklist_data > tr"))
                                            .size()
                                    == 1
                            && !d.findElements(row(number)).isEmpty());
        } catch (RuntimeException e) {
            browser.screenshot("cases-worklist-filter-failed");
            throw new AssertionError(
                    "filtered on " + number + ": "
                            + browser.find(By.id("content")).getText(),
                    e);
        }
        String line = browser.find(row(number)).getText();
        assertTrue(line.contains("150140000012"), line);
        assertTrue(line.contains("SECURITY_ACTIVITY"), line);
        assertTrue(line.contains("На рассмотрении"), line);
        q.clear();
        q.sendKeys("нет-такого-заявления");
        browser.find(By.id("wl:search")).click();
        browser.waitForText(By.id("wl:worklist_data"), "Нет записей");

        q = browser.find(By.id("wl:q"));
        q.clear();
        q.sendKeys(number);
        browser.find(By.id("wl:search")).click();
        browser.waitFor(By.cssSelector("[data-number='" + number + "']")).click();
        browser.waitForText(By.id("page-title"), number);
        assertTrue(browser.driver().getCurrentUrl().contains("number=" + number));
    }

    @Test
    void thePortalCaseShowsEverythingAndOneApprovalOfADoubleClickShowsTheLicense() throws Exception {
        String number = InReviewApplication.ofTheDemoCompany();
        browser.signIn("officer/case.xhtml?lang=ru&number=" + number, "officer1", "officer-demo-pass");
        browser.waitForText(By.id("page-title"), number);
        String page = browser.find(By.id("content")).getText();
        assertEquals("IN_REVIEW", browser.find(By.id("status")).getAttribute("data-status"));
        assertTrue(page.contains("Товарищество с ограниченной ответственностью"), "the registry's answer: " + page);
        assertTrue(page.contains("19 660,00 ₸"), "the payment's amount: " + page);
        assertTrue(page.contains("150140000012"), page);
        assertFalse(browser.driver().findElements(By.id("subtypes")).isEmpty(), "the subtypes with their names");
        assertFalse(browser.driver().findElements(By.cssSelector(".cs-file")).isEmpty(), "the attachments");
        Matcher sha = Pattern.compile("[0-9a-f]{64}")
                .matcher(browser.find(By.cssSelector(".cs-sha")).getText());
        assertTrue(sha.find(), "each file with its SHA-256");
        assertTrue(browser.find(By.id("signature-summary")).getText().length() > 10, "the report in words");
        assertTrue(browser.find(By.id("signer")).getText().length() > 3, "who signed");
        assertTrue(browser.find(By.id("history")).getText().contains("Зарегистрировано"), "the history in words");
        browser.screenshot("cases-case-portal-ru");
        browser.assertAccessible("case page (ru)");
        browser.size(WorkbenchBrowser.PHONE);
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        browser.screenshot("cases-case-portal-phone");
        browser.size(WorkbenchBrowser.DESKTOP);

        // a file is served for the page's own frames only, with its hash
        OfficerApi api = OfficerApi.signIn("officer1", "officer-demo-pass");
        JsonObject file = api.caseJson(number).getJsonArray("files").getJsonObject(0);
        HttpResponse<byte[]> bytes = api.file(number, file.getString("id"));
        assertEquals(200, bytes.statusCode());
        assertEquals(file.getString("sha256"), sha256(bytes.body()));
        assertEquals("SAMEORIGIN", bytes.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(
                bytes.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"));

        // two clicks at once: one prepared result, which the authorized person signs through NCALayer
        WebElement approve = browser.find(By.id("act:approve"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click(); arguments[0].click();", approve);
        browser.waitFor(By.id("sign-button"));
        assertEquals("IN_REVIEW", browser.find(By.id("status")).getAttribute("data-status"), "prepared, not issued");
        browser.signPrepared(null);
        browser.waitFor(By.id("result-pdf"));
        assertEquals("ISSUED", browser.find(By.id("status")).getAttribute("data-status"));
        assertTrue(browser.driver().findElements(By.id("act:approve")).isEmpty(), "no second approval offered");
        assertEquals(
                1L,
                ItEnvironment.countRows("SELECT COUNT(*) FROM license WHERE app_number = '" + number + "'"),
                "one license");
        assertEquals(
                1L,
                ItEnvironment.countRows("SELECT COUNT(*) FROM application_event e JOIN application a ON a.id ="
                        + " e.application_id WHERE a.app_number = '" + number + "' AND e.status = 'ISSUED'"));
        HttpResponse<byte[]> pdf = api.resultPdf(number, "ru");
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertTrue(browser.find(By.id("result-pdf")).getAttribute("src").contains("/result.pdf"));
        assertNotNull(browser.find(By.id("result-download")));
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('result-h').scrollIntoView();");
        browser.screenshot("cases-result-license-ru");

        // the back button and the old page's button again: refused with the code's text, nothing decided twice
        browser.driver().navigate().back();
        browser.waitForText(By.id("page-title"), number);
        if (!browser.driver().findElements(By.id("act:approve")).isEmpty()) {
            browser.find(By.id("act:approve")).click();
            browser.waitForText(By.id("messages"), "OPERATION_NOT_ALLOWED");
        }
        assertEquals(1L, ItEnvironment.countRows("SELECT COUNT(*) FROM license WHERE app_number = '" + number + "'"));
    }

    @Test
    void aRefusalNeedsItsMotivationInBothLanguages() throws Exception {
        String number = InReviewApplication.ofTheDemoCompany();
        browser.signIn("officer/case.xhtml?lang=kk&number=" + number, "officer1", "officer-demo-pass");
        browser.waitForText(By.id("page-title"), number);
        browser.assertAccessible("case page (kk)");
        browser.find(By.id("act:motivation-ru")).sendKeys("Штат охранников не укомплектован.");
        browser.find(By.id("act:refuse")).click();
        browser.waitForText(By.id("act:motivation-kk-message"), "Қазақ тіліндегі дәлелдемені көрсетіңіз");
        assertEquals("IN_REVIEW", status(number));
        browser.screenshot("cases-refusal-kk-required");
        browser.find(By.id("act:motivation-kk")).sendKeys("Күзетшілер штаты жасақталмаған.");
        browser.find(By.id("act:refuse")).click();
        browser.waitForText(By.id("sign-kind"), "Дәлелді бас тарту");
        browser.signPrepared(null);
        browser.waitForText(By.id("result-h"), "Дәлелді бас тарту");
        assertEquals("REFUSED", browser.find(By.id("status")).getAttribute("data-status"));
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('result-h').scrollIntoView();");
        browser.screenshot("cases-result-refusal-kk");
    }

    @Test
    void aWalkInCaseShowsWhatWasPresentedAndItsScans() throws Exception {
        byte[] scan = WalkInIT.PDF;
        String number = walkIn(scan);
        browser.signIn("officer/case.xhtml?lang=ru&number=" + number, "officer1", "officer-demo-pass");
        browser.waitForText(By.id("page-title"), number);
        String page = browser.find(By.id("content")).getText();
        assertTrue(page.contains("Приём в ЦОН"), "the channel: " + page);
        assertFalse(browser.driver().findElements(By.id("paper")).isEmpty(), "the documents presented on paper");
        assertTrue(browser.find(By.id("no-signature")).getText().contains("лично"), "no applicant signature");
        assertTrue(page.contains(sha256(scan)), "the scan's SHA-256");
        assertFalse(
                browser.driver().findElements(By.cssSelector(".cs-file iframe")).isEmpty(),
                "the scan shown in the page");
        browser.screenshot("cases-case-walkin-ru");
        browser.assertAccessible("walk-in case page (ru)");
        OfficerApi api = OfficerApi.signIn("officer1", "officer-demo-pass");
        HttpResponse<byte[]> bytes = api.file(number, api.fileId(number, "SCAN"));
        assertEquals(200, bytes.statusCode());
        assertEquals(sha256(scan), sha256(bytes.body()));
        assertEquals(
                "application/pdf",
                bytes.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    @Test
    void anExpiredSessionGoesToSignInAndBackToTheCase() throws Exception {
        String number = InReviewApplication.ofTheDemoCompany();
        browser.signIn("officer/case.xhtml?lang=ru&number=" + number, "officer1", "officer-demo-pass");
        browser.waitForText(By.id("page-title"), number);
        String action = browser.find(By.id("act")).getAttribute("action");
        assertTrue(action.contains("number=" + number), "the form posts to the case's own address: " + action);
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.find(By.id("act:approve")).click();
        try {
            browser.waitFor(By.id("j_username")).sendKeys("officer1");
        } catch (RuntimeException e) {
            browser.screenshot("cases-expired-session-no-sign-in");
            throw new AssertionError("no sign-in form at " + browser.driver().getCurrentUrl(), e);
        }
        String signInAt = browser.driver().getCurrentUrl();
        browser.find(By.id("j_password")).sendKeys("officer-demo-pass");
        browser.find(By.id("login")).click();
        try {
            browser.waitForText(By.id("page-title"), number);
        } catch (RuntimeException e) {
            browser.screenshot("cases-expired-session-failed");
            throw new AssertionError(
                    "signed in at " + signInAt + ", now at " + browser.driver().getCurrentUrl(), e);
        }
        assertTrue(
                browser.driver().getCurrentUrl().contains("number=" + number),
                browser.driver().getCurrentUrl());
        assertEquals("IN_REVIEW", status(number), "the lost click decided nothing");
        waitGone(By.id("j_username"));
    }

    /** A walk-in of the demo company registered through the walk-in API (look-up, every document, one scan). */
    private static String walkIn(byte[] scan) throws Exception {
        ApiClient api = ApiClient.signIn("officer1", "officer-demo-pass");
        HttpResponse<String> found = null;
        for (int attempt = 0; attempt < 3 && (found == null || found.statusCode() != 200); attempt++) {
            // the registry through ShEP may be briefly unavailable (UPSTREAM_UNAVAILABLE): the officer asks again
            found = api.post(
                    "api/officer/walk-in/lookup",
                    Map.of("service", "SECURITY_ACTIVITY", "kind", "LEGAL_ENTITY", "id", DemoIdentities.COMPANY_BIN));
        }
        assertEquals(200, found.statusCode(), found.body());
        List<String> docs = WalkInIT.documentCodes(ApiClient.object(found), false);
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("service", "SECURITY_ACTIVITY"),
                Map.entry("kind", "LEGAL_ENTITY"),
                Map.entry("id", DemoIdentities.COMPANY_BIN),
                Map.entry("requestId", "WALKIN-" + java.util.UUID.randomUUID()),
                Map.entry("paymentReference", ItEnvironment.freshPayment(DemoIdentities.COMPANY_BIN))));
        docs.forEach(d -> fields.add(Map.entry("doc", d)));
        HttpResponse<String> registered = api.postMultipart(
                "api/officer/walk-in",
                fields,
                List.of(new ApiClient.FilePart("scan-" + docs.get(0), "scan.pdf", "application/pdf", scan)));
        assertEquals(201, registered.statusCode(), registered.body());
        String number = ApiClient.object(registered).getString("number");
        ItEnvironment.awaitStatus(number, "IN_REVIEW", CHECKS);
        return number;
    }

    private static String status(String number) {
        return ItEnvironment.element(ItEnvironment.portal().getStatus(number).dataXml(), "status");
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
