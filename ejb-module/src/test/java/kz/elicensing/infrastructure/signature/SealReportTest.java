package kz.elicensing.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The generic report (ELICENSE_VerifyDocument) of a document sealed by an organisation (OU=BIN, no IIN): a seal, its BIN
 * and no person, valid or not by the same path, revocation and key-usage checks; a person's report is as before, and
 * where a person must sign (applications, results signed in the browser) a seal is still refused.
 */
class SealReportTest {
    private static final String LICENSOR_BIN = "120340000054";
    private static final String LICENSOR = "Департамент полиции города Алматы";
    private static final String REFUSAL = "<Refusal xmlns=\"urn:kz:elicensing:v1\" Id=\"refusal-1\">"
            + "<applicationNumber>EL-2026-00000001</applicationNumber><reason>APPLICANT_NOT_FOUND</reason></Refusal>";
    private static final Instant NOW = Instant.now();

    private static TestPki pki;
    private static SignatureReportService reports;
    private static final List<BigInteger> revoked = new ArrayList<>();

    @BeforeAll
    static void pki() throws Exception {
        Path data = Files.createTempDirectory("seal-report");
        pki = TestPki.open(data);
        ElicensingConfig config = new ElicensingConfig() {
            @Override
            public Path trustDirectory() {
                return pki.trustDir();
            }
        };
        reports = new SignatureReportService();
        reports.verifier = new SignedDocumentVerifier();
        reports.verifier.config = config;
        reports.verifier.trustAnchors = new TrustAnchors();
        reports.verifier.trustAnchors.config = config;
        reports.verifier.revocation = (certificate, issuer, at) -> {
            if (revoked.contains(certificate.getSerialNumber())) {
                throw new ElicensingException(ErrorCode.CERTIFICATE_REVOKED, "revoked", at);
            }
            return new RevocationStatus("TEST", at, false);
        };
    }

    /** A provider's system seal as the sandbox issues it: CN = O = the provider's name, OU=BIN, no IIN. */
    private static IdentitySpec.Builder seal() {
        return IdentitySpec.builder(IdentitySpec.Kind.SYSTEM)
                .bin(LICENSOR_BIN)
                .organisation(LICENSOR)
                .commonName(LICENSOR)
                .usage(IdentitySpec.Usage.SIGNING_RSA);
    }

    private static byte[] sealed(IssuedIdentity seal) {
        return ResultSignatureCheckTest.sign(REFUSAL, seal, "");
    }

    private static Element xml(ValidationReport report) {
        return SecureXml.parse(report.toXml().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    }

    private static String text(Element report, String localName) {
        for (Node n = report.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }

    @Test
    void aSealIsReportedAsTheOrganisationsSealWithItsBinAndNoPerson() {
        ValidationReport report = reports.run(sealed(pki.issue(seal().build())), NOW);
        assertTrue(report.valid(), () -> report.steps().toString());
        Element xml = xml(report);
        assertEquals("VALID", text(xml, "result"));
        assertEquals("SEAL", text(xml, "signerKind"));
        assertEquals(LICENSOR_BIN, text(xml, "signerBin"));
        assertEquals(LICENSOR, text(xml, "signerName"));
        assertEquals(null, text(xml, "signerIin"), "a seal names no person");
        assertTrue(text(xml, "summaryRu").contains("печатью организации")
                && text(xml, "summaryRu").contains(LICENSOR_BIN));
        assertTrue(text(xml, "summaryKz").contains("мөрімен")
                && text(xml, "summaryKz").contains(LICENSOR_BIN));
        assertTrue(report.steps().stream()
                .anyMatch(s -> s.name().equals("SIGNER") && s.detail().contains("seal")));
    }

    @Test
    void aRevokedSealIsInvalidByTheSameRevocationCheck() {
        IssuedIdentity seal = pki.issue(seal().build());
        revoked.add(seal.certificate().getSerialNumber());
        Element xml = xml(reports.run(sealed(seal), NOW));
        assertEquals("INVALID", text(xml, "result"));
        assertEquals("CERTIFICATE_REVOKED", text(xml, "errorCode"));
    }

    @Test
    void aSealWithAnAuthenticationKeyIsInvalidByTheSameKeyUsageCheck() {
        Element xml = xml(reports.run(
                sealed(pki.issue(seal().usage(IdentitySpec.Usage.AUTHENTICATION).build())), NOW));
        assertEquals("INVALID", text(xml, "result"));
        assertEquals("KEY_USAGE_NOT_ALLOWED", text(xml, "errorCode"));
    }

    @Test
    void aSealOfAnUnknownCaIsInvalidByTheSamePathCheck() {
        Element xml = xml(reports.run(sealed(pki.issue(seal().untrusted(true).build())), NOW));
        assertEquals("INVALID", text(xml, "result"));
        assertEquals("CERTIFICATE_UNTRUSTED", text(xml, "errorCode"));
    }

    @Test
    void aPersonsReportStaysAsItWas() {
        IssuedIdentity person = pki.issue(IdentitySpec.builder(IdentitySpec.Kind.LEGAL_ENTITY_EMPLOYEE)
                .iin("871214400161")
                .bin(LICENSOR_BIN)
                .surname("ӘБІЛҚАСЫМОВА")
                .name("ҮМІТ")
                .organisation(LICENSOR)
                .build());
        Element xml = xml(reports.run(sealed(person), NOW));
        assertEquals("VALID", text(xml, "result"));
        assertEquals("PERSON", text(xml, "signerKind"));
        assertEquals("871214400161", text(xml, "signerIin"));
        assertEquals(LICENSOR_BIN, text(xml, "signerBin"));
        assertTrue(text(xml, "summaryRu").contains("Подписант"));
        assertFalse(text(xml, "summaryRu").contains("печатью"));
    }

    @Test
    void whereAPersonMustSignASealIsStillSignerMismatch() {
        byte[] sealed = sealed(pki.issue(seal().build()));
        ValidationReport report = new ValidationReport(NOW);
        ElicensingException refused = assertThrows(
                ElicensingException.class,
                () -> reports.verifier.verify(reports.verifier.parse(sealed, report), NOW, report, true));
        assertEquals(ErrorCode.SIGNER_MISMATCH, refused.code());
        assertFalse(report.valid());
    }
}
