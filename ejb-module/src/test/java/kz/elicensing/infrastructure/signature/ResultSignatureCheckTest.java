package kz.elicensing.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.elicensing.application.decision.PendingResult;
import kz.elicensing.application.decision.ResultKindToSign;
import kz.elicensing.application.decision.SignedResult;
import kz.elicensing.domain.catalog.AuthorizedPerson;
import kz.elicensing.domain.catalog.AuthorizedPersons;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The check of a result signed in the browser, one refusal reason at a time, with keys from a test CA: as NCALayer
 * signs (Reference URI="", enveloped, exclusive C14N, the certificate in KeyInfo).
 */
class ResultSignatureCheckTest {
    private static final String LICENSOR_BIN = "120340000054";
    private static final String OTHER_BIN = "040340000816";
    private static final String PERSON_IIN = "871214400161";
    private static final String UNLISTED_IIN = "920217372346";
    private static final String FORMER_IIN = "790411378073";
    private static final String PREPARED = "<License xmlns=\"urn:kz:elicensing:v1\" Id=\"license-1\">"
            + "<licenseNumber>KZ18LAA00032760</licenseNumber><holder>ТОО «Қорғау-Сервис»</holder></License>";

    private static TestPki pki;
    private static ResultSignatureCheck check;
    private static final List<BigInteger> revoked = new ArrayList<>();
    private static final Instant NOW = Instant.now();

    @BeforeAll
    static void pki() throws Exception {
        Path data = Files.createTempDirectory("result-signature");
        pki = TestPki.open(data);
        ElicensingConfig config = new ElicensingConfig() {
            @Override
            public Path trustDirectory() {
                return pki.trustDir();
            }
        };
        check = new ResultSignatureCheck();
        check.verifier = new SignedDocumentVerifier();
        check.verifier.config = config;
        check.verifier.trustAnchors = new TrustAnchors();
        check.verifier.trustAnchors.config = config;
        check.verifier.revocation = (certificate, issuer, at) -> {
            if (revoked.contains(certificate.getSerialNumber())) {
                throw new ElicensingException(ErrorCode.CERTIFICATE_REVOKED, "revoked", at);
            }
            return new RevocationStatus("TEST", at, false);
        };
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        check.persons = new AuthorizedPersons() {
            @Override
            public Optional<AuthorizedPerson> validOn(String providerCode, String iin, LocalDate day) {
                return ofProvider(providerCode).stream()
                        .filter(p -> p.iin().equals(iin) && p.validOn(day))
                        .findFirst();
            }

            @Override
            public List<AuthorizedPerson> ofProvider(String providerCode) {
                return "DP_ALMATY".equals(providerCode)
                        ? List.of(
                                person(1, PERSON_IIN, today.minusYears(1), null),
                                person(2, FORMER_IIN, today.minusYears(2), today.minusDays(1)))
                        : List.of();
            }
        };
    }

    private static AuthorizedPerson person(long id, String iin, LocalDate from, LocalDate to) {
        return new AuthorizedPerson(
                id,
                "DP_ALMATY",
                iin,
                "ӘБІЛҚАСЫМОВА",
                "ҮМІТ",
                "НҰРЛАНҚЫЗЫ",
                "Заместитель начальника департамента",
                "Департамент бастығының орынбасары",
                from,
                to);
    }

    private static IdentitySpec.Builder employee(String iin, String bin) {
        return IdentitySpec.builder(IdentitySpec.Kind.LEGAL_ENTITY_EMPLOYEE)
                .iin(iin)
                .bin(bin)
                .surname("ӘБІЛҚАСЫМОВА")
                .name("ҮМІТ")
                .organisation("ДП г. Алматы");
    }

    private static PendingResult prepared() {
        return new PendingResult(
                "token-1",
                "EL-2026-00000001",
                ResultKindToSign.LICENSE,
                "DP_ALMATY",
                PREPARED.getBytes(StandardCharsets.UTF_8),
                Map.of(),
                "officer1",
                NOW,
                NOW.plus(1, ChronoUnit.DAYS));
    }

