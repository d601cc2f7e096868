package kz.elicensing.sandbox.xml;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.xml.security.Init;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.KeyInfo;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Verifies an enveloped XML-DSig on a document's root element with Santuario (secure validation on):
 * exactly one signature, a child of the root, one reference to "#" + the root's Id (or, for a result signed in the
 * browser through NCALayer, {@code ""}: the whole document), a certificate in KeyInfo that chains to one of the trust
 * anchors (PKIX, revocation off).
 */
public final class XmlSignatureVerifier {

    static {
        Init.init();
    }

    private final Set<TrustAnchor> anchors = new HashSet<>();

    public XmlSignatureVerifier(Collection<X509Certificate> trustAnchors) {
        for (X509Certificate c : trustAnchors) {
            anchors.add(new TrustAnchor(c, null));
        }
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("at least one trust anchor is required");
        }
    }

    public XmlSignatureVerifier(X509Certificate trustAnchor) {
        this(List.of(trustAnchor));
    }

    /** Parses the text with the hardened parser and verifies it. */
    public VerifiedSignature verify(String xml) throws SignatureCheckException {
        Document doc;
        try {
            doc = SafeXml.parse(xml);
        } catch (SAXException e) {
            throw new SignatureCheckException("MALFORMED_XML", "not well-formed XML: " + e.getMessage(), e);
        }
        return verify(doc);
    }

    /** Verifies a parsed document (the root's Id attribute is registered as an ID here). */
    public VerifiedSignature verify(Document doc) throws SignatureCheckException {
        Element root = doc.getDocumentElement();
        String id = root.getAttributeNS(null, "Id");
        NodeList sigs = doc.getElementsByTagNameNS(Constants.SignatureSpecNS, "Signature");
        if (sigs.getLength() == 0) {
            throw new SignatureCheckException("SIGNATURE_MISSING", "the document carries no ds:Signature");
        }
        if (sigs.getLength() > 1) {
            throw new SignatureCheckException("SIGNATURE_WRAPPING", "more than one ds:Signature");
        }
        Element sigEl = (Element) sigs.item(0);
        if (sigEl.getParentNode() != root) {
            throw new SignatureCheckException("SIGNATURE_WRAPPING", "ds:Signature is not a child of the root element");
        }
        if (id.isEmpty()) {
            throw new SignatureCheckException("SIGNATURE_WRAPPING", "the root element has no Id attribute");
        }
        root.setIdAttributeNS(null, "Id", true);
        X509Certificate cert;
        String method;
        try {
            XMLSignature sig = new XMLSignature(sigEl, "", true);
            SignedInfo si = sig.getSignedInfo();
            if (si.getLength() != 1) {
                throw new SignatureCheckException(
                        "SIGNATURE_WRAPPING", "expected exactly one Reference, found " + si.getLength());
            }
            Reference ref = si.item(0);
            if (!("#" + id).equals(ref.getURI()) && !"".equals(ref.getURI())) {
                throw new SignatureCheckException(
                        "SIGNATURE_WRAPPING",
                        "the Reference URI '" + ref.getURI() + "' does not point to the root element #" + id);
            }
            KeyInfo ki = sig.getKeyInfo();
            cert = ki == null ? null : ki.getX509Certificate();
            if (cert == null) {
                throw new SignatureCheckException("SIGNATURE_INVALID", "no X509Certificate in KeyInfo");
            }
            method = si.getSignatureMethodURI();
            if (!sig.checkSignatureValue(cert)) {
                throw new SignatureCheckException("SIGNATURE_INVALID", "signature value or digest does not match");
            }
        } catch (XMLSecurityException e) {
            throw new SignatureCheckException(
                    "SIGNATURE_INVALID", "signature cannot be verified: " + e.getMessage(), e);
        }
        checkCertificate(cert);
        return new VerifiedSignature(doc, cert, method);
    }

    /** Validity dates, then a PKIX path to the anchors (revocation off). */
    public void checkCertificate(X509Certificate cert) throws SignatureCheckException {
        try {
            cert.checkValidity();
        } catch (CertificateExpiredException e) {
            throw new SignatureCheckException("CERTIFICATE_EXPIRED", "certificate expired on " + cert.getNotAfter());
        } catch (CertificateNotYetValidException e) {
            throw new SignatureCheckException(
                    "CERTIFICATE_NOT_YET_VALID", "certificate valid from " + cert.getNotBefore());
        }
        try {
            CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(cert));
            PKIXParameters params = new PKIXParameters(anchors);
            params.setRevocationEnabled(false);
            params.setDate(new Date());
            CertPathValidator.getInstance("PKIX").validate(path, params);
        } catch (CertPathValidatorException e) {
            throw new SignatureCheckException(
                    "CERTIFICATE_UNTRUSTED", "certificate does not chain to a trusted CA: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SignatureCheckException(
                    "CERTIFICATE_UNTRUSTED", "certificate path check failed: " + e.getMessage(), e);
        }
    }
}
