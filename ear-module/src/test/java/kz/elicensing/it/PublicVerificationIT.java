package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import kz.elicensing.sandbox.portal.SendResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public check of a license (issue 15 item 4) from its printout's QR code: no sign-in; the current status from
 * the registry (issued, then suspended by the licensor's head with a signed act, then resumed by a court's message)
 * with who changed it and whether that act is signed, the stored signature valid now, the printout's hash matched or
 * not; the page in Kazakh and the JSON.
 */
@ExtendWith(ArquillianExtension.class)
class PublicVerificationIT {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void theQrCodeLeadsToTheLicensesCurrentStatus() throws Exception {
        String number = InReviewApplication.ofTheDemoCompany();
        approve(number);
        ItEnvironment.awaitStatus(number, "ISSUED", Duration.ofSeconds(10));
        SendResult result = ItEnvironment.portal().getResult(number);
        String signed = SignedApplicationFlowIT.unescape(ItEnvironment.element(result.dataXml(), "signedDocument"));
        String license = ItEnvironment.element(signed, "licenseNumber");
        String digest = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(signed.getBytes(StandardCharsets.UTF_8)));

        // the printout's QR code is the public check of this very document
        String qr = qr(Base64.getMimeDecoder().decode(ItEnvironment.element(result.dataXml(), "pdf")));
        URI check = URI.create(qr);
        assertEquals("/elicensing/verify/" + license, check.getPath(), qr);
        assertEquals("h=" + digest, check.getQuery(), "the QR carries the stored document's SHA-256");

        JsonObject issued = json("verify/" + license + "?h=" + digest, 200);
        assertEquals(license, issued.getString("number"));
        assertEquals("ISSUED", issued.getString("status"));
        assertTrue(issued.getJsonObject("signature").getBoolean("valid"), issued.toString());
        assertTrue(issued.getBoolean("printoutMatches"), "the printout's hash is the stored document's");
        assertTrue(issued.getString("holderName").contains("Қорғау"), issued.toString());
        assertFalse(issued.getString("licensorBin").isBlank());

        JsonObject forged = json("verify/" + license + "?h=" + "0".repeat(64), 200);
        assertFalse(forged.getBoolean("printoutMatches"), "a wrong hash does not match");
        JsonObject noHash = json("verify/" + license, 200);
        assertTrue(!noHash.containsKey("printoutMatches") || noHash.isNull("printoutMatches"), noHash.toString());

        assertTrue(!issued.containsKey("statusChange") || issued.isNull("statusChange"), "issued: no change yet");

