package kz.elicensing.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import kz.elicensing.application.query.ResultDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printable license: Kazakh letters survive into the PDF's text, and its QR code reads back the number. */
class PdfPrintoutsTest {
    private static final String LICENSE = """
            <License xmlns="urn:kz:elicensing:v1" Id="license-1"><licenseNumber>KZ07LAA00000001</licenseNumber>\
            <applicationNumber>EL-2026-00000001</applicationNumber><service>SECURITY_ACTIVITY</service>\
            <titleRu>Лицензия на охранную деятельность</titleRu><titleKz>Күзет қызметіне лицензия</titleKz>\
            <operation>ISSUE</operation><status>ISSUED</status><issuedAt>2026-11-23T10:00:00+05:00</issuedAt>\
            <licensor><id>120340000054</id><nameRu>Департамент полиции города Алматы</nameRu>\
            <nameKz>Алматы қаласының Полиция департаменті</nameKz></licensor><licensee><id>150140000012</id>\
            <nameRu>ТОО «Қорғау-Сервис»</nameRu><nameKz>ТОО «Қорғау-Сервис»</nameKz></licensee>\
            <activity><subtype>GUARD</subtype></activity></License>""";

    private final byte[] pdf = new PdfPrintouts()
            .pdf(new ResultDocument("EL-2026-00000001", "LICENSE", LICENSE.getBytes(StandardCharsets.UTF_8)), "kk");

    @Test
    void theKazakhTextSurvivesIntoThePdf() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("KZ07LAA00000001"), text);
            assertTrue(text.contains("Күзет қызметіне лицензия"), text);
            assertTrue(text.contains("Алматы қаласының Полиция департаменті"), text);
            for (String letter : new String[] {"ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і"}) {
                assertTrue(text.contains(letter) || !LICENSE.contains(letter) && !text.isEmpty(), letter);
            }
        }
    }

    @Test
    void theQrCodeReadsBackTheNumberAndTheDigest() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String read = new MultiFormatReader()
                    .decode(new BinaryBitmap(
                            new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))))
                    .getText();
            assertEquals("KZ07LAA00000001", read.split("\n")[0]);
            assertEquals(64, read.split("\n")[1].length(), "the SHA-256 of the signed XML");
        }
    }
}
