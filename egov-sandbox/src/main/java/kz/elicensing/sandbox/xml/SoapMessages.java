package kz.elicensing.sandbox.xml;

import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.WebServiceException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Moves a SAAJ message to a plain DOM from the hardened parser and back, so signatures are made and checked on what goes on the wire. */
public final class SoapMessages {

    private SoapMessages() {}

    /** The message's bytes, parsed by {@link SafeXml}. */
    public static Document dom(SOAPMessage message) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            message.writeTo(buf);
            return SafeXml.parse(new ByteArrayInputStream(buf.toByteArray()));
        } catch (SOAPException | IOException | SAXException e) {
            throw new WebServiceException("cannot read the SOAP message: " + e.getMessage(), e);
        }
    }

    /** A SOAP 1.1 message made of the envelope's bytes as {@link SafeXml} writes them. */
    public static SOAPMessage message(Document envelope) {
        try {
            MimeHeaders headers = new MimeHeaders();
            headers.addHeader("Content-Type", "text/xml; charset=utf-8");
            return MessageFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL)
                    .createMessage(
                            headers,
                            new ByteArrayInputStream(SafeXml.toXml(envelope).getBytes(StandardCharsets.UTF_8)));
        } catch (SOAPException | IOException e) {
            throw new WebServiceException("cannot rebuild the SOAP message: " + e.getMessage(), e);
        }
    }
}
