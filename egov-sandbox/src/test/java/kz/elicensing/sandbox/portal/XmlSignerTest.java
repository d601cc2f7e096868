package kz.elicensing.sandbox.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import kz.elicensing.sandbox.xml.SafeXml;
import kz.elicensing.sandbox.xml.SignatureCheckException;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.utils.Constants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class XmlSignerTest {

    @TempDir
    static Path data;

    static TestPki pki;
    static IssuedIdentity rsa;

    @BeforeAll
    static void setUp() {
        org.apache.xml.security.Init.init();
        pki = TestPki.open(data);
        rsa = pki.issue(spec().build());
    }

    private static IdentitySpec.Builder spec() {
        return IdentitySpec.builder(IdentitySpec.Kind.LEGAL_ENTITY_HEAD)
                .bin("150140000012")
                .organisation("ТОО «Қорғау-Сервис»")
                .iin("900515300018")
                .surname("СӘРСЕНБАЕВ")
                .name("НҰРЛАН");
    }

    /** Verifies with plain Santuario on a freshly parsed copy of the text (independent of XmlSignatureVerifier). */
    private static boolean santuarioVerifies(String xml) throws Exception {
        Document doc = SafeXml.parse(xml);
        Element root = doc.getDocumentElement();
        root.setIdAttributeNS(null, "Id", true);
        Element sigEl = (Element) doc.getElementsByTagNameNS(Constants.SignatureSpecNS, "Signature")
                .item(0);
        XMLSignature sig = new XMLSignature(sigEl, "", true);
        return sig.checkSignatureValue(sig.getKeyInfo().getX509Certificate());
    }

    @Test
    void signedApplicationVerifiesAndHasTheAgreedShape() throws Exception {
        ApplicationBuilder b = ApplicationBuilder.securityActivity();
        String xml = new XmlSigner(rsa).signToXml(b.build());

        assertTrue(santuarioVerifies(xml));
        Document doc = SafeXml.parse(xml);
        Element root = doc.getDocumentElement();
        assertEquals("urn:kz:elicensing:v1", root.getNamespaceURI());
        assertEquals("Application", root.getLocalName());
        Node last = root.getLastChild();
        assertEquals("Signature", last.getLocalName(), "ds:Signature is the last child of the root");
        assertEquals(Constants.SignatureSpecNS, last.getNamespaceURI());
        Element sig = (Element) last;
        Element ref = (Element) sig.getElementsByTagNameNS(Constants.SignatureSpecNS, "Reference")
                .item(0);
        assertEquals("#" + b.id(), ref.getAttribute("URI"));
        assertEquals(
                1,
                sig.getElementsByTagNameNS(Constants.SignatureSpecNS, "Reference")
                        .getLength());
        Element sm = (Element) sig.getElementsByTagNameNS(Constants.SignatureSpecNS, "SignatureMethod")
                .item(0);
        assertEquals("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", sm.getAttribute("Algorithm"));
        Element cm = (Element) sig.getElementsByTagNameNS(Constants.SignatureSpecNS, "CanonicalizationMethod")
                .item(0);
        assertEquals("http://www.w3.org/2001/10/xml-exc-c14n#", cm.getAttribute("Algorithm"));
        var transforms = sig.getElementsByTagNameNS(Constants.SignatureSpecNS, "Transform");
        assertEquals(
                "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
                ((Element) transforms.item(0)).getAttribute("Algorithm"));
        assertEquals(
                "http://www.w3.org/2001/10/xml-exc-c14n#", ((Element) transforms.item(1)).getAttribute("Algorithm"));
        Element dm = (Element) sig.getElementsByTagNameNS(Constants.SignatureSpecNS, "DigestMethod")
                .item(0);
        assertEquals("http://www.w3.org/2001/04/xmlenc#sha256", dm.getAttribute("Algorithm"));
        assertEquals(
                1,
                sig.getElementsByTagNameNS(Constants.SignatureSpecNS, "X509Certificate")
                        .getLength());
        assertTrue(xml.contains("Қорғау-Сервис"), "Kazakh letters are written as characters");
        assertTrue(xml.startsWith("<?xml"), "with XML declaration");

        var verified = new XmlSignatureVerifier(pki.caCertificate()).verify(xml);
        assertEquals(rsa.certificate(), verified.signer());
    }

    @Test
    void changingOneCharacterBreaksTheSignature() throws Exception {
        String xml = new XmlSigner(rsa)
                .signToXml(ApplicationBuilder.securityActivity().build());
        String tampered = xml.replace("SECURITY_GUARD", "SECURITY_GUARE");
        assertNotEquals(xml, tampered);
        assertFalse(santuarioVerifies(tampered));
        SignatureCheckException e = assertThrows(
                SignatureCheckException.class, () -> new XmlSignatureVerifier(pki.caCertificate()).verify(tampered));
        assertEquals("SIGNATURE_INVALID", e.code());

        // also the amount, whose change matters most
        String cheaper = xml.replace("19660.00", "19660.01");
        assertNotEquals(xml, cheaper);
        assertFalse(santuarioVerifies(cheaper));
    }

    @Test
    void ecP256SigningWorks() throws Exception {
        IssuedIdentity ec =
                pki.issue(spec().keyAlgorithm(IdentitySpec.KeyAlgorithm.EC_P256).build());
        String xml = new XmlSigner(ec)
                .signToXml(ApplicationBuilder.securityActivity().forDemoPerson().build());
        assertTrue(xml.contains("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"));
        assertTrue(santuarioVerifies(xml));
        assertFalse(santuarioVerifies(xml.replace("ҒАБИТОВ", "ГАБИТОВ")));
        assertEquals(
                ec.certificate(),
                new XmlSignatureVerifier(pki.caCertificate()).verify(xml).signer());
    }

    @Test
    void verifierRejectsUntrustedMissingAndWrappedSignatures() throws Exception {
        XmlSignatureVerifier verifier = new XmlSignatureVerifier(pki.caCertificate());
        IssuedIdentity rogue = pki.issue(spec().untrusted(true).build());
        String byRogue = new XmlSigner(rogue)
                .signToXml(ApplicationBuilder.securityActivity().build());
        assertTrue(santuarioVerifies(byRogue), "cryptographically fine");
        assertEquals(
                "CERTIFICATE_UNTRUSTED",
                assertThrows(SignatureCheckException.class, () -> verifier.verify(byRogue))
                        .code());

        String unsigned = XmlSigner.toXml(ApplicationBuilder.securityActivity().build());
        assertEquals(
                "SIGNATURE_MISSING",
                assertThrows(SignatureCheckException.class, () -> verifier.verify(unsigned))
                        .code());

        // a signature over another element than the root: reference does not point to the root
        Document doc = ApplicationBuilder.securityActivity().build();
        Element payment = (Element)
                doc.getElementsByTagNameNS(ApplicationBuilder.NS, "payment").item(0);
        payment.setAttributeNS(null, "Id", "pay-1");
        payment.setIdAttributeNS(null, "Id", true);
        XMLSignature s = new XMLSignature(
                doc,
                "",
                XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256,
                org.apache.xml.security.c14n.Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        doc.getDocumentElement().appendChild(s.getElement());
        var t = new org.apache.xml.security.transforms.Transforms(doc);
        t.addTransform(org.apache.xml.security.transforms.Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
        s.addDocument("#pay-1", t, org.apache.xml.security.algorithms.MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
        s.addKeyInfo(rsa.certificate());
        s.sign(rsa.privateKey());
        String partial = XmlSigner.toXml(doc);
        assertEquals(
                "SIGNATURE_WRAPPING",
                assertThrows(SignatureCheckException.class, () -> verifier.verify(partial))
                        .code());
    }

    @Test
    void resigningAParsedDocumentReplacesTheOldSignature() throws Exception {
        String first = new XmlSigner(rsa)
                .signToXml(ApplicationBuilder.securityActivity().build());
        Document parsed = SafeXml.parse(first);
        XmlSigner.stripSignatures(parsed);
        IssuedIdentity other = pki.issue(spec().build());
        String second = new XmlSigner(other).signToXml(parsed);
        assertEquals(
                1,
                SafeXml.parse(second)
                        .getElementsByTagNameNS(Constants.SignatureSpecNS, "Signature")
                        .getLength());
        assertEquals(
                other.certificate(),
                new XmlSignatureVerifier(pki.caCertificate()).verify(second).signer());
    }

    @Test
    void builderWritesElementsInSchemaOrder() throws Exception {
        Document doc = ApplicationBuilder.securityActivity()
                .operation("REISSUE")
                .baseLicenseNumber("KZ18LAA00032760")
                .attachment("charter.txt", "Жарғы")
                .build();
        StringBuilder order = new StringBuilder();
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            order.append(n.getLocalName()).append(' ');
        }
        assertEquals(
                "requestId service operation baseLicenseNumber language applicant activity payment fields attachments ",
                order.toString());
    }
}
