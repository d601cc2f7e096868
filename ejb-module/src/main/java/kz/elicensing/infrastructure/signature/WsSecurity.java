package kz.elicensing.infrastructure.signature;

/** Names of the SOAP 1.1 and WS-Security 1.0 (X.509 token profile) elements the message-level signature uses. */
final class WsSecurity {
    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String X509V3 =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3";
    static final String BASE64 =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";

    private WsSecurity() {}

    /** The one child element {@code ns:local} of {@code parent}; null when absent; refused when there are several. */
    static org.w3c.dom.Element only(org.w3c.dom.Element parent, String ns, String local, String what) {
        org.w3c.dom.Element found = null;
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e
                    && ns.equals(e.getNamespaceURI())
                    && local.equals(e.getLocalName())) {
                if (found != null) {
                    throw new kz.elicensing.domain.error.ElicensingException(
                            kz.elicensing.domain.error.ErrorCode.MESSAGE_SIGNATURE_INVALID, "more than one " + what);
                }
                found = e;
            }
        }
        return found;
    }
}
