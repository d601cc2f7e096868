package kz.elicensing.shep;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * The {@code wsu:Timestamp} of an envelope's {@code wsse:Security} header (Created, Expires), read with a streaming
 * parser that stops at the Body; empty when the header has none.
 */
record SecurityTimestamp(Instant created, Instant expires) {
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    private static final XMLInputFactory FACTORY = factory();

    /** The Timestamp of the envelope's header; a Timestamp with an unreadable time is MESSAGE_EXPIRED. */
    static Optional<SecurityTimestamp> of(byte[] envelope) {
        if (envelope == null) {
            return Optional.empty();
        }
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(envelope));
            try {
                return read(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return Optional.empty(); // the signature check read this envelope already; nothing more to learn here
        }
    }

    private static Optional<SecurityTimestamp> read(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = r.getNamespaceURI();
            if ("Body".equals(r.getLocalName()) && (SOAP11.equals(ns) || SOAP12.equals(ns))) {
                return Optional.empty();
            }
            if ("Timestamp".equals(r.getLocalName()) && WSU.equals(ns)) {
                Instant created = null;
                Instant expires = null;
                int depth = 1;
                while (depth > 0 && r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = r.getLocalName();
                        if ("Created".equals(name) && WSU.equals(r.getNamespaceURI())) {
                            created = time(r.getElementText(), name);
                        } else if ("Expires".equals(name) && WSU.equals(r.getNamespaceURI())) {
                            expires = time(r.getElementText(), name);
                        } else {
                            depth++;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
                return Optional.of(new SecurityTimestamp(created, expires));
            }
        }
        return Optional.empty();
    }

    private static Instant time(String text, String name) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ElicensingException(ErrorCode.MESSAGE_EXPIRED, "wsu:Timestamp " + name + " is not a date-time");
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }
}
