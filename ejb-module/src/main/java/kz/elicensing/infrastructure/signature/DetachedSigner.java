package kz.elicensing.infrastructure.signature;

import java.util.List;
import java.util.Map;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes an ASiC-E signatures file: XML-DSig signatures with detached SHA-256 references to files by name. */
public final class DetachedSigner {
    /** Namespace of the ASiC signatures file (ETSI EN 319 162-1). */
    public static final String ASIC_NS = "http://uri.etsi.org/02918/v1.2.1#";

    private static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    private static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    private DetachedSigner() {}

    /**
     * The signatures file ({@code asic:XAdESSignatures}): one {@code ds:Signature} per group of names, each with a
     * reference per file (no transforms, SHA-256 over its bytes), exclusive C14N, the signer's certificate in KeyInfo.
     * Groups keep each signature within what Santuario's secure validation accepts (30 references).
     */
    public static byte[] signatures(
            Map<String, byte[]> files, List<List<String>> groups, SigningCredential credential) {
        XmlSecurityInit.ensure();
        Document unsigned = SecureXml.newDocument();
        Element root = unsigned.createElementNS(ASIC_NS, "asic:XAdESSignatures");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:asic", ASIC_NS);
        unsigned.appendChild(root);
        // sign what a verifier parses (as EnvelopedSigner does)
        Document doc = SecureXml.parse(SecureXml.toBytes(unsigned));
        NamedBytesResolver resolver = new NamedBytesResolver(files);
        try {
            int n = 0;
            for (List<String> group : groups) {
                XMLSignature signature = new XMLSignature(doc, "", credential.signatureAlgorithm(), EXC_C14N);
                signature.setId("S" + (++n));
                doc.getDocumentElement().appendChild(signature.getElement());
                signature.addResourceResolver(resolver);
                for (String name : group) {
                    if (!files.containsKey(name)) {
                        throw new IllegalArgumentException("no file " + name + " to sign");
                    }
                    signature.addDocument(name, null, SHA256);
                }
                signature.addKeyInfo(credential.certificate());
                signature.sign(credential.key());
            }
            return SecureXml.toBytes(doc);
        } catch (XMLSecurityException e) {
            throw new ElicensingException(
                    ErrorCode.INTERNAL_ERROR, "signing the evidence bundle failed: " + e.getMessage(), e);
        }
    }
}
