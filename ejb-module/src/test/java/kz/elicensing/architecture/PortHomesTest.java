package kz.elicensing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Ports have one home (kz.elicensing.application's package documentation states the rule), and no JPA in the use cases. */
class PortHomesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.elicensing");
    /** Rule 3: ports that serve no domain aggregate and speak no feature's types, kept in the feature that uses them. */
    private static final Set<String> TECHNICAL_PORTS =
            Set.of("SignatureReports", "MetricsExposition", "SenderDirectory", "CallableServices");

    @Test
    void theUseCasesRunNoSql() {
        noClasses()
                .that()
                .resideInAPackage("kz.elicensing.application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void aPortThatSpeaksOnlyDomainTypesLivesInTheDomain() {
        classes()
                .that()
                .resideInAPackage("kz.elicensing.application..")
                .and()
                .areInterfaces()
                .should(
                        new ArchCondition<JavaClass>(
                                "speak a feature's types when implemented outside the application") {
                            @Override
                            public void check(JavaClass port, ConditionEvents events) {
                                boolean implementedOutside = port.getAllSubclasses().stream()
                                        .anyMatch(c -> !c.getPackageName().startsWith("kz.elicensing.application"));
                                if (!implementedOutside || TECHNICAL_PORTS.contains(port.getSimpleName())) {
                                    return;
                                }
                                boolean speaksAFeature = port.getMethods().stream()
                                        .flatMap(PortHomesTest::signatureTypes)
                                        .anyMatch(t -> t.getPackageName().startsWith("kz.elicensing.application"));
                                if (!speaksAFeature) {
                                    events.add(SimpleConditionEvent.violated(
                                            port,
                                            port.getName() + " speaks no application type:"
                                                    + " it belongs in the domain beside its aggregate (or, if it serves none, in"
                                                    + " TECHNICAL_PORTS with its reason)"));
                                }
                            }
                        })
                .check(CLASSES);
    }

    private static Stream<JavaClass> signatureTypes(JavaMethod m) {
        return Stream.concat(
                Stream.concat(m.getRawParameterTypes().stream(), Stream.of(m.getRawReturnType())),
                Stream.concat(
                        m.getReturnType().getAllInvolvedRawTypes().stream(),
                        m.getParameterTypes().stream().flatMap(t -> t.getAllInvolvedRawTypes().stream())));
    }
}
