package kz.elicensing.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.sandbox.gateway.MessageSigner;
import kz.elicensing.sandbox.gateway.MessageVerifier;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import kz.elicensing.sandbox.xml.SafeXml;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The message-level signature (contracts.md §1) both ways between E-licensing's implementation and the sandbox's. */
class WsSecurityTest {
    private static final String ENVELOPE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soap:Body><t:SendMessage xmlns:t=\"http://bip.bee.kz/SyncChannel/v10/Types\"><request>"
            + "<requestInfo><messageId>5d3c1e8a-0000-4000-8000-000000000001</messageId><serviceId>ELICENSE_SubmitApplication</serviceId>"
            + "<sender><senderId>PORTAL</senderId></sender></requestInfo><requestData><data>Қазақстан әғқңөұүһі</data></requestData>"
            + "</request></t:SendMessage></soap:Body></soap:Envelope>";
    private static TestPki pki;
    private static IssuedIdentity system;
    private static TrustAnchors anchors;

    @BeforeAll
    static void pki() throws Exception {
        Path data = Files.createTempDirectory("wssec");
        pki = TestPki.open(data);
        system = DemoIdentities.open(data, pki).get(DemoIdentities.Demo.ELICENSING_SYSTEM);
        System.setProperty("elicensing.trust.dir", pki.trustDir().toString());
        anchors = new TrustAnchors();
        anchors.config = new ElicensingConfig();
    }

    private static SigningCredential credential(IssuedIdentity identity) {
        return new SigningCredential(identity.privateKey(), identity.certificate());
    }

    private static X509Certificate verify(byte[] soap) {
        return WsSecurityVerifier.verify(SecureXml.parse(soap), Instant.now(), anchors, RevocationChecker.NONE);
    }

    private static ErrorCode refusal(byte[] soap) {
        return assertThrows(ElicensingException.class, () -> verify(soap)).code();
    }

    private static byte[] envelope() {
        return ENVELOPE.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMessageWeSignVerifiesHereAndInTheSandbox() throws Exception {
        byte[] signed = WsSecuritySigner.sign(envelope(), credential(system));
        assertEquals(system.certificate(), verify(signed));
        Document doc = SafeXml.parse(new String(signed, StandardCharsets.UTF_8));
        assertEquals(system.certificate(), MessageVerifier.verify(doc, new XmlSignatureVerifier(pki.caCertificate())));
        assertTrue(new String(signed, StandardCharsets.UTF_8).contains("әғқңөұүһі"), "Kazakh letters survive signing");
    }

    @Test
    void aMessageTheSandboxSignsVerifiesHere() throws Exception {
        Document doc = SafeXml.parse(ENVELOPE);
        MessageSigner.sign(doc, system.privateKey(), system.certificate());
        assertEquals(system.certificate(), verify(SafeXml.toXml(doc).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnsignedMessageIsRefused() {
        assertEquals(ErrorCode.MESSAGE_SIGNATURE_INVALID, refusal(envelope()));
    }

    @Test
    void aChangedBodyIsRefused() {
        String signed = new String(WsSecuritySigner.sign(envelope(), credential(system)), StandardCharsets.UTF_8);
        assertEquals(
                ErrorCode.MESSAGE_SIGNATURE_INVALID,
                refusal(signed.replace("ELICENSE_SubmitApplication", "ELICENSE_GetResult")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSignedBodyMovedAsideForAForgedOneIsRefused() {
        Document doc = SecureXml.parse(WsSecuritySigner.sign(envelope(), credential(system)));
        Element envelope = doc.getDocumentElement();
        Element body = WsSecurity.only(envelope, WsSecurity.SOAP11, "Body", "Body");
        Element header = WsSecurity.only(envelope, WsSecurity.SOAP11, "Header", "Header");
        Element forged = (Element) body.cloneNode(true);
        forged.removeAttributeNS(WsSecurity.WSU, "Id");
        forged.getElementsByTagName("serviceId").item(0).setTextContent("ELICENSE_GetResult");
        header.appendChild(body); // the signed original hides in the header
        envelope.appendChild(forged); // the receiver would read this one
        assertEquals(ErrorCode.MESSAGE_SIGNATURE_INVALID, refusal(SecureXml.toBytes(doc)));
        forged.setAttributeNS(WsSecurity.WSU, "wsu:Id", body.getAttributeNS(WsSecurity.WSU, "Id"));
        assertEquals(ErrorCode.MESSAGE_SIGNATURE_INVALID, refusal(SecureXml.toBytes(doc)));
    }

    @Test
    void aCertificateOfAnUntrustedCaIsRefused() {
        IssuedIdentity rogue = pki.issue(IdentitySpec.builder(IdentitySpec.Kind.SYSTEM)
                .bin(DemoIdentities.ELICENSING_BIN)
                .organisation("rogue")
                .commonName("ROGUE")
                .untrusted(true)
                .build());
        assertEquals(
                ErrorCode.MESSAGE_SIGNATURE_INVALID, refusal(WsSecuritySigner.sign(envelope(), credential(rogue))));
    }
}
