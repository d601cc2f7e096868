package kz.elicensing.infrastructure.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** JAXB contexts of the generated contract classes, built once; marshals to text or DOM, unmarshals from DOM only. */
public final class Jaxb {
    private static final JAXBContext CONTEXT = create();

    private Jaxb() {
    }

    private static JAXBContext create() {
        try {
            return JAXBContext.newInstance(kz.elicensing.contract.v1.ObjectFactory.class,
                    kz.elicensing.contract.gbdul.v2.ObjectFactory.class,
                    kz.elicensing.contract.pep.v1.ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot build the JAXB context", e);
        }
    }

    /** Reads a node that the hardened parser produced (never parses text itself). */
    public static <T> T unmarshal(Node node, Class<T> type) {
        try {
            return CONTEXT.createUnmarshaller().unmarshal(node, type).getValue();
        } catch (JAXBException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "payload does not bind: " + e, e);
        }
    }

    public static String toXml(Object element) {
        try {
            Marshaller m = CONTEXT.createMarshaller();
            m.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            StringWriter out = new StringWriter();
            m.marshal(element, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + element.getClass().getSimpleName(), e);
        }
    }

    public static void toDom(Object element, Document target) {
        try {
            CONTEXT.createMarshaller().marshal(element, target);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + element.getClass().getSimpleName(), e);
        }
    }
}
