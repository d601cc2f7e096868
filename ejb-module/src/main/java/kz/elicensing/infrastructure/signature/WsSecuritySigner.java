package kz.elicensing.infrastructure.signature;

import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import java.util.UUID;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs a SOAP 1.1 message as contracts.md §1 asks: the Body gets a wsu:Id, a wsse:Security header carries the
 * sending system's certificate as a BinarySecurityToken and a ds:Signature over the Body (exclusive C14N, RSA-SHA256,
 * SHA-256) whose KeyInfo points to the token.
 */
public final class WsSecuritySigner {
    private static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    private static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    private WsSecuritySigner() {}

    /** Signs the envelope {@code soap} (bytes) with {@code credential}; returns the signed bytes. */
    public static byte[] sign(byte[] soap, SigningCredential credential) {
        Document doc = SecureXml.parse(soap);
        sign(doc, credential);
        return SecureXml.toBytes(doc);
    }

    /** Signs the envelope in place (any earlier wsse:Security header is replaced). */
    public static void sign(Document doc, SigningCredential credential) {
        XmlSecurityInit.ensure();
        Element envelope = doc.getDocumentElement();
        if (!WsSecurity.SOAP11.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
            throw new IllegalArgumentException("not a SOAP 1.1 envelope");
        }
        String soapPrefix = envelope.getPrefix() == null ? "" : envelope.getPrefix() + ":";
        Element body = WsSecurity.only(envelope, WsSecurity.SOAP11, "Body", "soap:Body");
        Element header = WsSecurity.only(envelope, WsSecurity.SOAP11, "Header", "soap:Header");
        if (header == null) {
            header = doc.createElementNS(WsSecurity.SOAP11, soapPrefix + "Header");
            envelope.insertBefore(header, body);
        }
        Element old = WsSecurity.only(header, WsSecurity.WSSE, "Security", "wsse:Security");
        if (old != null) {
            header.removeChild(old);
        }
        String bodyId = body.getAttributeNS(WsSecurity.WSU, "Id");
        if (bodyId.isEmpty()) {
            bodyId = "body-" + UUID.randomUUID();
            body.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsu", WsSecurity.WSU);
            body.setAttributeNS(WsSecurity.WSU, "wsu:Id", bodyId);
        }
        body.setIdAttributeNS(WsSecurity.WSU, "Id", true);
        String tokenId = "x509-" + UUID.randomUUID();
        Element security = doc.createElementNS(WsSecurity.WSSE, "wsse:Security");
        security.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsse", WsSecurity.WSSE);
        security.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsu", WsSecurity.WSU);
        header.appendChild(security);
        Element token = doc.createElementNS(WsSecurity.WSSE, "wsse:BinarySecurityToken");
        token.setAttributeNS(null, "EncodingType", WsSecurity.BASE64);
        token.setAttributeNS(null, "ValueType", WsSecurity.X509V3);
        token.setAttributeNS(WsSecurity.WSU, "wsu:Id", tokenId);
        try {
            token.setTextContent(
                    Base64.getEncoder().encodeToString(credential.certificate().getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new ElicensingException(ErrorCode.INTERNAL_ERROR, "unreadable system certificate", e);
        }
        security.appendChild(token);
        try {
            XMLSignature signature = new XMLSignature(doc, "", credential.signatureAlgorithm(), EXC_C14N);
            security.appendChild(signature.getElement());
            Transforms transforms = new Transforms(doc);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            signature.addDocument("#" + bodyId, transforms, SHA256);
            Element reference = doc.createElementNS(WsSecurity.WSSE, "wsse:SecurityTokenReference");
            Element pointer = doc.createElementNS(WsSecurity.WSSE, "wsse:Reference");
            pointer.setAttributeNS(null, "URI", "#" + tokenId);
            pointer.setAttributeNS(null, "ValueType", WsSecurity.X509V3);
            reference.appendChild(pointer);
            signature.getKeyInfo().addUnknownElement(reference);
            signature.sign(credential.key());
        } catch (XMLSecurityException e) {
            throw new ElicensingException(ErrorCode.INTERNAL_ERROR, "message signing failed: " + e.getMessage(), e);
        }
    }
}
