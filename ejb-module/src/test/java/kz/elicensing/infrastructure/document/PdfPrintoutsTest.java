package kz.elicensing.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import kz.elicensing.application.query.ResultDocument;
import kz.elicensing.infrastructure.signature.EnvelopedSigner;
import kz.elicensing.infrastructure.signature.SecureXml;
import kz.elicensing.infrastructure.signature.SigningCredential;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The printout to frame (issue 15 item 5): PDF/A-2b by veraPDF; the number, the Almaty date, the holder, the signer's
 * name and both languages' titles in its text; Kazakh letters embedded; the QR code reads back the public check's URL.
 */
class PdfPrintoutsTest {
    private static final String LICENSE = """
            <License xmlns="urn:kz:elicensing:v1" Id="license-1"><licenseNumber>KZ07LAA00000001</licenseNumber>\
            <applicationNumber>EL-2026-00000001</applicationNumber><service>SECURITY_ACTIVITY</service>\
            <titleRu>Лицензия на охранную деятельность</titleRu><titleKz>Күзет қызметіне лицензия</titleKz>\
            <operation>ISSUE</operation><status>ISSUED</status><issuedAt>2026-11-23T21:30:00+00:00</issuedAt>\
            <licensor><id>120340000054</id><nameRu>Департамент полиции города Алматы</nameRu>\
            <nameKz>Алматы қаласының Полиция департаменті</nameKz></licensor><licensee><id>150140000012</id>\
            <nameRu>ТОО «Қорғау-Сервис»</nameRu><nameKz>«Қорғау-Сервис» ЖШС</nameKz>\
            <address>Алматы, Әуезов ауданы, Жандосов көшесі, 2</address><headIin>800101300123</headIin>\
            <headName>Сәрсенбаев Ұлан</headName></licensee>\
            <activity><subtype>GUARD</subtype><subtype>CASH_ESCORT</subtype>\
            <object><address>Алматы, Абай даңғылы, 10</address><description>Филиал</description></object></activity>\
            </License>""";

    private static byte[] kazakh;
    private static byte[] russian;
    private static byte[] signed;

