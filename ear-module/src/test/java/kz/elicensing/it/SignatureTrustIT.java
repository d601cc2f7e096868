package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Revocation through the sandbox's OCSP responder and CRL, and the public verification report service. */
@ExtendWith(ArquillianExtension.class)
class SignatureTrustIT {

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @AfterEach
    void revocationServicesBackUp() {
        ItEnvironment.sandbox().revocationFaults().ocspDown(false);
        ItEnvironment.sandbox().revocationFaults().crlDown(false);
    }

    private static IssuedIdentity freshCompanyHead() {
        return ItEnvironment.sandbox()
                .pki()
                .issue(IdentitySpec.builder(IdentitySpec.Kind.LEGAL_ENTITY_HEAD)
                        .iin("900515300018")
                        .bin("150140000012")
                        .surname("СӘРСЕНБАЕВ")
                        .name("НҰРЛАН")
                        .organisation("ТОО «Қорғау-Сервис»")
                        .usage(IdentitySpec.Usage.SIGNING)
                        .build());
    }

    @Test
    void aRevokedCertificateIsRefusedWithTheRevocationTime() {
        Sandbox sandbox = ItEnvironment.sandbox();
        IssuedIdentity head = freshCompanyHead();
        Instant revokedAt = Instant.now().minusSeconds(3600);
        sandbox.pki().revoke(head.certificate(), 1, revokedAt);
        ShepFaultException fault = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.portal()
                        .submitApplication(ItEnvironment.sign(ItEnvironment.companyApplication(), head)));
        assertEquals("CERTIFICATE_REVOKED", fault.errorCode());
        assertTrue(fault.errorMessage().contains(revokedAt.toString().substring(0, 16)), fault.errorMessage());
    }

    @Test
    void aSignatureTimestampedBeforeTheRevocationStaysValid() {
        Sandbox sandbox = ItEnvironment.sandbox();
        IssuedIdentity head = freshCompanyHead();
        org.w3c.dom.Document stamped = new kz.elicensing.sandbox.portal.XmlSigner(head)
                .sign(ItEnvironment.companyApplication().build());
        Instant signedAt = Instant.now().minusSeconds(7200);
        kz.elicensing.sandbox.portal.XadesTimestamper.stamp(
                stamped, sandbox.demo().tsa(), signedAt);
        sandbox.pki().revoke(head.certificate(), 1, Instant.now().minusSeconds(3600));

        SendResult receipt =
                ItEnvironment.portal().submitApplication(kz.elicensing.sandbox.portal.XmlSigner.toXml(stamped));
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        // the same certificate without a timestamp: the checks run at the receipt, after the revocation
        ShepFaultException fault = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.portal()
                        .submitApplication(ItEnvironment.sign(ItEnvironment.companyApplication(), head)));
        assertEquals("CERTIFICATE_REVOKED", fault.errorCode());
    }

    @Test
    void withoutOcspTheCrlAnswers() {
        ItEnvironment.sandbox().revocationFaults().ocspDown(true);
        SendResult receipt = ItEnvironment.portal()
                .submitApplication(ItEnvironment.sign(ItEnvironment.companyApplication(), freshCompanyHead()));
        assertEquals("SUCCESS", receipt.statusCode());
    }

    @Test
    void withNoResponderAtAllTheAnswerIsRevocationUnknownNeverAPass() {
        ItEnvironment.sandbox().revocationFaults().ocspDown(true);
        ItEnvironment.sandbox().revocationFaults().crlDown(true);
        IssuedIdentity head = freshCompanyHead();
        ShepFaultException fault = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.portal()
                        .submitApplication(ItEnvironment.sign(ItEnvironment.companyApplication(), head)));
        assertEquals("REVOCATION_UNKNOWN", fault.errorCode());
    }

    @Test
    void anyoneCanAskWhyASignatureIsOrIsNotValid() throws Exception {
        String signed = ItEnvironment.sign(
                ItEnvironment.companyApplication(),
                ItEnvironment.sandbox().demo().company());
        String valid = verify(signed);
        assertEquals("VALID", ItEnvironment.element(valid, "result"), valid);
        assertEquals("900515300018", ItEnvironment.element(valid, "signerIin"));
        assertEquals("150140000012", ItEnvironment.element(valid, "signerBin"));
        assertEquals("PERSON", ItEnvironment.element(valid, "signerKind"));
        assertTrue(valid.contains("name=\"REVOCATION\" result=\"PASSED\""), valid);
        assertTrue(ItEnvironment.element(valid, "summaryKz").contains("Қолтаңба жарамды"), valid);

        String invalid = verify(signed.replace("Қорғау-Сервис", "Қорғау-Сервис Плюс"));
        assertEquals("INVALID", ItEnvironment.element(invalid, "result"));
        assertEquals("SIGNATURE_INVALID", ItEnvironment.element(invalid, "errorCode"));
        assertTrue(invalid.contains("result=\"FAILED\""), invalid);
        assertTrue(ItEnvironment.element(invalid, "summaryRu").contains("не подтверждена"), invalid);
    }

    @Test
    void theAutomaticRefusalIsSealedByTheLicensorsSystemSeal() throws Exception {
        // issue 15 item 3: a result no person decides (the refusal of an applicant the registry does not know) is
        // signed with the licensor's system seal (OU=BIN of the licensor, no person's IIN), not the server's own key
        String bin = FreshCompany.nextBin();
        var head = ItEnvironment.sandbox()
                .pki()
                .issue(kz.elicensing.sandbox.pki.IdentitySpec.builder(
                                kz.elicensing.sandbox.pki.IdentitySpec.Kind.LEGAL_ENTITY_HEAD)
                        .iin("900515300018")
                        .bin(bin)
                        .surname("ЖОҚ")
                        .name("ҚҰРЫЛТАЙ")
                        .organisation("ТОО «Жоқ»")
                        .usage(kz.elicensing.sandbox.pki.IdentitySpec.Usage.SIGNING)
                        .build());
        var application = kz.elicensing.sandbox.portal.ApplicationBuilder.securityActivity()
                .legalEntity(bin, "ТОО «Жоқ»", "900515300018")
                .requestId(java.util.UUID.randomUUID().toString())
                .payment(ItEnvironment.freshPayment(bin), new java.math.BigDecimal("19660.00"));
        String number = ItEnvironment.element(
                ItEnvironment.portal()
                        .submitApplication(ItEnvironment.sign(application, head))
                        .dataXml(),
                "applicationNumber");
        ItEnvironment.awaitStatus(number, "REFUSED", Duration.ofSeconds(60));
        String refusal = SignedApplicationFlowIT.unescape(
                ItEnvironment.element(ItEnvironment.portal().getResult(number).dataXml(), "signedDocument"));
        java.security.cert.X509Certificate seal = new kz.elicensing.sandbox.xml.XmlSignatureVerifier(
                        ItEnvironment.sandbox().pki().caCertificate())
                .verify(refusal)
                .signer();
        String subject = seal.getSubjectX500Principal()
                .getName(javax.security.auth.x500.X500Principal.RFC2253, java.util.Map.of("2.5.4.5", "SERIALNUMBER"));
        assertTrue(subject.contains("OU=BIN120340000054"), subject);
        assertFalse(subject.contains("SERIALNUMBER=IIN"), "a seal names no person: " + subject);

        // the generic report (ELICENSE_VerifyDocument) of the stored refusal: valid, an organisation's seal, its BIN
        String report = verify(refusal);
        assertEquals("VALID", ItEnvironment.element(report, "result"), report);
        assertEquals("SEAL", ItEnvironment.element(report, "signerKind"), report);
        assertEquals("120340000054", ItEnvironment.element(report, "signerBin"), report);
        assertEquals(null, ItEnvironment.element(report, "signerIin"), "no person: " + report);
        assertTrue(report.contains("name=\"REVOCATION\" result=\"PASSED\""), report);
        assertTrue(ItEnvironment.element(report, "summaryRu").contains("печатью организации"), report);
    }

    private static String verify(String signedDocument) {
        String request = "<VerifyDocumentRequest xmlns=\"urn:kz:elicensing:v1\"><document>"
                + signedDocument.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                + "</document></VerifyDocumentRequest>";
        SendResult result = ItEnvironment.portal().send("ELICENSE_VerifyDocument", request, "ru");
        assertEquals("SUCCESS", result.statusCode());
        return result.dataXml();
    }
}
