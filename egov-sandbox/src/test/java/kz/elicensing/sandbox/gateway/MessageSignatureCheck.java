package kz.elicensing.sandbox.gateway;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import kz.elicensing.sandbox.xml.SafeXml;
import org.apache.xml.security.Init;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Test helper: checks a SOAP answer's WS-Security signature as a receiver would (one ds:Signature in
 * wsse:Security, its one Reference to the Body's wsu:Id, value verified with the BinarySecurityToken's certificate).
 */
final class MessageSignatureCheck {

    static {
        Init.init();
    }

    /** The signer's certificate and whether the signature value and digest verify. */
    record Result(X509Certificate certificate, boolean valid) {}

    private MessageSignatureCheck() {}

    static Result check(String soapAnswer) throws Exception {
        Document doc = SafeXml.parse(soapAnswer);
        NodeList tokens = doc.getElementsByTagNameNS(MessageSigner.WSSE_NS, "BinarySecurityToken");
        NodeList sigs = doc.getElementsByTagNameNS(Constants.SignatureSpecNS, "Signature");
        NodeList bodies = doc.getElementsByTagNameNS(MessageSigner.SOAP11_NS, "Body");
        if (tokens.getLength() != 1 || sigs.getLength() != 1 || bodies.getLength() != 1) {
            throw new AssertionError("expected one token, one signature and one Body: " + soapAnswer);
        }
        Element sig = (Element) sigs.item(0);
        if (!"Security".equals(sig.getParentNode().getLocalName())) {
            throw new AssertionError("ds:Signature is not in wsse:Security");
        }
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(
                        Base64.getMimeDecoder().decode(tokens.item(0).getTextContent())));
        Element body = (Element) bodies.item(0);
        String id = body.getAttributeNS(MessageSigner.WSU_NS, "Id");
        body.setIdAttributeNS(MessageSigner.WSU_NS, "Id", true);
        XMLSignature signature = new XMLSignature(sig, "", true);
        if (signature.getSignedInfo().getLength() != 1
                || !("#" + id).equals(signature.getSignedInfo().item(0).getURI())) {
            throw new AssertionError("the signature does not cover exactly the Body #" + id);
        }
        return new Result(cert, signature.checkSignatureValue(cert));
    }
}