    @BeforeAll
    static void printouts() throws Exception {
        Path data = Files.createTempDirectory("printout");
        TestPki pki = TestPki.open(data);
        IssuedIdentity head = pki.issue(IdentitySpec.builder(IdentitySpec.Kind.LEGAL_ENTITY_HEAD)
                .bin("120340000054")
                .iin("750505300456")
                .surname("ҚҰДАЙБЕРГЕНОВ")
                .name("ӘЛИХАН")
                .organisation("Алматы қаласының Полиция департаменті")
                .commonName("ҚҰДАЙБЕРГЕНОВ ӘЛИХАН")
                .build());
        signed = EnvelopedSigner.sign(
                SecureXml.parse(LICENSE.getBytes(StandardCharsets.UTF_8)),
                new SigningCredential(head.privateKey(), head.certificate()));
        ResultDocument result = new ResultDocument("EL-2026-00000001", "LICENSE", signed);
        kazakh = new PdfPrintouts().pdf(result, "kk");
        russian = new PdfPrintouts().pdf(result, "ru");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "license-printout-kk.pdf"), kazakh);
        Files.write(Path.of("target", "license-printout-ru.pdf"), russian);
    }

    @Test
    void bothLanguagesArePdfA2b() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (byte[] pdf : new byte[][] {kazakh, russian}) {
            try (PDFAParser parser = Foundries.defaultInstance()
                            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                    PDFAValidator validator =
                            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
                ValidationResult result = validator.validate(parser);
                assertTrue(
                        result.isCompliant(),
                        "veraPDF: "
                                + result.getTestAssertions().stream()
                                        .filter(a ->
                                                a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                                        .map(a -> a.getRuleId().getClause() + "-"
                                                + a.getRuleId().getTestNumber() + " " + a.getMessage())
                                        .distinct()
                                        .limit(10)
                                        .collect(Collectors.joining("; ")));
            }
        }
    }

    @Test
    void aPlainPdfIsNotPdfA2b() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(plain);
        }
        try (PDFAParser parser = Foundries.defaultInstance()
                        .createParser(new ByteArrayInputStream(plain.toByteArray()), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertTrue(!validator.validate(parser).isCompliant(), "the check can fail: no metadata, no output intent");
        }
    }

    @Test
    void theKazakhPrintoutSaysWhatTheFormSays() throws Exception {
        String text = text(kazakh);
        assertTrue(text.contains("№ KZ07LAA00000001 лицензия"), "the title in Kazakh: " + text);
        assertTrue(text.contains("Лицензия № KZ07LAA00000001"), "the other language's title: " + text);
        assertTrue(text.contains("Берілген күні: 24.11.2026"), "21:30 UTC is the next day in Almaty: " + text);
        assertTrue(text.contains("Алматы қаласының Полиция департаменті"), text);
        assertTrue(text.contains("«Қорғау-Сервис» ЖШС") && text.contains("ЖСН/БСН: 150140000012"), text);
        assertTrue(text.contains("Әуезов ауданы"), "the holder's address: " + text);
        assertTrue(text.contains("GUARD") && text.contains("Абай даңғылы, 10"), "subtypes and objects: " + text);
        assertTrue(text.contains("ҚҰДАЙБЕРГЕНОВ ӘЛИХАН"), "the signer's name: " + text);
        assertTrue(text.contains("7-бабының 1-тармағы"), "the electronic document's note: " + text);
        assertTrue(text.contains("1 беттің 1-беті"), "page numbers: " + text);
        for (String letter : new String[] {"ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і"}) {
            assertTrue(text.contains(letter), letter);
        }
    }

    @Test
    void theRussianPrintoutHasTheKazakhTitleToo() throws Exception {
        String text = text(russian);
        assertTrue(text.contains("Лицензия № KZ07LAA00000001"), text);
        assertTrue(text.contains("№ KZ07LAA00000001 лицензия"), text);
        assertTrue(text.contains("Дата выдачи: 24.11.2026"), text);
        assertTrue(text.contains("Подписано электронной цифровой подписью: ҚҰДАЙБЕРГЕНОВ ӘЛИХАН"), text);
        assertTrue(text.contains("пункт 1 статьи 7"), text);
        assertTrue(text.contains("Страница 1 из 1"), text);
    }

    @Test
    void theQrCodeIsThePublicCheckOfThisDocumentAtEveryResolution() throws Exception {
        try (PDDocument doc = Loader.loadPDF(kazakh)) {
            // print and screen resolutions; the reader weighs every finder-pattern candidate, as a phone's camera app
            // does (the single-code reader takes finder-like patterns in the page's text for the code's at some
            // resolutions: the code's pattern changes with the document's hash)
            for (int dpi : new int[] {72, 100, 150, 200, 300}) {
                BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
                int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
                String read = new QRCodeMultiReader()
                                .decodeMultiple(
                                        new BinaryBitmap(new HybridBinarizer(
                                                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                                        java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))[0]
                                .getText();
                assertTrue(
                        read.matches("http://127\\.0\\.0\\.1:8080/elicensing/verify/KZ07LAA00000001\\?h=[0-9a-f]{64}"),
                        dpi + " dpi: " + read);
            }
        }
    }

    @Test
    void theSignerIsNamedAsTheLicensorsCatalogNamesItsAuthorizedPerson() throws Exception {
        PdfPrintouts printouts = new PdfPrintouts();
        printouts.persons = new kz.elicensing.domain.catalog.AuthorizedPersons() {
            @Override
            public java.util.Optional<kz.elicensing.domain.catalog.AuthorizedPerson> validOn(
                    String providerCode, String iin, java.time.LocalDate day) {
                return ofProvider(providerCode).stream()
                        .filter(p -> p.iin().equals(iin) && p.validOn(day))
                        .findFirst();
            }

            @Override
            public java.util.List<kz.elicensing.domain.catalog.AuthorizedPerson> ofProvider(String providerCode) {
                return "DP_ALMATY".equals(providerCode)
                        ? java.util.List.of(new kz.elicensing.domain.catalog.AuthorizedPerson(
                                1,
                                "DP_ALMATY",
                                "750505300456",
                                "ҚҰДАЙБЕРГЕНОВ",
                                "ӘЛИХАН",
                                "НҰРЛАНҰЛЫ",
                                "Заместитель начальника департамента",
                                "Департамент бастығының орынбасары",
                                java.time.LocalDate.of(2025, 1, 1),
                                null))
                        : java.util.List.of();
            }
        };
        ResultDocument result = new ResultDocument("EL-2026-00000001", "LICENSE", signed, "DP_ALMATY");
        // the lines may wrap: compared with single spaces
        String ru = text(printouts.pdf(result, "ru")).replaceAll("\\s+", " ");
        assertTrue(ru.contains("ҚҰДАЙБЕРГЕНОВ ӘЛИХАН НҰРЛАНҰЛЫ"), ru);
        assertTrue(ru.contains("Заместитель начальника департамента"), ru);
        String kk = text(printouts.pdf(result, "kk")).replaceAll("\\s+", " ");
        assertTrue(kk.contains("ҚҰДАЙБЕРГЕНОВ ӘЛИХАН НҰРЛАНҰЛЫ"), kk);
        assertTrue(kk.contains("Департамент бастығының орынбасары"), kk);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
        }
    }
}
