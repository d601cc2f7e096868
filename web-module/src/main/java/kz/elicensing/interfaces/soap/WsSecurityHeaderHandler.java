package kz.elicensing.interfaces.soap;

import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Declares the {@code wsse:Security} header understood, so that a message whose header carries
 * {@code soap:mustUnderstand="1"} (WSS4J, Metro and .NET send it so) is not refused by the SOAP stack: the ShEP
 * adapter verifies that header itself ({@code WsSecurityVerifier}) on the bytes as received. Passes every message on.
 */
public class WsSecurityHeaderHandler implements SOAPHandler<SOAPMessageContext> {
    /** The WS-Security 1.0 header. */
    static final QName SECURITY =
            new QName("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd", "Security");

    @Override
    public Set<QName> getHeaders() {
        return Set.of(SECURITY);
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }
}
