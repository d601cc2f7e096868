package kz.elicensing.infrastructure.signature;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.apache.xml.security.c14n.Canonicalizer;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the one trusted timestamp a signature may carry, as XAdES-T places it (ds:Object / QualifyingProperties /
 * UnsignedProperties / UnsignedSignatureProperties / SignatureTimeStamp / EncapsulatedTimeStamp, an RFC 3161 token
 * over the C14N of ds:SignatureValue), and verifies it: the token's signature and the TSA certificate (critical EKU
 * timeStamping, a path to a trust anchor at genTime, not revoked), the imprint, and a genTime not after the receipt.
 */
public final class SignatureTimestamps {
    static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";
    /** A TSA clock may run this much ahead of ours. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final String INCLUSIVE_C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
    private static final List<String> C14N = List.of(INCLUSIVE_C14N, "http://www.w3.org/2001/10/xml-exc-c14n#");
    private static final Map<String, String> IMPRINT_DIGESTS = Map.of(
            NISTObjectIdentifiers.id_sha256.getId(), "SHA-256",
            NISTObjectIdentifiers.id_sha384.getId(), "SHA-384",
            NISTObjectIdentifiers.id_sha512.getId(), "SHA-512");

    /** A verified timestamp: when, and by which TSA. */
    public record Timestamp(Instant genTime, X509Certificate tsa) {}

    private SignatureTimestamps() {}

    /**
     * True when {@code object} (a ds:Object of {@code signature}) is exactly a XAdES timestamp container and nothing
     * else: one QualifyingProperties targeting this signature, holding only the one SignatureTimeStamp.
     */
    static boolean isTimestampContainer(Element object, Element signature) {
        return encapsulatedToken(object, signature) != null;
    }

