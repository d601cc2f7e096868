package kz.elicensing.infrastructure.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
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
    /** One context per contract package, so a document declares its own namespace only. */
    private static final ClassValue<JAXBContext> CONTEXTS = new ClassValue<>() {
        @Override
        protected JAXBContext computeValue(Class<?> type) {
            try {
                return JAXBContext.newInstance(type.getPackageName(), type.getClassLoader());
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot build the JAXB context of " + type.getPackageName(), e);
            }
        }
    };

    private Jaxb() {}

    private static JAXBContext context(Class<?> type) {
        return CONTEXTS.get(type);
    }

    /** The context for an element object: its own class, or a JAXBElement's declared type. */
    private static JAXBContext contextOf(Object element) {
        return context(element instanceof JAXBElement<?> e ? e.getDeclaredType() : element.getClass());
    }

    /** Reads a node that the hardened parser produced (never parses text itself). */
    public static <T> T unmarshal(Node node, Class<T> type) {
        try {
            return context(type).createUnmarshaller().unmarshal(node, type).getValue();
        } catch (JAXBException e) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "payload does not bind: " + e, e);
        }
    }

    public static String toXml(Object element) {
        try {
            Marshaller m = contextOf(element).createMarshaller();
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
            contextOf(element).createMarshaller().marshal(element, target);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + element.getClass().getSimpleName(), e);
        }
    }
}
