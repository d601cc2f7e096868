package kz.elicensing.sandbox.xml;

import java.security.cert.X509Certificate;
import org.w3c.dom.Document;

/** A successfully verified enveloped signature: the parsed document, the signer's certificate and the algorithm. */
public record VerifiedSignature(Document document, X509Certificate signer, String signatureMethod) {}
