package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.gateway.HostileMessages;
import kz.elicensing.sandbox.gateway.MessageSigner;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import kz.elicensing.sandbox.portal.XmlSigner;
import kz.elicensing.sandbox.xml.SafeXml;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Issue 13 over the deployed EAR with revocation on: OCSP freshness, nonce and replay (finding 6) with the sandbox's
 * responder misbehaving on demand, a revoked intermediate CA, and the message-level hostile corpus.
 */
@ExtendWith(ArquillianExtension.class)
class SignatureHardeningIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @AfterEach
    void wellBehavedRevocationServices() {
        ItEnvironment.sandbox().revocationFaults().reset();
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

    private static String refusal(String signedApplication) {
        return assertThrows(
                        ShepFaultException.class, () -> ItEnvironment.portal().submitApplication(signedApplication))
                .errorCode();
    }

    @Test
    void anOcspAnswerFortyMinutesOldIsNoAnswer() {
        IssuedIdentity head = ItEnvironment.sandbox().pki().issue(companyHead().build());
        ItEnvironment.sandbox().revocationFaults().crlDown(true).ocspShift(Duration.ofMinutes(-40));
        assertEquals("REVOCATION_UNKNOWN", refusal(ItEnvironment.sign(ItEnvironment.companyApplication(), head)));
    }

    @Test
    void anOcspAnswerWithoutOurNonceIsNoAnswer() {
        IssuedIdentity head = ItEnvironment.sandbox().pki().issue(companyHead().build());
        ItEnvironment.sandbox().revocationFaults().crlDown(true).ocspNonce(false);
        assertEquals("REVOCATION_UNKNOWN", refusal(ItEnvironment.sign(ItEnvironment.companyApplication(), head)));
    }

    @Test
    void anOldGoodAnswerReplayedAfterTheRevocationDoesNotPass() throws Exception {
        Sandbox sandbox = ItEnvironment.sandbox();
        IssuedIdentity head = sandbox.pki().issue(companyHead().build());
        // an attacker asked before the revocation, without a nonce, and kept the GOOD answer
        CertificateID id = new CertificateID(
                new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(sandbox.pki().caCertificate()),
                head.certificate().getSerialNumber());
        sandbox.pki()
                .ocspResponder()
                .respond(new OCSPReqBuilder().addRequest(id).build().getEncoded());
        sandbox.pki().revoke(head.certificate(), 1, Instant.now().minusSeconds(60));
        sandbox.revocationFaults().crlDown(true).ocspReplay(true);
        assertEquals("REVOCATION_UNKNOWN", refusal(ItEnvironment.sign(ItEnvironment.companyApplication(), head)));
        sandbox.revocationFaults().reset();
        assertEquals("CERTIFICATE_REVOKED", refusal(ItEnvironment.sign(ItEnvironment.companyApplication(), head)));
    }

    @Test
    void aRevokedIntermediateCaRevokesTheSignaturesUnderIt() {
        Sandbox sandbox = ItEnvironment.sandbox();
        IssuedIdentity good = sandbox.pki().issueIntermediate("SANDBOX INTERMEDIATE " + UUID.randomUUID());
        SendResult receipt = ItEnvironment.portal()
                .submitApplication(
                        signedWithChain(sandbox.pki().issue(companyHead().build(), good), good));
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());

        IssuedIdentity revoked = sandbox.pki().issueIntermediate("SANDBOX INTERMEDIATE " + UUID.randomUUID());
        IssuedIdentity head = sandbox.pki().issue(companyHead().build(), revoked);
        sandbox.pki().revoke(revoked.certificate(), 2, Instant.now().minusSeconds(60));
        assertEquals("CERTIFICATE_REVOKED", refusal(signedWithChain(head, revoked)));
    }

    @Test
    void everyHostileMessageIsRefusedTypedAndLeavesNoLedgerRow() throws Exception {
        Sandbox sandbox = ItEnvironment.sandbox();
        String messageId = UUID.randomUUID().toString();
        String unsigned = envelope(messageId);
        IssuedIdentity portal = sandbox.demo().portalSystem();
        Document valid = SafeXml.parse(unsigned);
        MessageSigner.sign(valid, portal.privateKey(), portal.certificate());
        HttpResponse<String> control = post(SafeXml.toXml(valid));
        assertEquals(200, control.statusCode(), control.body());

        for (HostileMessages.Case c : HostileMessages.cases(
                sandbox.pki(), portal, DemoIdentities.Demo.PORTAL_SYSTEM.spec(), envelope(messageId + "-h"))) {
            HttpResponse<String> response = post(c.envelope());
            assertEquals(500, response.statusCode(), c.name() + ": " + response.body());
            assertTrue(
                    response.body().contains("<errorCode>" + HostileMessages.EXPECTED + "</errorCode>"),
                    c.name() + ": " + response.body());
        }
        assertEquals(
                0,
                ItEnvironment.countRows(
                        "SELECT COUNT(*) FROM received_message WHERE message_id = '" + messageId + "-h'"),
                "no hostile message left an idempotency record");
    }

    /** A signed application whose KeyInfo carries the signer's certificate, then the intermediate's. */
    private static String signedWithChain(IssuedIdentity signer, IssuedIdentity intermediate) {
        Document doc =
                new XmlSigner(signer).sign(ItEnvironment.companyApplication().build());
        Element data = (Element) doc.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "X509Data")
                .item(0);
        Element cert = doc.createElementNS(data.getNamespaceURI(), data.getPrefix() + ":X509Certificate");
        X509Certificate c = intermediate.certificate();
        try {
            cert.setTextContent(Base64.getEncoder().encodeToString(c.getEncoded()));
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        data.appendChild(cert);
        return XmlSigner.toXml(doc);
    }

    private static String envelope(String messageId) {
        // formatted, not toString(): that drops ":00" seconds, which xs:dateTime refuses (once a minute)
        String now = OffsetDateTime.now(ItEnvironment.ALMATY)
                .truncatedTo(ChronoUnit.SECONDS)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:typ=\"http://bip.bee.kz/SyncChannel/v10/Types\">"
                + "<soapenv:Body><typ:SendMessage><request><requestInfo>"
                + "<messageId>" + messageId + "</messageId>"
                + "<serviceId>ELICENSE_GetApplicationStatus</serviceId>"
                + "<messageDate>" + now + "</messageDate>"
                + "<sender><senderId>PORTAL</senderId><password>portal-demo-pass</password></sender>"
                + "</requestInfo><requestData><data><StatusQuery xmlns=\"urn:kz:elicensing:v1\">"
                + "<applicantId>150140000012</applicantId></StatusQuery></data></requestData>"
                + "</request></typ:SendMessage></soapenv:Body></soapenv:Envelope>";
    }

    private HttpResponse<String> post(String envelope) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(ItEnvironment.SYNC_CHANNEL_URL))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
