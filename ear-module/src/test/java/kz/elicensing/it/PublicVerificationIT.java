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
import kz.elicensing.sandbox.portal.SendResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public check of a license (issue 15 item 4) from its printout's QR code: no sign-in; the current status from
 * the registry (issued, then suspended by a court's decision), the stored signature valid now, the printout's hash
 * matched or not; the page in Kazakh and the JSON.
 */
@ExtendWith(ArquillianExtension.class)
class PublicVerificationIT {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void theQrCodeLeadsToTheLicensesCurrentStatus() throws Exception {
        String number = ItEnvironment.element(
                ItEnvironment.portal()
                        .submitApplication(ItEnvironment.sign(
                                ItEnvironment.companyApplication(),
                                ItEnvironment.sandbox().demo().company()))
                        .dataXml(),
                "applicationNumber");
        ItEnvironment.awaitStatus(number, "IN_REVIEW", Duration.ofSeconds(60));
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

        // a court suspends it: the check says so at once, in the page too (Kazakh)
        SendResult suspended = ItEnvironment.court()
                .send(
                        ItEnvironment.CHANGE_LICENSE,
                        "<ChangeLicenseRequest xmlns=\"urn:kz:elicensing:v1\"><licenseNumber>" + license
                                + "</licenseNumber><action>SUSPEND</action><basis>COURT</basis>"
                                + "<reason>Тексеру кезеңіне тоқтата тұру</reason><decisionNumber>2-"
                                + license.substring(license.length() - 6) + "</decisionNumber>"
                                + "<decisionDate>2026-11-20</decisionDate>"
                                + "<decisionBody>Медеуский районный суд г. Алматы</decisionBody></ChangeLicenseRequest>",
                        "ru");
        assertEquals("SUCCESS", suspended.statusCode(), suspended.statusMessage());
        assertEquals("SUSPENDED", json("verify/" + license, 200).getString("status"));
        HttpResponse<String> page = get("verify/" + license + "?lang=kk&h=" + digest, "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-status=\"SUSPENDED\""), page.body());
        assertTrue(page.body().contains("data-matches=\"true\""), page.body());
        assertTrue(page.body().contains("Лицензияны тексеру"), "the page in Kazakh");
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