        // the licensor's head suspends it, the authorized person signs the act: the check says so at once, with who
        // signed it and whether that signature is valid, in the page too (Kazakh); no IIN anywhere
        JsonObject act = OfficerApi.done(OfficerApi.signIn("head1", "head-demo-pass")
                .registryChange(license, "suspend", Map.of("basis", "OFFICER", "reason", "Тексеру кезеңіне")));
        assertEquals("SUSPENDED", act.getString("status"), act.toString());
        HttpResponse<String> suspendedJson = get("verify/" + license, "application/json");
        JsonObject suspended = json("verify/" + license, 200);
        assertEquals("SUSPENDED", suspended.getString("status"));
        JsonObject change = suspended.getJsonObject("statusChange");
        assertEquals("SUSPEND", change.getString("action"), change.toString());
        assertEquals("OFFICER", change.getString("basis"));
        assertTrue(change.getBoolean("signed"), change.toString());
        assertEquals(act.getString("signerName"), change.getString("signerName"));
        assertFalse(change.getString("signerPositionRu").isBlank());
        assertFalse(change.getString("signerPositionKz").isBlank());
        assertTrue(change.getBoolean("signatureValid"), "the act's signature checked now: " + change);
        assertFalse(suspendedJson.body().contains(act.getString("signerIin")), "no IIN: " + suspendedJson.body());
        HttpResponse<String> page = get("verify/" + license + "?lang=kk&h=" + digest, "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-status=\"SUSPENDED\""), page.body());
        assertTrue(page.body().contains("data-matches=\"true\""), page.body());
        assertTrue(page.body().contains("Лицензияны тексеру"), "the page in Kazakh");
        assertTrue(page.body().contains("data-signed=\"true\""), page.body());
        assertTrue(page.body().contains("Мәртебе лицензиар басшысының шешімімен өзгертілді"), page.body());
        assertTrue(page.body().contains(act.getString("signerName")), "the signer named: " + page.body());
        assertTrue(page.body().contains("қолтаңба жарамды"), "the act's signature valid: " + page.body());
        assertFalse(page.body().contains(act.getString("signerIin")), "no IIN in the page");

        // a court resumes it by its system's message: a change without the licensor's signed act
        SendResult resumed = ItEnvironment.court()
                .send(
                        ItEnvironment.CHANGE_LICENSE,
                        "<ChangeLicenseRequest xmlns=\"urn:kz:elicensing:v1\"><licenseNumber>" + license
                                + "</licenseNumber><action>RESUME</action><basis>COURT</basis>"
                                + "<reason>Тексеру аяқталды</reason><decisionNumber>2-"
                                + license.substring(license.length() - 6) + "</decisionNumber>"
                                + "<decisionDate>2026-11-20</decisionDate>"
                                + "<decisionBody>Медеуский районный суд г. Алматы</decisionBody></ChangeLicenseRequest>",
                        "ru");
        assertEquals("SUCCESS", resumed.statusCode(), resumed.statusMessage());
        JsonObject byCourt = json("verify/" + license, 200);
        assertEquals("RESUMED", byCourt.getString("status"));
        assertEquals("COURT", byCourt.getJsonObject("statusChange").getString("basis"));
        assertFalse(byCourt.getJsonObject("statusChange").getBoolean("signed"), byCourt.toString());
        HttpResponse<String> courtPage = get("verify/" + license + "?lang=ru", "text/html");
        assertTrue(courtPage.body().contains("data-basis=\"COURT\""), courtPage.body());
        assertTrue(courtPage.body().contains("data-signed=\"false\""), courtPage.body());
        assertFalse(page.headers().firstValue("Set-Cookie").isPresent(), "no session for the public");
    }

    @Test
    void anUnknownNumberIsNotFoundInBothForms() throws Exception {
        JsonObject missing = json("verify/KZ00LAA99999999", 404);
        assertEquals("LICENSE_NOT_FOUND", missing.getString("code"));
        assertFalse(missing.getString("messageKk").isBlank());
        HttpResponse<String> page = get("verify/KZ00LAA99999999?lang=kk", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("data-code=\"LICENSE_NOT_FOUND\""), page.body());
    }

    private static void approve(String number) throws Exception {
        OfficerApi.done(OfficerApi.signIn("officer1", "officer-demo-pass").approve(number));
    }

    private JsonObject json(String path, int status) throws Exception {
        HttpResponse<String> r = get(path, "application/json");
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + path))
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The QR code's text, from whichever page carries it (the printout is kept under target/ for a reviewer). */
    private static String qr(byte[] pdf) throws Exception {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "public-verification-printout.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.util.Map<com.google.zxing.DecodeHintType, Object> hints =
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE);
            for (int i = doc.getNumberOfPages() - 1; i >= 0; i--) {
                for (int dpi : new int[] {150, 200, 300}) {
                    BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(i, dpi);
                    int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
                    try {
                        // the reader that weighs every finder-pattern candidate (as a phone's camera app does): the
                        // single-code reader takes three finder-like patterns in the page's text for the code's at
                        // some resolutions (150, 200 and 300 dpi for one printout of a CI run)
                        return new QRCodeMultiReader()
                                        .decodeMultiple(
                                                new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                                                        page.getWidth(), page.getHeight(), pixels))),
                                                hints)[0]
                                        .getText();
                    } catch (com.google.zxing.NotFoundException e) {
                        // not on this page at this resolution
                    }
                }
            }
        }
        throw new AssertionError("no QR code on any page of the printout");
    }
}
