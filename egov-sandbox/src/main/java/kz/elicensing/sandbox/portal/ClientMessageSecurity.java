package kz.elicensing.sandbox.portal;

import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;
import javax.xml.namespace.QName;
import kz.elicensing.sandbox.gateway.MessageSigner;
import kz.elicensing.sandbox.gateway.MessageVerifier;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.xml.SafeXml;
import kz.elicensing.sandbox.xml.SignatureCheckException;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

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
                Document envelope = dom(context.getMessage());
                MessageSigner.sign(envelope, system.privateKey(), system.certificate());
                context.setMessage(message(envelope));
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
                MessageVerifier.verify(dom(context.getMessage()), trust);
            } catch (SignatureCheckException e) {
                throw new WebServiceException("the answer's message signature does not verify: " + e.getMessage(), e);
            }
        }
    }

    private static Document dom(SOAPMessage message) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            message.writeTo(buf);
            return SafeXml.parse(new ByteArrayInputStream(buf.toByteArray()));
        } catch (SOAPException | IOException | SAXException e) {
            throw new WebServiceException("cannot read the SOAP message: " + e.getMessage(), e);
        }
    }

    private static SOAPMessage message(Document envelope) {
        try {
            MimeHeaders headers = new MimeHeaders();
            headers.addHeader("Content-Type", "text/xml; charset=utf-8");
            return MessageFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL).createMessage(headers,
                    new ByteArrayInputStream(SafeXml.toXml(envelope).getBytes(StandardCharsets.UTF_8)));
        } catch (SOAPException | IOException e) {
            throw new WebServiceException("cannot rebuild the signed message: " + e.getMessage(), e);
        }
    }
}
