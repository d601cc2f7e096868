package kz.elicensing.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import kz.elicensing.domain.application.SignedApplication;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.XmlSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The verification pipeline against real signatures from the sandbox's CA (no server, no network). */
class SignedApplicationPipelineTest {
    private static TestPki pki;
    private static DemoIdentities demo;
    private static SantuarioSignedApplicationReader reader;

    @BeforeAll
    static void pki() throws Exception {
        Path data = Files.createTempDirectory("pipeline");
        pki = TestPki.open(data);
        demo = DemoIdentities.open(data, pki);
        System.setProperty("elicensing.trust.dir", pki.trustDir().toString());
        reader = new SantuarioSignedApplicationReader();
        reader.verifier = new SignedDocumentVerifier();
        reader.verifier.config = new ElicensingConfig();
        reader.verifier.trustAnchors = new TrustAnchors();
        reader.verifier.trustAnchors.config = reader.verifier.config;
        reader.verifier.revocation = RevocationChecker.NONE;
    }

    private static ApplicationBuilder application() {
        return ApplicationBuilder.securityActivity()
                .forDemoCompany()
                .requestId(UUID.randomUUID().toString());
    }

    private static byte[] signed(ApplicationBuilder app, IssuedIdentity signer) {
        return new XmlSigner(signer).signToXml(app.build()).getBytes(StandardCharsets.UTF_8);
    }

    private static ErrorCode refusal(byte[] document) {
        return assertThrows(ElicensingException.class, () -> reader.read(document, Instant.now()))
                .code();
    }

    @Test
    void aSignedApplicationIsReadWithItsSigner() {
        SignedApplication app = reader.read(signed(application(), demo.company()), Instant.now());
        assertEquals(ApplicantKind.LEGAL_ENTITY, app.form().applicantKind());
        assertEquals("150140000012", app.form().applicantId());
        assertEquals("900515300018", app.form().signer().iin());
        assertEquals("150140000012", app.form().signer().bin());
        assertTrue(
                app.form().applicantName().contains("Қорғау"),
                "Kazakh letters survive: " + app.form().applicantName());
        assertTrue(app.validationReport().contains("CERTIFICATE_PATH"));
    }

    @Test
    void ecdsaSignaturesAreAccepted() {
        IssuedIdentity ec = pki.issue(
                companyHead().keyAlgorithm(IdentitySpec.KeyAlgorithm.EC_P256).build());
        assertEquals(
                "900515300018",
                reader.read(signed(application(), ec), Instant.now())
                        .form()
                        .signer()
                        .iin());
    }

    @Test
    void tamperedContentIsRefused() {
        String xml = new String(signed(application(), demo.company()), StandardCharsets.UTF_8);
        assertEquals(
                ErrorCode.SIGNATURE_INVALID,
                refusal(xml.replace("19660.00", "1.00").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnsignedApplicationIsRefused() {
        assertEquals(
                ErrorCode.SIGNATURE_MISSING,
                refusal(XmlSigner.toXml(application().build()).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSecondSignatureIsWrapping() {
        Document doc = new XmlSigner(demo.company()).sign(application().build());
        Element copy = (Element) doc.importNode(doc.getDocumentElement().getLastChild(), true);
        doc.getDocumentElement().appendChild(copy);
        assertEquals(ErrorCode.SIGNATURE_WRAPPING, refusal(XmlSigner.toXml(doc).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDuplicatedIdIsWrapping() {
        Document doc = new XmlSigner(demo.company()).sign(application().build());
        Element fields = (Element) doc.getDocumentElement()
                .getElementsByTagNameNS("urn:kz:elicensing:v1", "payment")
                .item(0);
        fields.setAttribute("Id", doc.getDocumentElement().getAttribute("Id"));
        ErrorCode code = refusal(XmlSigner.toXml(doc).getBytes(StandardCharsets.UTF_8));
        assertTrue(code == ErrorCode.SIGNATURE_WRAPPING || code == ErrorCode.SCHEMA_VIOLATION, code.name());
    }

    @Test
    void aSignatureOverAnotherDocumentMovedInIsRefused() {
        // the signed Application is wrapped inside another, unsigned Application: the signature is no child of the root
        Document signedDoc = new XmlSigner(demo.company()).sign(application().build());
        Document outer = application().build();
        outer.getDocumentElement().appendChild(outer.importNode(signedDoc.getDocumentElement(), true));
        ErrorCode code = refusal(XmlSigner.toXml(outer).getBytes(StandardCharsets.UTF_8));
        assertTrue(code == ErrorCode.SIGNATURE_WRAPPING || code == ErrorCode.SCHEMA_VIOLATION, code.name());
    }

    @Test
    void aCertificateFromAnUnknownCaIsRefused() {
        assertEquals(
                ErrorCode.CERTIFICATE_UNTRUSTED,
                refusal(signed(
                        application(), pki.issue(companyHead().untrusted(true).build()))));
    }

    @Test
    void expiredAndNotYetValidCertificatesAreRefused() {
        Instant now = Instant.now();
        assertEquals(
                ErrorCode.CERTIFICATE_EXPIRED,
                refusal(signed(
                        application(),
                        pki.issue(companyHead()
                                .validity(now.minus(30, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS))
                                .build()))));
        assertEquals(
                ErrorCode.CERTIFICATE_NOT_YET_VALID,
                refusal(signed(
                        application(),
                        pki.issue(companyHead()
                                .validity(now.plus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS))
                                .build()))));
    }

    @Test
    void anAuthenticationKeyCannotSign() {
        assertEquals(ErrorCode.KEY_USAGE_NOT_ALLOWED, refusal(signed(application(), demo.companyAuth())));
    }

    @Test
    void doctypesEntitiesAndGarbageAreMalformed() {
        assertEquals(
                ErrorCode.MALFORMED_XML,
                refusal(("<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
                                + "<Application xmlns=\"urn:kz:elicensing:v1\" Id=\"a\">&e;</Application>")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                ErrorCode.MALFORMED_XML,
                refusal(("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><a>&lol2;</a>")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(ErrorCode.MALFORMED_XML, refusal("not xml".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anotherRootIsASchemaViolation() {
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                refusal("<License xmlns=\"urn:kz:elicensing:v1\"/>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oversizedDocumentsAreRefusedBeforeParsing() {
        byte[] huge = new byte[new ElicensingConfig().maxPayloadBytes() + 1];
        assertEquals(ErrorCode.MESSAGE_TOO_LARGE, refusal(huge));
    }

    private static IdentitySpec.Builder companyHead() {
        return IdentitySpec.builder(IdentitySpec.Kind.LEGAL_ENTITY_HEAD)
                .iin("900515300018")
                .bin("150140000012")
                .surname("СӘРСЕНБАЕВ")
                .name("НҰРЛАН")
                .organisation("ТОО «Қорғау-Сервис»")
                .usage(IdentitySpec.Usage.SIGNING);
    }
}
