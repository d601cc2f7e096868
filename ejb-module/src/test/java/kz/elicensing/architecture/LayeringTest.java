package kz.elicensing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The arrows point inwards (architecture.md): the domain is plain Java, the application knows no infrastructure. */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("kz.elicensing");

    @Test
    void theDomainImportsNoFrameworks() {
        noClasses().that().resideInAPackage("kz.elicensing.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.xml..", "org.apache.xml..",
                        "org.w3c..", "org.eclipse.persistence..", "org.flywaydb..", "org.bouncycastle..",
                        "kz.elicensing.contract..", "kz.bee..", "io.prometheus..", "org.jboss.logging..")
                .check(CLASSES);
    }

    @Test
    void theDomainKnowsNoOuterLayer() {
        noClasses().that().resideInAPackage("kz.elicensing.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("kz.elicensing.application..", "kz.elicensing.infrastructure..")
                .check(CLASSES);
    }

    @Test
    void theApplicationDoesNotImportInfrastructure() {
        noClasses().that().resideInAPackage("kz.elicensing.application..")
                .should().dependOnClassesThat().resideInAPackage("kz.elicensing.infrastructure..")
                .check(CLASSES);
    }

    @Test
    void onlyTheMetricsAdapterKnowsThePrometheusClient() {
        noClasses().that().resideOutsideOfPackage("kz.elicensing.infrastructure.metrics..")
                .should().dependOnClassesThat().resideInAPackage("io.prometheus..")
                .check(CLASSES);
    }

    @Test
    void serviceImplementationsLiveInTheirFeature() {
        classes().that().haveSimpleNameStartingWith("Default").and().resideInAPackage("kz.elicensing.application..")
                .should().resideInAPackage("kz.elicensing.application.*").check(CLASSES);
    }
}
