package kz.elicensing.sandbox.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import kz.elicensing.sandbox.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a SendMessage request's serviceId, messageId, senderId and business key with the hardened parser (the
 * payload, escaped text or inline, is parsed once more); never fails: what it cannot read stays null.
 */
public final class EnvelopeInspector {

    /**
     * Local names of the payload elements that carry the business key, in order of preference: BIN
     * (GbdulInfoByBin_v2; RequestorBIN is the asker, not the subject), payment reference (PEP_PaymentCheck), IIN,
     * application number.
     */
    static final List<String> KEY_ELEMENTS = List.of("BIN", "bin", "reference", "IIN", "iin", "applicationNumber");

    private EnvelopeInspector() {}

    /** The summary of a raw SOAP request. */
    public static RequestSummary inspect(byte[] soapRequest) {
        Document envelope;
        try {
            envelope = SafeXml.parse(new ByteArrayInputStream(soapRequest));
        } catch (SAXException | IOException | RuntimeException e) {
            return RequestSummary.unreadable();
        }
        Element info = first(envelope.getDocumentElement(), "requestInfo");
        if (info == null) {
            return RequestSummary.unreadable();
        }
        Element sender = child(info, "sender");
        return new RequestSummary(
                text(child(info, "serviceId")),
                text(child(info, "messageId")),
                sender == null ? null : text(child(sender, "senderId")),
                businessKey(envelope));
    }

    private static String businessKey(Document envelope) {
        Element requestData = first(envelope.getDocumentElement(), "requestData");
        Element data = requestData == null ? null : child(requestData, "data");
        if (data == null) {
            return null;
        }
        Element payload = firstChildElement(data);
        if (payload == null) {
            String text = data.getTextContent();
            if (text == null || !text.trim().startsWith("<")) {
                return null;
            }
            try {
                payload = SafeXml.parse(text).getDocumentElement();
            } catch (SAXException | RuntimeException e) {
                return null;
            }
        }
        for (String name : KEY_ELEMENTS) {
            String v = payload.getLocalName().equals(name) ? text(payload) : text(first(payload, name));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The first descendant element with this local name, in any namespace. */
    private static Element first(Element from, String localName) {
        NodeList n = from.getElementsByTagNameNS("*", localName);
        return n.getLength() == 0 ? null : (Element) n.item(0);
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Element firstChildElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().trim();
        return t.isEmpty() ? null : t;
    }
}
