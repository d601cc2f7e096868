package kz.elicensing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.bee.bip.common.v10.types.ErrorInfo;
import org.junit.jupiter.api.Test;

/**
 * The lines of docs/architecture.md, held in the EJB jar: arrows point inwards (domain, application, then the ShEP
 * adapter and infrastructure), no package cycles, frameworks only where they belong, error codes only from the enum.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                    "kz.elicensing.domain",
                    "kz.elicensing.application",
                    "kz.elicensing.shep",
                    "kz.elicensing.infrastructure");

    private static final String DOMAIN = "kz.elicensing.domain..";
    private static final String APPLICATION = "kz.elicensing.application..";
    private static final String SHEP = "kz.elicensing.shep..";
    private static final String INFRASTRUCTURE = "kz.elicensing.infrastructure..";

    @Test
    void layersPointInwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("domain")
                .definedBy(DOMAIN)
                .layer("application")
                .definedBy(APPLICATION)
                .layer("shep")
                .definedBy(SHEP)
                .layer("infrastructure")
                .definedBy(INFRASTRUCTURE)
                .whereLayer("shep")
                .mayOnlyBeAccessedByLayers("infrastructure")
                .whereLayer("infrastructure")
                .mayOnlyBeAccessedByLayers("shep")
                .whereLayer("application")
                .mayOnlyBeAccessedByLayers("shep", "infrastructure")
                .whereLayer("domain")
                .mayOnlyBeAccessedByLayers("application", "shep", "infrastructure")
                .check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching("kz.elicensing.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta..",
                        "javax.xml..",
                        "org.apache.xml..",
                        "org.w3c..",
                        "org.xml..",
                        "org.eclipse.persistence..",
                        "org.flywaydb..",
                        "org.bouncycastle..",
                        "kz.elicensing.contract..",
                        "kz.bee..",
                        "io.prometheus..",
                        "org.jboss..",
                        "java.sql..")
                .check(CLASSES);
    }

    @Test
    void theApplicationKnowsNoPersistenceXmlOrWireFormat() {
        noClasses()
                .that()
                .resideInAPackage(APPLICATION)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.persistence..",
                        "jakarta.xml..",
                        "javax.xml..",
                        "org.w3c..",
                        "org.xml..",
                        "org.apache.xml..",
                        "kz.elicensing.contract..",
                        "kz.bee..",
                        "java.sql..",
                        "io.prometheus..")
                .check(CLASSES);
    }

    @Test
    void useCasesAndViewsExposeNoManagedEntity() {
        Set<String> managed = ManagedClasses.read();
        classes()
                .that()
                .resideInAPackage(APPLICATION)
                .and()
                .doNotHaveSimpleName("package-info")
                .should(
                        new ArchCondition<JavaClass>(
                                "expose no class the persistence unit manages in their signatures") {
                            @Override
                            public void check(JavaClass c, ConditionEvents events) {
                                if (c.getEnclosingClass()
                                        .map(e ->
                                                !e.isInterface() && !e.reflect().isRecord())
                                        .orElse(false)) {
                                    return; // a service's own inner hook, not what a use case shows its callers
                                }
                                List<JavaType> exposed = new ArrayList<>();
                                if (c.isInterface()) {
                                    for (JavaMethod m : c.getMethods()) {
                                        exposed.add(m.getReturnType());
                                        exposed.addAll(m.getParameterTypes());
                                    }
                                } else if (c.reflect().isRecord()) {
                                    c.getFields().stream()
                                            .filter(f -> !f.getModifiers().contains(JavaModifier.STATIC))
                                            .forEach(f -> exposed.add(f.getType()));
                                }
                                for (JavaType type : exposed) {
                                    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
                                        if (managed.contains(raw.getName())) {
                                            events.add(SimpleConditionEvent.violated(
                                                    c, c.getName() + " exposes the entity " + raw.getName()));
                                        }
                                    }
                                }
                            }
                        })
                .check(CLASSES);
        assertTrue(managed.contains("kz.elicensing.domain.licence.License"), "the entity list is read: " + managed);
    }

    @Test
    void serviceImplementationsLiveInTheirFeature() {
        classes()
                .that()
                .haveSimpleNameStartingWith("Default")
                .and()
                .resideInAPackage(APPLICATION)
                .should()
                .resideInAPackage("kz.elicensing.application.*")
                .check(CLASSES);
    }

    @Test
    void entitiesAndJpaStayInPersistence() {
        classes()
                .that()
                .areAnnotatedWith("jakarta.persistence.Entity")
                .should()
                .resideInAnyPackage(
                        "kz.elicensing.infrastructure.persistence..", "kz.elicensing.infrastructure.gateway..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideOutsideOfPackage(INFRASTRUCTURE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void onlyTheShepAdapterAndTheGatewayClientsSpeakTheEnvelope() {
        noClasses()
                .that()
                .resideOutsideOfPackages(SHEP, "kz.elicensing.infrastructure.gateway..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("kz.bee..")
                .check(CLASSES);
    }

    @Test
    void onlyTheMetricsAdapterKnowsThePrometheusClient() {
        noClasses()
                .that()
                .resideOutsideOfPackage("kz.elicensing.infrastructure.metrics..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.prometheus..")
                .check(CLASSES);
    }

    @Test
    void faultCodesComeOnlyFromTheErrorCodeEnum() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("kz.elicensing.shep.FaultMapper")
                .should()
                .callMethod(ErrorInfo.class, "setErrorCode", String.class)
                .because("a fault's code is ErrorCode.name(), set in one place")
                .check(CLASSES);
        classes()
                .that()
                .areEnums()
                .and()
                .haveSimpleNameContaining("Error")
                .should()
                .haveFullyQualifiedName("kz.elicensing.domain.error.ErrorCode")
                .because("every error code is one constant of one enum")
                .check(CLASSES);
    }
}
