package kz.elicensing.interfaces;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The web tier's lines (docs/architecture.md): the SOAP endpoint speaks only to the ShEP adapter, pages and
 * operations endpoints only to the application's use cases and views, never to a managed entity or infrastructure.
 */
class WebArchitectureTest {
    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.elicensing.interfaces");

    /** Every class the persistence unit manages (persistence.xml's class list: entities mapped in orm.xml included). */
    private static final Set<String> MANAGED = managedClasses();

    @Test
    void theSoapEndpointSpeaksOnlyToTheShepAdapter() {
        noClasses()
                .that()
                .resideInAPackage("kz.elicensing.interfaces.soap..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "kz.elicensing.application..", "kz.elicensing.domain..", "kz.elicensing.infrastructure..")
                .check(WEB);
    }

    @Test
    void pagesSpeakOnlyToUseCasesAndViews() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "kz.elicensing.interfaces.web..",
                        "kz.elicensing.interfaces.ops..",
                        "kz.elicensing.interfaces.rest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "kz.elicensing.shep..",
                        "kz.elicensing.infrastructure..",
                        "kz.bee..",
                        "kz.elicensing.contract..")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("Default")
                .check(WEB);
    }

    @Test
    void noManagedEntityReachesTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("kz.elicensing.interfaces..")
                .should()
                .dependOnClassesThat(new DescribedPredicate<JavaClass>("are managed by the persistence unit") {
                    @Override
                    public boolean test(JavaClass c) {
                        return MANAGED.contains(c.getName());
                    }
                })
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..")
                .check(WEB);
    }

    @Test
    void noPackageCycles() {
        slices().matching("kz.elicensing.interfaces.(*)..")
                .should()
                .beFreeOfCycles()
                .check(WEB);
    }

    @Test
    void theEntityListIsRead() {
        // guards the rule above against an empty list (a moved persistence.xml would make it pass vacuously)
        org.junit.jupiter.api.Assertions.assertTrue(
                MANAGED.contains("kz.elicensing.domain.licence.License"), MANAGED.toString());
    }

    private static Set<String> managedClasses() {
        Set<String> names = new HashSet<>();
        try {
            Enumeration<URL> units =
                    WebArchitectureTest.class.getClassLoader().getResources("META-INF/persistence.xml");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(true);
            while (units.hasMoreElements()) {
                try (InputStream in = units.nextElement().openStream()) {
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
