package kz.elicensing.sandbox.gateway;

import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Set;
import javax.xml.namespace.QName;
import kz.elicensing.sandbox.xml.SignatureCheckException;
import kz.elicensing.sandbox.xml.SoapMessages;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;

/**
 * The gateway's JAX-WS handler that verifies each request's message signature (WS-Security over the Body) and
 * leaves the signer's certificate, or the reason it was refused, in the message context for the endpoint.
 */
public final class RequestVerifyingHandler implements SOAPHandler<SOAPMessageContext> {
    /** Message-context property: the verified {@code X509Certificate}, or the {@code SignatureCheckException}. */
    public static final String SIGNER = "kz.elicensing.sandbox.gateway.signer";

    private final XmlSignatureVerifier trust;

    public RequestVerifyingHandler(XmlSignatureVerifier trust) {
        this.trust = trust;
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (!Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            Object outcome;
            try {
                outcome = MessageVerifier.verify(SoapMessages.dom(context.getMessage()), trust);
            } catch (SignatureCheckException e) {
                outcome = e;
            } catch (jakarta.xml.ws.WebServiceException e) {
                outcome = new SignatureCheckException(
                        "MESSAGE_SIGNATURE_INVALID", "unreadable message: " + e.getMessage(), e);
            }
            context.put(SIGNER, outcome);
            context.setScope(SIGNER, MessageContext.Scope.APPLICATION);
        }
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
