package kz.elicensing.sandbox.gateway;

import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import kz.elicensing.sandbox.xml.SafeXml;
import org.apache.xml.security.algorithms.MessageDigestAlgorithm;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The message-level part of the hostile corpus: envelopes a receiver must refuse with MESSAGE_SIGNATURE_INVALID
 * although each carries a real signature of a certificate the receiver's CA issued. Built on the fly from an unsigned
 * envelope, because the certificates must come from the CA the receiver trusts and the revoked one needs its live
 * OCSP responder: two Bodies, two Security headers, a BinarySecurityToken other than the one the KeyInfo names, a
 * signature over a header part and not the Body, an expired and a revoked sending certificate.
 */
public final class HostileMessages {

    /** The code every case must be refused with. */
    public static final String EXPECTED = "MESSAGE_SIGNATURE_INVALID";

    /** One hostile envelope: its name, what it is, and the bytes to send. */
    public record Case(String name, String description, String envelope) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileMessages() {}

    /**
     * The cases for {@code unsigned} (a SOAP 1.1 envelope with a Body), signed by {@code sender} (a system identity of
     * {@code pki}); the expired and revoked certificates are issued (and revoked) with the sender's subject.
     */
    public static List<Case> cases(TestPki pki, IssuedIdentity sender, IdentitySpec senderSpec, String unsigned) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(
                "two-bodies",
                "a correctly signed Body followed by a second, unsigned soap:Body",
                edit(signed(unsigned, sender), doc -> {
                    Element body = child(doc.getDocumentElement(), "Body");
                    Element second = (Element) body.cloneNode(true);
                    second.removeAttributeNS(MessageSigner.WSU_NS, "Id");
                    doc.getDocumentElement().appendChild(second);
                })));
        cases.add(new Case(
                "two-security-headers",
                "a second wsse:Security header, a copy of the first (which signature counts?)",
                edit(signed(unsigned, sender), doc -> {
                    Element header = child(doc.getDocumentElement(), "Header");
                    Element security = first(header, MessageSigner.WSSE_NS, "Security");
                    Element copy = (Element) security.cloneNode(true);
                    for (Element e : all(copy, MessageSigner.WSU_NS)) {
                        e.setAttributeNS(MessageSigner.WSU_NS, "wsu:Id", "copy-" + UUID.randomUUID());
                    }
                    header.appendChild(copy);
                })));
        IssuedIdentity other = pki.issue(IdentitySpec.builder(IdentitySpec.Kind.SYSTEM)
                .bin(senderSpec.bin())
                .organisation(senderSpec.organisation())
                .commonName(senderSpec.effectiveCommonName())
                .usage(IdentitySpec.Usage.SIGNING)
                .build());
        cases.add(new Case(
                "token-does-not-match-keyinfo",
                "the KeyInfo names a second BinarySecurityToken (another certificate of the same sender) than the one"
                        + " whose key signed",
                edit(signed(unsigned, sender), doc -> {
                    Element security = first(doc.getDocumentElement(), MessageSigner.WSSE_NS, "Security");
                    Element token = first(security, MessageSigner.WSSE_NS, "BinarySecurityToken");
                    Element second = (Element) token.cloneNode(true);
                    String id = "X509-" + UUID.randomUUID();
                    second.setAttributeNS(MessageSigner.WSU_NS, "wsu:Id", id);
                    second.setTextContent(base64(other.certificate()));
                    security.insertBefore(second, token);
                    first(security, MessageSigner.WSSE_NS, "Reference").setAttributeNS(null, "URI", "#" + id);
                })));
        cases.add(new Case(
                "unsigned-body",
                "a valid signature over a wsu:Timestamp in the Security header only; the Body is not signed",
                signedTimestampOnly(unsigned, sender)));
        Instant now = Instant.now();
        IssuedIdentity expired = pki.issue(IdentitySpec.builder(IdentitySpec.Kind.SYSTEM)
                .bin(senderSpec.bin())
                .organisation(senderSpec.organisation())
                .commonName(senderSpec.effectiveCommonName())
                .usage(IdentitySpec.Usage.SIGNING)
                .notBefore(now.minus(Duration.ofDays(400)))
                .notAfter(now.minus(Duration.ofDays(1)))
                .build());
        cases.add(new Case(
                "expired-sending-certificate",
                "signed with a certificate of the sender that expired yesterday",
                signed(unsigned, expired)));
        IssuedIdentity revoked = pki.issue(IdentitySpec.builder(IdentitySpec.Kind.SYSTEM)
                .bin(senderSpec.bin())
                .organisation(senderSpec.organisation())
                .commonName(senderSpec.effectiveCommonName())
                .usage(IdentitySpec.Usage.SIGNING)
                .build());
        pki.revoke(revoked.certificate(), 1, now.minus(Duration.ofHours(1)));
        cases.add(new Case(
                "revoked-sending-certificate",
                "signed with a certificate of the sender revoked an hour ago (keyCompromise)",
                signed(unsigned, revoked)));
        return cases;
    }

    /** A change made to a parsed envelope. */
    private interface Edit {
        void apply(Document doc);
    }

    private static String signed(String unsigned, IssuedIdentity signer) {
        Document doc = parse(unsigned);
        MessageSigner.sign(doc, signer.privateKey(), signer.certificate());
        return SafeXml.toXml(doc);
    }

    private static String edit(String xml, Edit edit) {
        Document doc = parse(xml);
        edit.apply(doc);
        return SafeXml.toXml(doc);
    }

    /** A wsse:Security header with a token, a wsu:Timestamp and a signature over the Timestamp only. */
    private static String signedTimestampOnly(String unsigned, IssuedIdentity signer) {
        Document doc = parse(unsigned);
        Element root = doc.getDocumentElement();
        Element body = child(root, "Body");
        Element header = child(root, "Header");
        if (header == null) {
            header = doc.createElementNS(MessageSigner.SOAP11_NS, prefixed(root.getPrefix(), "Header"));
            root.insertBefore(header, body);
        }
        Element security = doc.createElementNS(MessageSigner.WSSE_NS, "wsse:Security");
        security.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsu", MessageSigner.WSU_NS);
        header.appendChild(security);
        String tokenId = "X509-" + UUID.randomUUID();
        Element token = doc.createElementNS(MessageSigner.WSSE_NS, "wsse:BinarySecurityToken");
        token.setAttributeNS(null, "EncodingType", MessageSigner.BASE64_BINARY);
        token.setAttributeNS(null, "ValueType", MessageSigner.X509_TOKEN);
        token.setAttributeNS(MessageSigner.WSU_NS, "wsu:Id", tokenId);
        token.setTextContent(base64(signer.certificate()));
        security.appendChild(token);
        body.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsu", MessageSigner.WSU_NS);
        body.setAttributeNS(MessageSigner.WSU_NS, "wsu:Id", "Body-" + UUID.randomUUID()); // an Id, but not signed
        String timestampId = "TS-" + UUID.randomUUID();
        Element timestamp = doc.createElementNS(MessageSigner.WSU_NS, "wsu:Timestamp");
        timestamp.setAttributeNS(MessageSigner.WSU_NS, "wsu:Id", timestampId);
        timestamp.setIdAttributeNS(MessageSigner.WSU_NS, "Id", true);
        Element created = doc.createElementNS(MessageSigner.WSU_NS, "wsu:Created");
        created.setTextContent(Instant.now().toString());
        timestamp.appendChild(created);
        security.appendChild(timestamp);
        PrivateKey key = signer.privateKey();
        String method = "EC".equals(key.getAlgorithm())
                ? XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256
                : XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256;
        try {
            XMLSignature sig = new XMLSignature(doc, "", method, Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            security.appendChild(sig.getElement());
            Transforms transforms = new Transforms(doc);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            sig.addDocument("#" + timestampId, transforms, MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
            Element str = doc.createElementNS(MessageSigner.WSSE_NS, "wsse:SecurityTokenReference");
            Element ref = doc.createElementNS(MessageSigner.WSSE_NS, "wsse:Reference");
            ref.setAttributeNS(null, "URI", "#" + tokenId);
            ref.setAttributeNS(null, "ValueType", MessageSigner.X509_TOKEN);
            str.appendChild(ref);
            sig.getKeyInfo().addUnknownElement(str);
            sig.sign(key);
        } catch (XMLSecurityException e) {
            throw new IllegalStateException("signing the hostile case failed: " + e.getMessage(), e);
        }
        return SafeXml.toXml(doc);
    }

    private static Document parse(String xml) {
        try {
            return SafeXml.parse(xml);
        } catch (SAXException e) {
            throw new IllegalArgumentException("not an envelope: " + e.getMessage(), e);
        }
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && MessageSigner.SOAP11_NS.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Element first(Element scope, String ns, String localName) {
        return (Element) scope.getElementsByTagNameNS(ns, localName).item(0);
    }

    /** Every element under {@code scope} (itself included) that carries an attribute of {@code ns}'s Id. */
    private static List<Element> all(Element scope, String ns) {
        List<Element> result = new ArrayList<>();
        var nodes = scope.getElementsByTagName("*");
        if (scope.hasAttributeNS(ns, "Id")) {
            result.add(scope);
        }
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.hasAttributeNS(ns, "Id")) {
                result.add(e);
            }
        }
        return result;
    }

    private static String prefixed(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }
}
