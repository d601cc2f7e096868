package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import kz.elicensing.sandbox.pki.DemoIdentities;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The walk-in guided form in a real browser, in Kazakh: the look-up shows GBD UL's Kazakh name, two scans are uploaded
 * (with CSP on) and show their SHA-256, a registration missing a required document is refused with its code's text and
 * stores nothing, the registration then gives the receipt with the number; axe-core on every step, screenshots at
 * 1366×768 and at a 390 px phone width under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class WalkInBrowserIT {
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** The eight bytes that make a PNG, and a few more. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private static WorkbenchBrowser browser;

    @BeforeAll
    static void open() throws Exception {
        ItEnvironment.sandbox();
        browser = WorkbenchBrowser.shared();
    }

    private static void shots(String name) throws Exception {
        browser.screenshot(name + "-1366");
        browser.size(WorkbenchBrowser.PHONE);
        browser.screenshot(name + "-390");
        browser.assertAccessible(name + " at 390 px");
        browser.size(WorkbenchBrowser.DESKTOP);
        browser.assertAccessible(name);
    }

    /** Chooses a service in the PrimeFaces menu by clicking, as a person does. */
    private static void chooseService(String code) {
        String title = browser.find(By.cssSelector("select[id='wk:service_input'] option[value='" + code + "']"))
                .getAttribute("textContent");
        if (title.equals(browser.find(By.id("wk:service_label")).getText())) {
            return;
        }
        browser.choose("wk:service", title);
        browser.waitForText(By.id("wk:service_label"), title);
    }

    private static WebElement fileInputOf(String code) {
        return browser.find(By.xpath(
                "//tr[.//span[@class='wk-code' and normalize-space(text())='" + code + "']]//input[@type='file']"));
    }

    private static String upload(String code, String fileName, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("walkin-scan").resolve(fileName);
        Files.write(file, content);
        fileInputOf(code).sendKeys(file.toAbsolutePath().toString());
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        browser.waitForText(By.id("scan-sha256-" + code), sha);
        return sha;
    }

    @Test
    void anOfficerRegistersAWalkInWithScansInKazakhAndPrintsTheReceipt() throws Exception {
        browser.signIn("officer/walk-in.xhtml?lang=kk", "officer1", "officer-demo-pass");
        browser.waitForText(By.id("page-title"), "Кеңседе өтінішті қабылдау");
        chooseService("SECURITY_ACTIVITY");
        shots("walkin-1-choose-kk");

        // the applicant from GBD UL, the name as the registry gives it in Kazakh
        browser.find(By.id("wk:applicantId")).sendKeys(DemoIdentities.COMPANY_BIN);
        browser.find(By.id("wk:lookup")).click();
        String name = browser.waitFor(By.id("applicant-name")).getText();
        assertEquals("«Қорғау-Сервис» жауапкершілігі шектеулі серіктестігі", name);
        assertEquals("ЗТ МДБ", browser.find(By.id("applicant-registry")).getText());
        assertFalse(browser.find(By.id("applicant-leader")).getText().isBlank());
        List<String> required = new ArrayList<>();
        for (WebElement mark : browser.driver().findElements(By.cssSelector(".wk-mandatory"))) {
            required.add(mark.getAttribute("id").substring("doc-mark-".length()));
        }
        assertEquals(List.of("CHARTER", "HEAD_TRAINING_CERTIFICATE"), required, "the catalog's required documents");
        shots("walkin-2-applicant-kk");

        // one scan only: the other required document is missing, refused with its code's text, nothing stored
        String charter = upload("CHARTER", "жарғы.pdf", PDF);
        assertTrue(
                browser.find(By.id("wk:documents:0:presented_input")).isSelected(),
                "a scanned document is marked as presented");
        String payment = ItEnvironment.freshPayment(DemoIdentities.COMPANY_BIN);
        browser.find(By.id("wk:payment")).sendKeys(payment);
        browser.find(By.id("wk:register")).click();
        String refusal =
                browser.waitForText(By.id("messages"), "DOCUMENTS_INCOMPLETE").getText();
        assertTrue(
                refusal.contains("Қағаз тасымалдағышта ұсынылған міндетті құжаттар белгіленбеген: "
                        + "HEAD_TRAINING_CERTIFICATE"),
                refusal);
        assertEquals(0, WalkInIT.applicationsPaidWith(payment), "nothing stored for the refusal");
        assertEquals(charter, browser.find(By.id("scan-sha256-CHARTER")).getText(), "the scan stays on the form");
        shots("walkin-3-refused-kk");

        // the second scan (an image), then registered: the receipt with the number, the deadline, both scans
        String certificate = upload("HEAD_TRAINING_CERTIFICATE", "куәлік.png", PNG);
        shots("walkin-4-scans-kk");
        browser.find(By.id("wk:register")).click();
        String number = browser.waitFor(By.id("receipt-number")).getText();
        assertTrue(number.matches("EL-\\d{4}-\\d{8}"), number);
        assertTrue(browser.find(By.id("receipt-deadline")).getText().matches("\\d{2}\\.\\d{2}\\.\\d{4}"));
        assertTrue(browser.find(By.id("received-CHARTER")).getText().contains(charter));
        assertTrue(browser.find(By.id("received-HEAD_TRAINING_CERTIFICATE"))
                .getText()
                .contains(certificate));
        assertTrue(browser.find(By.id("receipt-applicant")).getText().contains("Қорғау-Сервис"));
        assertTrue(browser.find(By.id("wk:print")).isDisplayed(), "the receipt can be printed");
        assertTrue(browser.find(By.id("messages")).getText().contains(number));
        shots("walkin-5-receipt-kk");

        try (Connection db = ItEnvironment.database();
                PreparedStatement q = db.prepareStatement("SELECT s.sha256 FROM application a JOIN application_scan s"
                        + " ON s.application_id = a.id WHERE a.app_number = ? ORDER BY s.sha256")) {
            q.setString(1, number);
            List<String> stored = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            assertEquals(List.of(charter, certificate).stream().sorted().toList(), stored, "both scans stored");
        }
        assertEquals(1, WalkInIT.applicationsPaidWith(payment));
    }
}
