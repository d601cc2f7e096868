package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import kz.elicensing.infrastructure.persistence.StoredBytes;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 15 item 1 in a real browser: the officer prepares the license, the licensor's authorized person signs it
 * through the sandbox's NCALayer (wss://127.0.0.1), the server verifies the signature and issues it. Another provider's
 * person, DP_ALMATY's expired and revoked keys and its employee who is not an authorized person are each refused with
 * the reason in the page, and nothing is issued; a closed NCALayer dialog signs nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ResultSigningBrowserIT {
    private static final String DP_ALMATY_BIN = "120340000054";
    private static WorkbenchBrowser browser;

    @BeforeAll
    static void open() throws Exception {
        ItEnvironment.sandbox();
        browser = WorkbenchBrowser.shared();
    }

    private static long licenses(String number) throws Exception {
        return ItEnvironment.countRows("SELECT COUNT(*) FROM license WHERE app_number = '" + number + "'");
    }

    /** The person signs with {@code alias}; the page shows the refusal's text, and nothing is issued. */
    private static void refused(String number, String alias, String code, String text) throws Exception {
        browser.signPrepared(alias);
        try {
            browser.waitForText(By.id("messages"), text);
        } catch (RuntimeException e) {
            browser.screenshot("result-signing-" + code + "-failed");
            throw new AssertionError(
                    alias + ": no " + code + " in "
                            + browser.find(By.id("messages")).getText(),
                    e);
        }
        assertEquals("IN_REVIEW", browser.find(By.id("status")).getAttribute("data-status"), alias);
        assertEquals(0L, licenses(number), alias + ": nothing issued");
        browser.waitFor(By.id("sign-button"));
    }

    @Test
    void onlyTheLicensorsAuthorizedPersonWithAValidKeyIssuesTheLicense() throws Exception {
        String number = InReviewApplication.ofTheDemoCompany();
        browser.signIn("officer/case.xhtml?lang=ru&number=" + number, "officer1", "officer-demo-pass");
        browser.waitForText(By.id("page-title"), number);
        browser.find(By.id("act:approve")).click();
        browser.waitForText(By.id("sign-kind"), "Лицензия");
        assertEquals(DP_ALMATY_BIN, browser.find(By.id("sign-bin")).getText());
        assertEquals(0L, licenses(number), "prepared, not issued");
        browser.screenshot("result-signing-prepared-ru");
        browser.assertAccessible("case page with a prepared result (ru)");

        refused(number, "signer-dp_abai", "RESULT_SIGNER_WRONG_ORGANISATION", "сертификатом другой организации");
        refused(number, "signer-dp_almaty-expired", "RESULT_SIGNER_CERTIFICATE_EXPIRED", "истёк");
        refused(number, "signer-dp_almaty-revoked", "RESULT_SIGNER_CERTIFICATE_REVOKED", "отозвано");
        refused(number, "signer-dp_almaty-unlisted", "RESULT_SIGNER_NOT_AUTHORIZED", "не является уполномоченным");
        browser.screenshot("result-signing-refused-ru");

        ItEnvironment.ncalayer().cancelNext();
        browser.signPrepared(null);
        browser.waitForText(By.id("sign-status"), "отменено");
        assertEquals(0L, licenses(number));

        browser.signPrepared("signer-dp_almaty");
        browser.waitFor(By.id("result-pdf"));
        assertEquals("ISSUED", browser.find(By.id("status")).getAttribute("data-status"));
        assertEquals(1L, licenses(number));
        X509Certificate signer = signerOfLicense(number);
        String subject = signer.getSubjectX500Principal()
                .getName(javax.security.auth.x500.X500Principal.RFC2253, java.util.Map.of("2.5.4.5", "SERIALNUMBER"));
        assertTrue(subject.contains("BIN" + DP_ALMATY_BIN), subject);
        assertTrue(subject.contains("IIN871214400161"), subject);
        assertEquals(
                0L,
                ItEnvironment.countRows("SELECT COUNT(*) FROM pending_result WHERE subject = '" + number + "'"),
                "the prepared result is gone once issued");
        browser.screenshot("result-signing-issued-ru");
    }

    @Test
    void withoutNcaLayerThePageSaysSoInKazakh() throws Exception {
        String number = InReviewApplication.ofTheDemoCompany();
        browser.signIn("officer/case.xhtml?lang=kk&number=" + number, "officer1", "officer-demo-pass");
        browser.waitForText(By.id("page-title"), number);
        browser.find(By.id("act:approve")).click();
        browser.waitFor(By.id("sign-button"));
        // NCALayer elsewhere (a port nobody listens on): the person is told to start it
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.getElementById('sign-button')" + ".setAttribute('data-url', 'wss://127.0.0.1:9/');");
        browser.find(By.id("sign-button")).click();
        browser.waitForText(By.id("sign-status"), "NCALayer іске қосылмаған");
        assertEquals(0L, licenses(number));
        browser.assertAccessible("case page, NCALayer not running (kk)");
    }

    /** The certificate in the stored license's signature. */
    static X509Certificate signerOfLicense(String number) throws Exception {
        try (Connection c = ItEnvironment.database();
                PreparedStatement s = c.prepareStatement("SELECT signed_document FROM license WHERE app_number = ?")) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "license of " + number);
                // stored packed (StoredBytes: deflated behind a marker when that pays)
                String xml = new String(StoredBytes.unpack(rs.getBytes(1)), StandardCharsets.UTF_8);
                // the serialiser writes the base64 line breaks as character references (&#13;)
                String b64 = ItEnvironment.element(xml, "X509Certificate")
                        .replace("&#13;", "")
                        .replaceAll("\\s", "");
                return (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(
                                new ByteArrayInputStream(Base64.getMimeDecoder().decode(b64)));
            }
        }
    }
}