    /** Signs {@code xml} as NCALayer does: Reference {@code uri} ("" = the whole document), enveloped + exc-C14N. */
    static byte[] sign(String xml, IssuedIdentity signer, String uri) {
        XmlSecurityInit.ensure();
        Document doc = SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8));
        Element root = doc.getDocumentElement();
        root.setIdAttributeNS(null, "Id", true);
        org.w3c.dom.NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("Id")) {
                e.setIdAttributeNS(null, "Id", true);
            }
        }
        try {
            XMLSignature signature = new XMLSignature(
                    doc, "", XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256, Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            root.appendChild(signature.getElement());
            Transforms transforms = new Transforms(doc);
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            signature.addDocument(uri, transforms, "http://www.w3.org/2001/04/xmlenc#sha256");
            signature.addKeyInfo(signer.certificate());
            signature.sign(signer.privateKey());
            return SecureXml.toBytes(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] signedBy(IdentitySpec.Builder spec) {
        return sign(PREPARED, pki.issue(spec.build()), "");
    }

    private static ErrorCode refusal(byte[] signed) {
        return assertThrows(ElicensingException.class, () -> check.verify(signed, prepared(), LICENSOR_BIN, NOW))
                .code();
    }

    @Test
    void theLicensorsAuthorizedPersonSigns() {
        SignedResult result = check.verify(signedBy(employee(PERSON_IIN, LICENSOR_BIN)), prepared(), LICENSOR_BIN, NOW);
        assertEquals(PERSON_IIN, result.person().iin());
        assertEquals("Заместитель начальника департамента", result.person().positionRu());
    }

    @Test
    void aSignatureReferencingTheRootsIdIsTheWholeDocumentToo() {
        byte[] signed =
                sign(PREPARED, pki.issue(employee(PERSON_IIN, LICENSOR_BIN).build()), "#license-1");
        assertEquals(
                PERSON_IIN,
                check.verify(signed, prepared(), LICENSOR_BIN, NOW).person().iin());
    }

    @Test
    void anotherOrganisationsCertificateIsRefused() {
        assertEquals(ErrorCode.RESULT_SIGNER_WRONG_ORGANISATION, refusal(signedBy(employee(PERSON_IIN, OTHER_BIN))));
    }

    @Test
    void anIndividualsCertificateWithoutBinIsAnotherOrganisation() {
        assertEquals(
                ErrorCode.RESULT_SIGNER_WRONG_ORGANISATION,
                refusal(signedBy(IdentitySpec.builder(IdentitySpec.Kind.INDIVIDUAL)
                        .iin(PERSON_IIN)
                        .surname("ӘБІЛҚАСЫМОВА")
                        .name("ҮМІТ"))));
    }

    @Test
    void theLicensorsSealIsNoAuthorizedPerson() {
        // an officer's decision is signed by a person; the seal signs only automatic results
        assertEquals(
                ErrorCode.RESULT_SIGNER_NOT_AUTHORIZED,
                refusal(signedBy(IdentitySpec.builder(IdentitySpec.Kind.SYSTEM)
                        .bin(LICENSOR_BIN)
                        .organisation("ДП г. Алматы")
                        .commonName("ДП г. Алматы")
                        .usage(IdentitySpec.Usage.SIGNING_RSA))));
    }

    @Test
    void anEmployeeWhoIsNotAnAuthorizedPersonIsRefused() {
        assertEquals(ErrorCode.RESULT_SIGNER_NOT_AUTHORIZED, refusal(signedBy(employee(UNLISTED_IIN, LICENSOR_BIN))));
    }

    @Test
    void anAuthorizationThatEndedYesterdayIsRefused() {
        assertEquals(ErrorCode.RESULT_SIGNER_NOT_AUTHORIZED, refusal(signedBy(employee(FORMER_IIN, LICENSOR_BIN))));
    }

    @Test
    void anExpiredCertificateIsRefused() {
        Instant end = NOW.minus(2, ChronoUnit.DAYS);
        assertEquals(
                ErrorCode.RESULT_SIGNER_CERTIFICATE_EXPIRED,
                refusal(signedBy(employee(PERSON_IIN, LICENSOR_BIN).validity(end.minus(365, ChronoUnit.DAYS), end))));
    }

    @Test
    void aRevokedCertificateIsRefused() {
        IssuedIdentity signer = pki.issue(employee(PERSON_IIN, LICENSOR_BIN).build());
        revoked.add(signer.certificate().getSerialNumber());
        assertEquals(ErrorCode.RESULT_SIGNER_CERTIFICATE_REVOKED, refusal(sign(PREPARED, signer, "")));
    }

    @Test
    void anAuthenticationKeyIsRefused() {
        assertEquals(
                ErrorCode.RESULT_SIGNER_KEY_USAGE,
                refusal(signedBy(employee(PERSON_IIN, LICENSOR_BIN).usage(IdentitySpec.Usage.AUTHENTICATION))));
    }

    @Test
    void aChangedDocumentSignedIsRefused() {
        byte[] signed = sign(
                PREPARED.replace("KZ18LAA00032760", "KZ18LAA00032761"),
                pki.issue(employee(PERSON_IIN, LICENSOR_BIN).build()),
                "");
        assertEquals(ErrorCode.RESULT_DOCUMENT_CHANGED, refusal(signed));
    }

    @Test
    void aDocumentChangedAfterSigningIsRefused() {
        String signed = new String(signedBy(employee(PERSON_IIN, LICENSOR_BIN)), StandardCharsets.UTF_8);
        assertEquals(
                ErrorCode.RESULT_SIGNATURE_INVALID,
                refusal(signed.replace("KZ18LAA00032760", "KZ18LAA00032761").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnsignedDocumentIsRefused() {
        assertEquals(ErrorCode.RESULT_SIGNATURE_INVALID, refusal(PREPARED.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCertificateOfAnUnknownCaIsRefused() {
        assertEquals(
                ErrorCode.RESULT_SIGNATURE_INVALID,
                refusal(signedBy(employee(PERSON_IIN, LICENSOR_BIN).untrusted(true))));
    }

    @Test
    void aSignatureOverAPartOfTheDocumentIsRefused() {
        String xml = PREPARED.replace("<holder>", "<holder Id=\"part\">");
        byte[] signed = sign(xml, pki.issue(employee(PERSON_IIN, LICENSOR_BIN).build()), "#part");
        assertEquals(ErrorCode.RESULT_SIGNATURE_INVALID, refusal(signed));
    }

    @Test
    void theGenericReportOfAStoredResultAcceptsTheWholeDocumentReference() {
        SignatureReportService reports = new SignatureReportService();
        reports.verifier = check.verifier;
        ValidationReport report = reports.run(signedBy(employee(PERSON_IIN, LICENSOR_BIN)), NOW);
        assertEquals(
                List.of(),
                report.steps().stream().filter(st -> !st.passed()).toList(),
                "the public check and VerifyDocument see a valid signature");
    }
}
