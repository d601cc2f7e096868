package kz.elicensing.infrastructure.signature;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.KeyInfo;
import org.apache.xml.security.keys.content.X509Data;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Verifies the one enveloped signature on a document's root: exactly one ds:Signature, a child of the root; one
 * Reference to the root's Id and to nothing else; allowed algorithms only; valid digest and signature value.
 * Returns the signer's certificate and any further certificates from KeyInfo.
 */
public final class EnvelopedSignatureVerifier {
    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    static final Set<String> SIGNATURE_METHODS = Set.of(
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384");
    static final Set<String> C14N_METHODS =
            Set.of("http://www.w3.org/2001/10/xml-exc-c14n#", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315");
    static final Set<String> DIGESTS = Set.of(
            "http://www.w3.org/2001/04/xmlenc#sha256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384",
            "http://www.w3.org/2001/04/xmlenc#sha512");
    /** The only children a ds:Signature may have; a ds:Object only as a XAdES timestamp container (no unsigned content can hide). */
    private static final Set<String> SIGNATURE_CHILDREN = Set.of("SignedInfo", "SignatureValue", "KeyInfo");

    private static final Set<String> TRANSFORMS = Set.of(
            Transforms.TRANSFORM_ENVELOPED_SIGNATURE,
            "http://www.w3.org/2001/10/xml-exc-c14n#",
            "http://www.w3.org/TR/2001/REC-xml-c14n-20010315");

    private EnvelopedSignatureVerifier() {}

    /** The certificates of the verified signature, signer first. */
    public static List<X509Certificate> verify(Document doc, ValidationReport report) {
        return verify(doc, report, false);
    }

    /**
     * As {@link #verify(Document, ValidationReport)}; with {@code wholeDocument} the one Reference may also be
     * {@code URI=""} (the whole document with the enveloped-signature transform, as NCALayer signs).
     */
    public static List<X509Certificate> verify(Document doc, ValidationReport report, boolean wholeDocument) {
        XmlSecurityInit.ensure();
        Element root = doc.getDocumentElement();
        DocumentIndex index = DocumentIndex.of(doc);
        Element signatureElement = theOnlySignature(root, index);
        String id = root.getAttribute("Id");
        if (id.isEmpty()) {
            throw new ElicensingException(ErrorCode.SIGNATURE_WRAPPING, "the signed root has no Id");
        }
        if (index.occurrences(id) != 1) {
            throw new ElicensingException(
                    ErrorCode.SIGNATURE_WRAPPING, "Id " + id + " occurs " + index.occurrences(id) + " times");
        }
        root.setIdAttributeNS(null, "Id", true);
        try {
            XMLSignature signature = new XMLSignature(signatureElement, "", true);
            SignedInfo signedInfo = signature.getSignedInfo();
            if (!SIGNATURE_METHODS.contains(signedInfo.getSignatureMethodURI())) {
                throw new ElicensingException(
                        ErrorCode.SIGNATURE_INVALID,
                        "signature algorithm not allowed: " + signedInfo.getSignatureMethodURI());
            }
            if (!C14N_METHODS.contains(signedInfo.getCanonicalizationMethodURI())) {
                throw new ElicensingException(
                        ErrorCode.SIGNATURE_INVALID,
                        "canonicalization not allowed: " + signedInfo.getCanonicalizationMethodURI());
            }
            if (signedInfo.getLength() != 1) {
                throw new ElicensingException(
                        ErrorCode.SIGNATURE_WRAPPING, "expected one Reference, found " + signedInfo.getLength());
            }
            Reference reference = signedInfo.item(0);
            boolean whole = wholeDocument && "".equals(reference.getURI());
            if (whole && !enveloped(reference)) {
                throw new ElicensingException(
                        ErrorCode.SIGNATURE_WRAPPING,
                        "a whole-document Reference needs the enveloped-signature transform");
            }
            if (!whole && !("#" + id).equals(reference.getURI())) {
                throw new ElicensingException(
                        ErrorCode.SIGNATURE_WRAPPING,
                        "the Reference points to " + reference.getURI() + ", not to the root #" + id);
            }
            checkTransforms(reference);
            if (!DIGESTS.contains(reference.getMessageDigestAlgorithm().getAlgorithmURI())) {
                throw new ElicensingException(
                        ErrorCode.SIGNATURE_INVALID,
                        "digest algorithm not allowed: "
                                + reference.getMessageDigestAlgorithm().getAlgorithmURI());
            }
            List<X509Certificate> certificates = certificates(signature.getKeyInfo());
            report.passed(
                    "SIGNATURE_STRUCTURE",
                    "one signature, one reference to " + (whole ? "the whole document" : "#" + id) + ", "
                            + signedInfo.getSignatureMethodURI() + ", secure validation");
            if (!signature.checkSignatureValue(certificates.get(0))) {
                throw new ElicensingException(ErrorCode.SIGNATURE_INVALID, "digest or signature value does not verify");
            }
            // the fragment resolver dereferenced #id through the same ID table; the Id is unique in the document
            if (!whole && doc.getElementById(id) != root) {
                throw new ElicensingException(ErrorCode.SIGNATURE_WRAPPING, "the signature covers another element");
            }
            report.passed("SIGNATURE_VALUE", "digest and signature value verify");
            return certificates;
        } catch (XMLSecurityException e) {
            throw new ElicensingException(ErrorCode.SIGNATURE_INVALID, "signature rejected: " + e.getMessage(), e);
        } catch (ElicensingException e) {
            throw e;
        } catch (RuntimeException e) {
            // Santuario reports some hostile content unchecked (base64 that does not decode, a missing element)
            throw new ElicensingException(ErrorCode.SIGNATURE_INVALID, "malformed signature: " + e, e);
        }
    }

    private static Element theOnlySignature(Element root, DocumentIndex index) {
        List<Element> all = index.signatures();
        if (all.isEmpty()) {
            throw new ElicensingException(ErrorCode.SIGNATURE_MISSING, "the document is not signed");
        }
        if (all.size() > 1) {
            throw new ElicensingException(ErrorCode.SIGNATURE_WRAPPING, all.size() + " signatures, expected one");
        }
        Element signature = all.get(0);
        if (signature.getParentNode() != root) {
            throw new ElicensingException(ErrorCode.SIGNATURE_WRAPPING, "the signature is not a child of the root");
        }
        for (Node child = signature.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE
                    && (!DSIG.equals(child.getNamespaceURI()) || !SIGNATURE_CHILDREN.contains(child.getLocalName()))
                    && !(DSIG.equals(child.getNamespaceURI())
                            && "Object".equals(child.getLocalName())
                            && SignatureTimestamps.isTimestampContainer((Element) child, signature))) {
                throw new ElicensingException(
                        ErrorCode.SIGNATURE_WRAPPING,
                        "unexpected " + child.getLocalName() + " inside the signature: unsigned content");
            }
        }
        return signature;
    }

    private static boolean enveloped(Reference reference) throws XMLSecurityException {
        Transforms transforms = reference.getTransforms();
        for (int i = 0; transforms != null && i < transforms.getLength(); i++) {
            if (Transforms.TRANSFORM_ENVELOPED_SIGNATURE.equals(
                    transforms.item(i).getURI())) {
                return true;
            }
        }
        return false;
    }

    private static void checkTransforms(Reference reference) throws XMLSecurityException {
        Transforms transforms = reference.getTransforms();
        if (transforms == null) {
            return;
        }
        for (int i = 0; i < transforms.getLength(); i++) {
            String uri = transforms.item(i).getURI();
            if (!TRANSFORMS.contains(uri)) {
                throw new ElicensingException(ErrorCode.SIGNATURE_INVALID, "transform not allowed: " + uri);
            }
        }
    }

    private static List<X509Certificate> certificates(KeyInfo keyInfo) throws XMLSecurityException {
        List<X509Certificate> result = new ArrayList<>();
        if (keyInfo != null) {
            for (int i = 0; i < keyInfo.lengthX509Data(); i++) {
                X509Data data = keyInfo.itemX509Data(i);
                for (int j = 0; j < data.lengthCertificate(); j++) {
                    result.add(DecodedCertificates.of(data.itemCertificate(j)));
                }
            }
        }
        if (result.isEmpty()) {
            throw new ElicensingException(ErrorCode.SIGNATURE_INVALID, "KeyInfo carries no X.509 certificate");
        }
        return result;
    }
}