    /** The signature's timestamp, verified, or null when it carries none. */
    public static Timestamp verify(
            Element signature, Instant receivedAt, TrustAnchors anchors, RevocationChecker revocation) {
        Element token = null;
        for (Node n = signature.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "Object".equals(e.getLocalName())) {
                Element found = encapsulatedToken(e, signature);
                if (found == null) {
                    throw new ElicensingException(
                            ErrorCode.SIGNATURE_WRAPPING, "a ds:Object other than a XAdES timestamp");
                }
                if (token != null) {
                    throw new ElicensingException(ErrorCode.TIMESTAMP_INVALID, "more than one signature timestamp");
                }
                token = found;
            }
        }
        if (token == null) {
            return null;
        }
        TimeStampToken tst = decode(token);
        Element timestamp = (Element) token.getParentNode();
        checkImprint(tst, signature, canonicalization(timestamp));
        List<X509Certificate> certificates = certificates(tst);
        X509Certificate tsa = certificates.stream()
                .filter(c -> tst.getSID().match(holder(c)))
                .findFirst()
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.TIMESTAMP_INVALID, "the token does not carry the TSA certificate"));
        try {
            tst.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
        } catch (Exception e) {
            throw new ElicensingException(
                    ErrorCode.TIMESTAMP_INVALID, "the timestamp token does not verify: " + e.getMessage(), e);
        }
        Instant genTime = tst.getTimeStampInfo().getGenTime().toInstant();
        if (genTime.isAfter(receivedAt.plus(CLOCK_SKEW))) {
            throw new ElicensingException(
                    ErrorCode.TIMESTAMP_INVALID, "timestamp " + genTime + " is later than the receipt " + receivedAt);
        }
        try {
            CertificateValidator.validate(tsa, certificates, anchors.anchors(), genTime);
            ChainRevocation.check(revocation, anchors, tsa, anchors.issuerOf(tsa, certificates), certificates, genTime);
        } catch (ElicensingException e) {
            if (e.code() == ErrorCode.REVOCATION_UNKNOWN) {
                throw e;
            }
            throw new ElicensingException(
                    ErrorCode.TIMESTAMP_INVALID,
                    "TSA certificate " + tsa.getSubjectX500Principal() + ": " + e.code() + ": " + e.getMessage(),
                    e);
        }
        return new Timestamp(genTime, tsa);
    }

    private static Element encapsulatedToken(Element object, Element signature) {
        Element qp = onlyChild(object, XADES, "QualifyingProperties");
        String sigId = signature.getAttribute("Id");
        if (qp == null || sigId.isEmpty() || !("#" + sigId).equals(qp.getAttribute("Target"))) {
            return null;
        }
        Element up = onlyChild(qp, XADES, "UnsignedProperties");
        Element usp = up == null ? null : onlyChild(up, XADES, "UnsignedSignatureProperties");
        Element sts = usp == null ? null : onlyChild(usp, XADES, "SignatureTimeStamp");
        if (sts == null) {
            return null;
        }
        List<Element> children = elements(sts);
        if (children == null || children.isEmpty() || children.size() > 2) {
            return null;
        }
        Element last = children.get(children.size() - 1);
        if (!XADES.equals(last.getNamespaceURI()) || !"EncapsulatedTimeStamp".equals(last.getLocalName())) {
            return null;
        }
        if (children.size() == 2) {
            Element method = children.get(0);
            List<Element> inside = elements(method);
            if (!"CanonicalizationMethod".equals(method.getLocalName())
                    || !EnvelopedSignatureVerifier.DSIG.equals(method.getNamespaceURI())
                    || inside == null
                    || !inside.isEmpty()) {
                return null;
            }
        }
        return last;
    }

    /** The one element child {@code ns:local} of {@code parent}, or null when there is anything else (but whitespace). */
    private static Element onlyChild(Element parent, String ns, String local) {
        List<Element> children = elements(parent);
        if (children == null || children.size() != 1) {
            return null;
        }
        Element only = children.get(0);
        return ns.equals(only.getNamespaceURI()) && local.equals(only.getLocalName()) ? only : null;
    }

    /** The element children, or null when there is text other than whitespace (or any other node kind but comments). */
    private static List<Element> elements(Element parent) {
        List<Element> result = new ArrayList<>(2);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> result.add((Element) n);
                case Node.TEXT_NODE -> {
                    if (!n.getNodeValue().isBlank()) {
                        return null;
                    }
                }
                case Node.COMMENT_NODE -> {}
                default -> {
                    return null;
                }
            }
        }
        return result;
    }

    private static String canonicalization(Element signatureTimeStamp) {
        List<Element> children = elements(signatureTimeStamp);
        if (children.size() == 2) {
            String algorithm = children.get(0).getAttribute("Algorithm");
            if (!C14N.contains(algorithm)) {
                throw new ElicensingException(
                        ErrorCode.TIMESTAMP_INVALID, "canonicalization not allowed: " + algorithm);
            }
            return algorithm;
        }
        return INCLUSIVE_C14N; // XAdES: C14N 1.0 when the property names none
    }

    private static TimeStampToken decode(Element encapsulated) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(encapsulated.getTextContent());
            return new TimeStampToken(new CMSSignedData(der));
        } catch (Exception e) {
            throw new ElicensingException(
                    ErrorCode.TIMESTAMP_INVALID, "not an RFC 3161 timestamp token: " + e.getMessage(), e);
        }
    }

    private static void checkImprint(TimeStampToken tst, Element signature, String c14n) {
        String oid = tst.getTimeStampInfo().getHashAlgorithm().getAlgorithm().getId();
        String digest = IMPRINT_DIGESTS.get(oid);
        if (digest == null) {
            throw new ElicensingException(ErrorCode.TIMESTAMP_INVALID, "imprint digest not allowed: " + oid);
        }
        Element value = null;
        for (Node n = signature.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "SignatureValue".equals(e.getLocalName())) {
                value = e;
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Canonicalizer.getInstance(c14n).canonicalizeSubtree(value, out);
            byte[] imprint = MessageDigest.getInstance(digest).digest(out.toByteArray());
            if (!MessageDigest.isEqual(imprint, tst.getTimeStampInfo().getMessageImprintDigest())) {
                throw new ElicensingException(
                        ErrorCode.TIMESTAMP_INVALID, "the timestamp is over other data than this signature value");
            }
        } catch (ElicensingException e) {
            throw e;
        } catch (Exception e) {
            throw new ElicensingException(
                    ErrorCode.TIMESTAMP_INVALID, "cannot compute the timestamp imprint: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<X509Certificate> certificates(TimeStampToken tst) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> result = new ArrayList<>();
        try {
            for (X509CertificateHolder h :
                    (Collection<X509CertificateHolder>) tst.getCertificates().getMatches(null)) {
                result.add(converter.getCertificate(h));
            }
        } catch (Exception e) {
            throw new ElicensingException(ErrorCode.TIMESTAMP_INVALID, "unreadable TSA certificate", e);
        }
        return result;
    }

    private static X509CertificateHolder holder(X509Certificate c) {
        try {
            return new X509CertificateHolder(c.getEncoded());
        } catch (Exception e) {
            throw new ElicensingException(ErrorCode.TIMESTAMP_INVALID, "unreadable TSA certificate", e);
        }
    }
}
