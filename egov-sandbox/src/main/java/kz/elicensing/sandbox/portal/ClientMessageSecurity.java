package kz.elicensing.sandbox.portal;

import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Set;
import java.util.function.Supplier;
import javax.xml.namespace.QName;
import kz.elicensing.sandbox.gateway.MessageSigner;
import kz.elicensing.sandbox.gateway.MessageVerifier;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.xml.SignatureCheckException;
import kz.elicensing.sandbox.xml.SoapMessages;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.w3c.dom.Document;

/**
 * The client side of the ShEP message signature for {@link PortalClient}: signs each request with the sending
 * system's key (when one is set) and, when asked to, refuses answers whose signature does not verify.
 */
final class ClientMessageSecurity implements SOAPHandler<SOAPMessageContext> {
    private final Supplier<IssuedIdentity> signer;
    private final Supplier<XmlSignatureVerifier> answerTrust;

    ClientMessageSecurity(Supplier<IssuedIdentity> signer, Supplier<XmlSignatureVerifier> answerTrust) {
        this.signer = signer;
        this.answerTrust = answerTrust;
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            IssuedIdentity system = signer.get();
            if (system != null) {
                Document envelope = SoapMessages.dom(context.getMessage());
                MessageSigner.sign(envelope, system.privateKey(), system.certificate());
                context.setMessage(SoapMessages.message(envelope));
            }
        } else {
            checkAnswer(context);
        }
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        if (!Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            checkAnswer(context);
        }
        return true;
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }

    private void checkAnswer(SOAPMessageContext context) {
        XmlSignatureVerifier trust = answerTrust.get();
        if (trust != null) {
            try {
                MessageVerifier.verify(SoapMessages.dom(context.getMessage()), trust);
            } catch (SignatureCheckException e) {
                throw new WebServiceException("the answer's message signature does not verify: " + e.getMessage(), e);
            }
        }
    }
}
