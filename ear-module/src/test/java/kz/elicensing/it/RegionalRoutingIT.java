package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12 items 4 and 5 against the deployed EAR: a security-activity application goes to the police department of the
 * region it names and only that department's officers see it; an unserved region, a missing mandatory document and a
 * subtype the catalog does not list are typed faults with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class RegionalRoutingIT {
    private static final Duration CHECKS = Duration.ofSeconds(60);
    private static final String DP_ASTANA_BIN = "090340000774";

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void almatyAndAstanaApplicationsLandWithTheirOwnDepartmentAndOnlyItsOfficersSeeThem() throws Exception {
        FreshCompany almatyCompany = FreshCompany.registeredAndPaid();
        FreshCompany astanaCompany = FreshCompany.registeredAndPaid();
        String almaty = submitted(almatyCompany, b -> b.region("ALMATY"));
        String astana = submitted(astanaCompany, b -> b.region("ASTANA"));
        assertEquals("DP_ALMATY", providerOf(almaty));
        assertEquals("DP_ASTANA", providerOf(astana));
        ItEnvironment.awaitStatus(almaty, "IN_REVIEW", CHECKS);
        ItEnvironment.awaitStatus(astana, "IN_REVIEW", CHECKS);

        OfficerApi almatyOfficer = OfficerApi.signIn("officer1", "officer-demo-pass");
        List<String> almatyList = almatyOfficer.openNumbers();
        assertTrue(almatyList.contains(almaty), "officer1 (DP_ALMATY) sees " + almaty);
        assertFalse(almatyList.contains(astana), "officer1 does not see Astana's " + astana);
        assertEquals(404, almatyOfficer.caseFile(astana).statusCode(), "nor opens it");

        OfficerApi astanaOfficer = OfficerApi.signIn("astana1", "officer-demo-pass");
        List<String> astanaList = astanaOfficer.openNumbers();
        assertTrue(astanaList.contains(astana), "astana1 (DP_ASTANA) sees " + astana);
        assertFalse(astanaList.contains(almaty), "astana1 does not see Almaty's " + almaty);

        // Astana's department decides its own application: the license names it as the licensor
        OfficerApi.done(astanaOfficer.approve(astana));
        ItEnvironment.awaitStatus(astana, "ISSUED", Duration.ofSeconds(5));
        String license = SignedApplicationFlowIT.unescape(
                ItEnvironment.element(ItEnvironment.portal().getResult(astana).dataXml(), "signedDocument"));
        assertTrue(
                license.contains("<id>" + DP_ASTANA_BIN + "</id>") || license.contains(":id>" + DP_ASTANA_BIN + "<"),
                "licensed by DP_ASTANA: " + license);
    }

    @Test
    void aRegionTheCatalogDoesNotServeOrNoRegionIsATypedFaultAndNothingIsStored() throws Exception {
        FreshCompany c = FreshCompany.registeredAndPaid();
        ShepFaultException unserved = refused(c, "REGION_NOT_SERVED", b -> b.region("BAIKONUR"));
        assertTrue(unserved.errorMessage().contains("BAIKONUR"), unserved.errorMessage());
        refused(c, "REGION_REQUIRED", b -> b.region(null));
    }

    @Test
    void anApplicationMissingAMandatoryDocumentIsRefusedAndNothingIsStored() throws Exception {
        FreshCompany c = FreshCompany.registeredAndPaid();
        ShepFaultException f = refused(c, "DOCUMENTS_INCOMPLETE", b -> b.document("CHARTER"));
        assertTrue(f.errorMessage().contains("HEAD_TRAINING_CERTIFICATE"), f.errorMessage());
        refused(c, "DOCUMENTS_INCOMPLETE", ApplicationBuilder::noDocuments);
        refused(
                c,
                "SCHEMA_VIOLATION",
                b -> b.document("CHARTER").document("HEAD_TRAINING_CERTIFICATE").document("LAW_DEGREE"));
    }

    @Test
    void anApplicationNamingASubtypeTheCatalogDoesNotListIsRefusedAndNothingIsStored() throws Exception {
        FreshCompany c = FreshCompany.registeredAndPaid();
        ShepFaultException f =
                refused(c, "SUBTYPE_NOT_IN_CATALOG", b -> b.subtypes("SECURITY_GUARD", "BODYGUARD_ABROAD"));
        assertTrue(f.errorMessage().contains("BODYGUARD_ABROAD"), f.errorMessage());
        // another service's subtype is not this service's
        refused(c, "SUBTYPE_NOT_IN_CATALOG", b -> b.subtypes("FUMIGATION"));
    }

    private static ApplicationBuilder application(FreshCompany c) {
        return ApplicationBuilder.securityActivity()
                .legalEntity(c.bin(), c.name(), FreshCompany.HEAD_IIN)
                .requestId(UUID.randomUUID().toString())
                .payment(c.paymentReference(), FreshCompany.FEE);
    }

    private static String submitted(FreshCompany c, UnaryOperator<ApplicationBuilder> change) {
        SendResult receipt =
                ItEnvironment.portal().submitApplication(ItEnvironment.sign(change.apply(application(c)), c.head()));
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        return ItEnvironment.element(receipt.dataXml(), "applicationNumber");
    }

    /** The fault with its code in both languages, and no application of the company stored. */
    private static ShepFaultException refused(FreshCompany c, String code, UnaryOperator<ApplicationBuilder> change)
            throws Exception {
        String signed = ItEnvironment.sign(change.apply(application(c)), c.head());
        ShepFaultException fault = assertThrows(
                ShepFaultException.class, () -> ItEnvironment.portal().submitApplication(signed));
        assertEquals(code, fault.errorCode(), fault.errorMessage());
        assertFalse(fault.errorData() == null || fault.errorData().isBlank(), "Kazakh text");
        assertFalse(fault.errorMessage().equals(fault.errorData()), "two languages, two texts");
        assertEquals(
                0,
                ItEnvironment.countRows("SELECT COUNT(*) FROM application WHERE applicant_id = '" + c.bin() + "'"),
                "nothing stored");
        return fault;
    }

    private static String providerOf(String number) throws Exception {
        try (var db = ItEnvironment.database();
                var s = db.prepareStatement("SELECT provider_code FROM application WHERE app_number = ?")) {
            s.setString(1, number);
            try (var rs = s.executeQuery()) {
                assertTrue(rs.next(), number + " stored");
                return rs.getString(1);
            }
        }
    }
}
