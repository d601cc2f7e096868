package kz.elicensing.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The classes the persistence unit manages: persistence.xml's class list (entities mapped in orm.xml included). */
final class ManagedClasses {
    private ManagedClasses() {}

    static Set<String> read() {
        Set<String> names = new HashSet<>();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            // every persistence.xml on the class path: the EAR's unit and the unit tests' own
            for (URL unit :
                    Collections.list(ManagedClasses.class.getClassLoader().getResources("META-INF/persistence.xml"))) {
                try (InputStream in = unit.openStream()) {
                    NodeList classes = f.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "class");
                    for (int i = 0; i < classes.getLength(); i++) {
                        names.add(classes.item(i).getTextContent().strip());
                    }
                }
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("persistence.xml cannot be read", e);
        }
        return names;
    }
}
