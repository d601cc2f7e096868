package kz.elicensing.sandbox.portal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import kz.elicensing.sandbox.pki.TimeStampAuthority;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Adds a trusted timestamp to a signed document as XAdES does (XAdES-T): ds:Object / xades:QualifyingProperties /
 * UnsignedProperties / UnsignedSignatureProperties / SignatureTimeStamp, whose EncapsulatedTimeStamp is an RFC 3161
 * token over the exclusive C14N of ds:SignatureValue. Unsigned properties, so the signature stays valid.
 */
public final class XadesTimestamper {
    public static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";
    private static final String EXC_C14N = Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS;

    private XadesTimestamper() {}

    /** Stamps the root's ds:Signature in place at {@code genTime} and returns the document. */
    public static Document stamp(Document signed, TimeStampAuthority tsa, Instant genTime) {
        Element signature = child(signed.getDocumentElement(), Constants.SignatureSpecNS, "Signature");
        Element value = child(signature, Constants.SignatureSpecNS, "SignatureValue");
        String sigId = signature.getAttribute("Id");
        if (sigId.isEmpty()) {
            sigId = "sig-" + UUID.randomUUID();
            signature.setAttributeNS(null, "Id", sigId);
        }
        byte[] token;
        try {
            ByteArrayOutputStream c14n = new ByteArrayOutputStream();
            Canonicalizer.getInstance(EXC_C14N).canonicalizeSubtree(value, c14n);
            token = tsa.stamp(c14n.toByteArray(), genTime);
        } catch (Exception e) {
            throw new IllegalStateException("cannot time-stamp the signature", e);
        }
        String ds = Constants.SignatureSpecNS;
        Element object = signed.createElementNS(ds, "ds:Object");
        Element qp = signed.createElementNS(XADES, "xades:QualifyingProperties");
        qp.setAttributeNS(null, "Target", "#" + sigId);
        Element up = signed.createElementNS(XADES, "xades:UnsignedProperties");
        Element usp = signed.createElementNS(XADES, "xades:UnsignedSignatureProperties");
        Element sts = signed.createElementNS(XADES, "xades:SignatureTimeStamp");
        Element method = signed.createElementNS(ds, "ds:CanonicalizationMethod");
        method.setAttributeNS(null, "Algorithm", EXC_C14N);
        Element encapsulated = signed.createElementNS(XADES, "xades:EncapsulatedTimeStamp");
        encapsulated.setTextContent(Base64.getEncoder().encodeToString(token));
        sts.appendChild(method);
        sts.appendChild(encapsulated);
        usp.appendChild(sts);
        up.appendChild(usp);
        qp.appendChild(up);
        object.appendChild(qp);
        signature.appendChild(object);
        return signed;
    }

    private static Element child(Element parent, String ns, String local) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new IllegalArgumentException("no " + local + " in " + parent.getLocalName());
    }
}
