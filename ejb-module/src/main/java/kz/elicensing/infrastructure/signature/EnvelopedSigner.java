package kz.elicensing.infrastructure.signature;

import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Signs a document's root element with an enveloped XML-DSig (exclusive C14N, SHA-256, certificate in KeyInfo). */
public final class EnvelopedSigner {
    private static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    private static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    private EnvelopedSigner() {}

    /** Signs {@code doc}'s root, whose {@code Id} attribute is the reference target; returns the signed bytes. */
    public static byte[] sign(Document unsigned, SigningCredential credential) {
        XmlSecurityInit.ensure();
        // Sign what a receiver will parse: a DOM built in memory may lack the xmlns attributes that C14N reads.
        Document doc = SecureXml.parse(SecureXml.toBytes(unsigned));
        Element root = doc.getDocumentElement();
        String id = root.getAttribute("Id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("the root element needs an Id attribute");
        }
        root.setIdAttributeNS(null, "Id", true);
        try {
            XMLSignature signature = new XMLSignature(doc, "", credential.signatureAlgorithm(), EXC_C14N);
            root.appendChild(signature.getElement());
            Transforms transforms = new Transforms(doc);
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            signature.addDocument("#" + id, transforms, SHA256);
            signature.addKeyInfo(credential.certificate());
            signature.sign(credential.key());
            return SecureXml.toBytes(doc);
        } catch (XMLSecurityException e) {
            throw new ElicensingException(ErrorCode.INTERNAL_ERROR, "signing failed: " + e.getMessage(), e);
        }
    }
}
