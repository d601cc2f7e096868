package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import kz.elicensing.sandbox.portal.XmlSigner;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every kind of bad input answers a typed SOAP fault with ru and kk texts, and leaves no application behind. */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {
    private static final String COMPANY_BIN = "150140000012";

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    private static Sandbox sandbox() {
        return ItEnvironment.sandbox();
    }

    @Test
    void malformedXml() {
        refused(
                "MALFORMED_XML",
                () -> ItEnvironment.portal().submitApplication("<Application xmlns=\"urn:kz:elicensing:v1\">"));
    }

    @Test
    void doctypeAndExternalEntity() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Application xmlns=\"urn:kz:elicensing:v1\" Id=\"a\">&x;</Application>";
        ShepFaultException fault =
                refused("MALFORMED_XML", () -> ItEnvironment.portal().submitApplication(xxe));
        assertFalse(fault.errorMessage().contains("root:"), "no file content leaks");
    }

    @Test
    void unsignedApplication() {
        String unsigned = XmlSigner.toXml(ItEnvironment.companyApplication().build());
        refused("SIGNATURE_MISSING", () -> ItEnvironment.portal().submitApplication(unsigned));
    }

    @Test
    void tamperedApplication() {
        String signed = ItEnvironment.sign(
                ItEnvironment.companyApplication(), sandbox().demo().company());
        String tampered = signed.replace("Қорғау-Сервис", "Қорғау-Сервис Плюс");
        assertTrue(!tampered.equals(signed));
        refused("SIGNATURE_INVALID", () -> ItEnvironment.portal().submitApplication(tampered));
    }

    @Test
    void certificateFromAnUnknownCa() {
        IssuedIdentity rogue =
                sandbox().pki().issue(companyHead().untrusted(true).build());
        refused(
                "CERTIFICATE_UNTRUSTED",
                () -> ItEnvironment.portal()
                        .submitApplication(ItEnvironment.sign(ItEnvironment.companyApplication(), rogue)));
    }

    @Test
    void expiredCertificate() {
        IssuedIdentity expired = sandbox()
                .pki()
                .issue(companyHead()
                        .validity(
                                Instant.now().minus(400, ChronoUnit.DAYS),
                                Instant.now().minus(1, ChronoUnit.DAYS))
                        .build());
        refused(
                "CERTIFICATE_EXPIRED",
                () -> ItEnvironment.portal()
                        .submitApplication(ItEnvironment.sign(ItEnvironment.companyApplication(), expired)));
    }

    @Test
    void authenticationKeyCannotSign() {
        refused(
                "KEY_USAGE_NOT_ALLOWED",
                () -> ItEnvironment.portal()
                        .submitApplication(ItEnvironment.sign(
                                ItEnvironment.companyApplication(),
                                sandbox().demo().companyAuth())));
    }

    @Test
    void binOfTheCertificateDiffersFromTheApplicant() {
        refused(
                "SIGNER_MISMATCH",
                () -> ItEnvironment.portal()
                        .submitApplication(ItEnvironment.sign(
                                ItEnvironment.companyApplication(),
                                sandbox().demo().otherCompany())));
    }

    @Test
    void unknownSender() {
        String signed = ItEnvironment.sign(
                ItEnvironment.companyApplication(), sandbox().demo().company());
        refused("SENDER_UNKNOWN", () -> ItEnvironment.client("NOBODY", "x").submitApplication(signed));
    }

    @Test
    void wrongPassword() {
        String signed = ItEnvironment.sign(
                ItEnvironment.companyApplication(), sandbox().demo().company());
        refused("SENDER_UNKNOWN", () -> ItEnvironment.client("PORTAL", "wrong").submitApplication(signed));
    }

    @Test
    void unknownServiceId() {
        String signed = ItEnvironment.sign(
                ItEnvironment.companyApplication(), sandbox().demo().company());
        ShepFaultException fault =
                refused("UNKNOWN_SERVICE", () -> ItEnvironment.portal().send("ELICENSE_NoSuchService", signed, "ru"));
        assertTrue(fault.errorMessage().contains("ELICENSE_NoSuchService"));
    }

    @Test
    void senderWithoutTheRight() {
        String signed = ItEnvironment.sign(
                ItEnvironment.companyApplication(), sandbox().demo().company());
        refused("SENDER_NOT_ALLOWED", () -> ItEnvironment.pep().submitApplication(signed));
    }

    @Test
    void anUnsignedMessageIsRefused() {
        String signed = ItEnvironment.sign(
                ItEnvironment.companyApplication(), sandbox().demo().company());
        refused(
                "MESSAGE_SIGNATURE_INVALID",
                () -> new PortalClient(ItEnvironment.SYNC_CHANNEL_URL).submitApplication(signed));
    }

    @Test
    void aMessageSignedByAnotherSystemIsRefused() {
        String signed = ItEnvironment.sign(
                ItEnvironment.companyApplication(), sandbox().demo().company());
        refused(
                "MESSAGE_SIGNATURE_INVALID",
                () -> new PortalClient(ItEnvironment.SYNC_CHANNEL_URL)
                        .signedBy(sandbox().demo().pepSystem())
                        .submitApplication(signed));
    }

    private static IdentitySpec.Builder companyHead() {
        return IdentitySpec.builder(IdentitySpec.Kind.LEGAL_ENTITY_HEAD)
                .iin("900515300018")
                .bin(COMPANY_BIN)
                .surname("СӘРСЕНБАЕВ")
                .name("НҰРЛАН")
                .patronymic("ҚАЙРАТҰЛЫ")
                .organisation("ТОО «Қорғау-Сервис»")
                .usage(IdentitySpec.Usage.SIGNING);
    }

    /** Runs the call, expects a fault with {@code code} and texts in both languages, and checks nothing was stored. */
    private static ShepFaultException refused(String code, Supplier<SendResult> call) {
        int before = applicationsOfTheCompany();
        ShepFaultException fault = assertThrows(ShepFaultException.class, call::get);
        assertEquals(code, fault.errorCode(), fault.errorMessage());
        assertFalse(fault.errorMessage().isBlank(), "Russian text");
        assertFalse(fault.errorData() == null || fault.errorData().isBlank(), "Kazakh text");
        assertFalse(fault.errorMessage().equals(fault.errorData()), "two languages, two texts");
        assertFalse(fault.errorMessage().contains("Exception"), "no stack trace on the wire");
        assertEquals(before, applicationsOfTheCompany(), "nothing stored");
        return fault;
    }

    private static int applicationsOfTheCompany() {
        String xml = ItEnvironment.portal().getStatusByApplicant(COMPANY_BIN).dataXml();
        Matcher m = Pattern.compile("<(?:\\w+:)?applicationNumber>").matcher(xml);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
