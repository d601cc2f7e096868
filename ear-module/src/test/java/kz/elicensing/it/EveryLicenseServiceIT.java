package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One full application of every license service of the catalog (services 1–7 of domain.md), through signed SOAP:
 * submitted and paid, its applicant confirmed by the registry the catalog names (GBD UL or GBD FL), decided by an
 * officer of the service's own provider, and answered with a license signed by the provider's authorized person, in
 * the registry under the service's series, with the service's Kazakh title and its provider as licensor.
 */
@ExtendWith(ArquillianExtension.class)
class EveryLicenseServiceIT {
    private static final BigDecimal FEE = new BigDecimal("19660.00");
    private static final Duration CHECKS = Duration.ofSeconds(60);
    private static final String POLICE = "120340000054";
    private static final String MINISTRY_OF_JUSTICE = "020340000797";
    private static final String AGRICULTURE = "030340000808";

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void service1SecurityActivity() throws Exception {
        issued(company("SECURITY_ACTIVITY"), "officer1", "LAA", "Күзет қызметіне лицензия", POLICE);
    }

    @Test
    void service2PrivateBailiff() throws Exception {
        issued(person("PRIVATE_BAILIFF"), "moj1", "JUS", "Жеке сот орындаушысының", MINISTRY_OF_JUSTICE);
    }

    @Test
    void service3PesticideSale() throws Exception {
        issued(company("PESTICIDE_SALE"), "agri1", "AGR", "Пестицидтерді өткізуге", AGRICULTURE);
    }

    @Test
    void service4VeterinaryForAnIndividual() throws Exception {
        issued(person("VETERINARY"), "agri1", "VET", "Ветеринариялық қызметпен", AGRICULTURE);
    }

    @Test
    void service5GrainWarehouse() throws Exception {
        issued(company("GRAIN_WAREHOUSE"), "agri1", "GRN", "Астық қолхаттарын", AGRICULTURE);
    }

    @Test
    void service6PesticideFumigation() throws Exception {
        issued(company("PESTICIDE_FUMIGATION"), "agri1", "FUM", "аэрозольдық және фумигациялық", AGRICULTURE);
    }

    @Test
    void service7PesticideProductionForALegalEntity() throws Exception {
        issued(company("PESTICIDE_PRODUCTION"), "agri1", "PST", "формуляциялауға", AGRICULTURE);
    }

    /** An application of a fresh company the registry knows, signed by its head, the fee paid. */
    private static Signed company(String service) {
        FreshCompany c = FreshCompany.registeredAndPaid();
        ApplicationBuilder b = ApplicationBuilder.securityActivity()
                .service(service)
                .legalEntity(c.bin(), c.name(), FreshCompany.HEAD_IIN)
                .requestId(UUID.randomUUID().toString())
                .payment(c.paymentReference(), FEE);
        return new Signed(c.bin(), c.registryNameKz(), ItEnvironment.sign(b, c.head()));
    }

    /** An application of the demo person (known to GBD FL), signed with the person's own signing key, the fee paid. */
    private static Signed person(String service) {
        String iin = DemoIdentities.PERSON_IIN;
        IssuedIdentity signer = ItEnvironment.sandbox().demo().person();
        ApplicationBuilder b = ApplicationBuilder.securityActivity()
                .service(service)
                .individual(iin, DemoIdentities.PERSON_SURNAME, DemoIdentities.PERSON_NAME, null)
                .requestId(UUID.randomUUID().toString())
                .payment(ItEnvironment.freshPayment(iin), FEE);
        var person = ItEnvironment.sandbox().individuals().find(iin).orElseThrow();
        String registryName = String.join(" ", person.surname(), person.name(), person.patronymic());
        return new Signed(iin, registryName, ItEnvironment.sign(b, signer));
    }

    private static void issued(
            Signed application, String officerName, String series, String titleKz, String licensorBin)
            throws Exception {
        SendResult receipt = ItEnvironment.portal().submitApplication(application.xml());
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        String number = ItEnvironment.element(receipt.dataXml(), "applicationNumber");
        ItEnvironment.awaitStatus(number, "IN_REVIEW", CHECKS);

        OfficerApi officer = OfficerApi.signIn(officerName, "officer-demo-pass");
        assertTrue(officer.openNumbers().contains(number), officerName + " sees " + number);
        OfficerApi.done(officer.approve(number));
        ItEnvironment.awaitStatus(number, "ISSUED", Duration.ofSeconds(5));

        String license = SignedApplicationFlowIT.unescape(
                ItEnvironment.element(ItEnvironment.portal().getResult(number).dataXml(), "signedDocument"));
        java.security.cert.X509Certificate signer = new XmlSignatureVerifier(
                        ItEnvironment.sandbox().pki().caCertificate())
                .verify(license)
                .signer();
        // signed in the browser by the licensor's own authorized person (issue 15): the certificate names its BIN
        String subject = signer.getSubjectX500Principal()
                .getName(javax.security.auth.x500.X500Principal.RFC2253, java.util.Map.of("2.5.4.5", "SERIALNUMBER"));
        assertTrue(subject.contains("BIN" + licensorBin), "signed by a person of " + licensorBin + ": " + subject);
        assertTrue(subject.contains("IIN"), "a person's certificate, not a seal: " + subject);
        String licenseNumber = ItEnvironment.element(license, "licenseNumber");
        assertTrue(licenseNumber.matches("KZ\\d{2}" + series + "\\d{8}"), licenseNumber);
        assertTrue(ItEnvironment.element(license, "titleKz").contains(titleKz), license);
        assertTrue(
                license.contains("<id>" + licensorBin + "</id>") || license.contains(":id>" + licensorBin + "<"),
                "licensed by the service's provider " + licensorBin + ": " + license);
        assertTrue(license.contains(application.applicantId()), "the licensee is the applicant");
        // ... named as the registry the catalog names (GBD UL / GBD FL) records it, not as the form wrote it
        String licensee = license.substring(license.indexOf("licensee>"), license.lastIndexOf("licensee>"));
        assertEquals(application.registryNameKz(), ItEnvironment.element(licensee, "nameKz"), licensee);
        assertTrue(ItEnvironment.element(licensee, "address") != null, "the registry's address: " + licensee);
    }

    /** A signed application, its applicant's IIN/BIN and the applicant's name in Kazakh as the registry records it. */
    private record Signed(String applicantId, String registryNameKz, String xml) {}
}
