package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.xml.VerifiedSignature;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation slice end to end: a signed application through ShEP, the checks, an officer's decision, the signed result. */
@ExtendWith(ArquillianExtension.class)
class SignedApplicationFlowIT {
    private static final Duration CHECKS = Duration.ofSeconds(60);

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void signedApplicationBecomesASignedLicense() throws Exception {
        Sandbox sandbox = ItEnvironment.sandbox();
        ApplicationBuilder application = ItEnvironment.companyApplication();
        SendResult receipt = ItEnvironment.portal()
                .submitApplication(
                        ItEnvironment.sign(application, sandbox.demo().company()));

        assertEquals("SUCCESS", receipt.statusCode());
        String number = ItEnvironment.element(receipt.dataXml(), "applicationNumber");
        assertTrue(number.matches("EL-\\d{4}-\\d{8}"), number);
        LocalDate deadline = LocalDate.parse(ItEnvironment.element(receipt.dataXml(), "deadline"));
        assertTrue(
                deadline.isAfter(ItEnvironment.almatyToday().plusDays(18)),
                "15 working days are at least 19 calendar days: " + deadline);
        assertTrue(ItEnvironment.element(receipt.dataXml(), "messageKz").contains("тіркелді"));

        ItEnvironment.awaitStatus(number, "IN_REVIEW", CHECKS);

        OfficerApi officer = OfficerApi.signIn("officer1", "officer-demo-pass");
        assertTrue(officer.openNumbers().contains(number), "the officer sees the application");
        OfficerApi.done(officer.approve(number));

        ItEnvironment.awaitStatus(number, "ISSUED", Duration.ofSeconds(5));
        SendResult result = ItEnvironment.portal().getResult(number);
        assertEquals("LICENSE", ItEnvironment.element(result.dataXml(), "kind"));
        String license = unescape(ItEnvironment.element(result.dataXml(), "signedDocument"));
        VerifiedSignature verified = new XmlSignatureVerifier(sandbox.pki().caCertificate()).verify(license);
        assertEquals(sandbox.demo().providerSigner().certificate(), verified.signer());
        String licenseNumber = ItEnvironment.element(license, "licenseNumber");
        assertTrue(licenseNumber.matches("KZ\\d{2}LAA\\d{8}"), licenseNumber);
        assertTrue(license.contains("Күзет қызметіне лицензия"), "Kazakh title survives signing and transport");
        assertTrue(
                license.contains("«Қорғау-Сервис» жауапкершілігі шектеулі серіктестігі"),
                "Kazakh letters of the holder (GBD UL's name) survive");
        byte[] pdf = java.util.Base64.getMimeDecoder().decode(ItEnvironment.element(result.dataXml(), "pdf"));
        assertTrue(
                new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"),
                "the printable form comes with the signed XML");
    }

    @Test
    void theSameRequestTwiceIsOneApplication() {
        Sandbox sandbox = ItEnvironment.sandbox();
        ApplicationBuilder application = ItEnvironment.companyApplication();
        String signed = ItEnvironment.sign(application, sandbox.demo().company());
        String first = ItEnvironment.element(
                ItEnvironment.portal().submitApplication(signed).dataXml(), "applicationNumber");
        String second = ItEnvironment.element(
                ItEnvironment.portal().submitApplication(signed).dataXml(), "applicationNumber");
        assertEquals(first, second);
    }

    @Test
    void unknownCompanyIsRefusedWithASignedReason() throws Exception {
        Sandbox sandbox = ItEnvironment.sandbox();
        String bin = "000101400005";
        IssuedIdentity head = sandbox.pki()
                .issue(IdentitySpec.builder(IdentitySpec.Kind.LEGAL_ENTITY_HEAD)
                        .iin("900515300018")
                        .bin(bin)
                        .surname("СӘРСЕНБАЕВ")
                        .name("НҰРЛАН")
                        .organisation("ТОО «Жоқ»")
                        .usage(IdentitySpec.Usage.SIGNING)
                        .build());
        ApplicationBuilder application = ApplicationBuilder.securityActivity()
                .legalEntity(bin, "ТОО «Жоқ»", "900515300018")
                .requestId(UUID.randomUUID().toString())
                .payment(ItEnvironment.freshPayment(bin), new BigDecimal("19660.00"));
        SendResult receipt = ItEnvironment.portal().submitApplication(ItEnvironment.sign(application, head));
        String number = ItEnvironment.element(receipt.dataXml(), "applicationNumber");

        ItEnvironment.awaitStatus(number, "REFUSED", CHECKS);
        String refusal = unescape(
                ItEnvironment.element(ItEnvironment.portal().getResult(number).dataXml(), "signedDocument"));
        new XmlSignatureVerifier(sandbox.pki().caCertificate()).verify(refusal);
        assertEquals("APPLICANT_NOT_FOUND", ItEnvironment.element(refusal, "reasonCode"));
        assertTrue(ItEnvironment.element(refusal, "reasonKz").contains("дерекқорда жоқ"));
    }

    @Test
    void anUnpaidApplicationIsRefusedBeforeRegistration() throws Exception {
        Sandbox sandbox = ItEnvironment.sandbox();
        String requestId = UUID.randomUUID().toString();
        ApplicationBuilder application = ApplicationBuilder.securityActivity()
                .forDemoCompany()
                .requestId(requestId)
                .payment("PAY-NEVER-" + UUID.randomUUID(), new BigDecimal("19660.00"));
        SendResult answer = ItEnvironment.portal()
                .send(
                        PortalClient.SUBMIT_APPLICATION,
                        ItEnvironment.sign(application, sandbox.demo().company()),
                        "kk");

        // condition 2 before process 9: the refusal of process 5 at once, in the asked language, nothing registered
        assertEquals("PAYMENT_NOT_FOUND", answer.statusCode());
        assertTrue(answer.statusMessage().contains("төлемнің болмауына байланысты"), answer.statusMessage());
        assertEquals("false", ItEnvironment.element(answer.dataXml(), "accepted"));
        assertTrue(ItEnvironment.element(answer.dataXml(), "messageRu").contains("отсутствием оплаты"));
        assertNull(ItEnvironment.element(answer.dataXml(), "applicationNumber"));
        assertEquals(
                0L, ItEnvironment.countRows("SELECT COUNT(*) FROM application WHERE request_id = '" + requestId + "'"));
    }

    @Test
    void aPaymentAnnouncedByThePaymentGatewayCountsWithoutAskingIt() throws Exception {
        Sandbox sandbox = ItEnvironment.sandbox();
        String reference = "PAY-NOTICE-" + UUID.randomUUID();
        PortalClient pep = ItEnvironment.pep();
        SendResult first = pep.notifyPayment(
                reference, "150140000012", new BigDecimal("19660.00"), "105402", OffsetDateTime.now());
        assertEquals("SUCCESS", first.statusCode());
        assertEquals("true", ItEnvironment.element(first.dataXml(), "accepted"));
        SendResult again = pep.notifyPayment(
                reference, "150140000012", new BigDecimal("19660.00"), "105402", OffsetDateTime.now());
        assertTrue(ItEnvironment.element(again.dataXml(), "messageKz").contains("бұрын"), "a repeated notice is known");

        // the sandbox's payment gateway has never heard of this reference: only the notice can confirm it
        ApplicationBuilder application = ApplicationBuilder.securityActivity()
                .forDemoCompany()
                .requestId(UUID.randomUUID().toString())
                .payment(reference, new BigDecimal("19660.00"));
        String number = ItEnvironment.element(
                ItEnvironment.portal()
                        .submitApplication(
                                ItEnvironment.sign(application, sandbox.demo().company()))
                        .dataXml(),
                "applicationNumber");
        ItEnvironment.awaitStatus(number, "IN_REVIEW", CHECKS);
    }

    @Test
    void anUnderpaidFeeIsRefusedBeforeRegistration() throws Exception {
        Sandbox sandbox = ItEnvironment.sandbox();
        String reference = "PAY-LOW-" + UUID.randomUUID();
        sandbox.payments().pay(reference, "150140000012", new BigDecimal("100.00"));
        String requestId = UUID.randomUUID().toString();
        ApplicationBuilder application = ApplicationBuilder.securityActivity()
                .forDemoCompany()
                .requestId(requestId)
                .payment(reference, new BigDecimal("100.00"));
        SendResult answer = ItEnvironment.portal()
                .submitApplication(
                        ItEnvironment.sign(application, sandbox.demo().company()));
        assertEquals("PAYMENT_AMOUNT_MISMATCH", answer.statusCode());
        assertEquals("false", ItEnvironment.element(answer.dataXml(), "accepted"));
        assertEquals(
                0L, ItEnvironment.countRows("SELECT COUNT(*) FROM application WHERE request_id = '" + requestId + "'"));
    }

    // condition 2: the payment bound to the application (Reg. 000 §2.2(6)-(8))

    @Test
    void aPaymentPaysForOneApplicationOnly() throws Exception {
        FreshCompany company = FreshCompany.registeredAndPaid();
        String requestId = UUID.randomUUID().toString();
        String signed = company.sign(company.application(requestId, company.paymentReference(), FreshCompany.FEE));
        SendResult first = ItEnvironment.portal().submitApplication(signed);
        assertEquals("SUCCESS", first.statusCode(), first.statusMessage());
        String number = ItEnvironment.element(first.dataXml(), "applicationNumber");

        // the same signed application under a new messageId, and the same message again: the first answer
        SendResult resent = ItEnvironment.portal().submitApplication(signed);
        assertEquals(number, ItEnvironment.element(resent.dataXml(), "applicationNumber"));
        String messageId = UUID.randomUUID().toString();
        SendResult once = ItEnvironment.portal().send(messageId, PortalClient.SUBMIT_APPLICATION, signed, "ru");
        SendResult twice = ItEnvironment.portal().send(messageId, PortalClient.SUBMIT_APPLICATION, signed, "ru");
        assertEquals(number, ItEnvironment.element(once.dataXml(), "applicationNumber"));
        assertEquals(once.dataXml(), twice.dataXml());

        // another application of the same company naming the used payment: refused, nothing stored
        String otherRequest = UUID.randomUUID().toString();
        SendResult second = ItEnvironment.portal()
                .send(
                        PortalClient.SUBMIT_APPLICATION,
                        company.sign(company.application(otherRequest, company.paymentReference(), FreshCompany.FEE)),
                        "kk");
        assertEquals("PAYMENT_ALREADY_USED", second.statusCode(), second.statusMessage());
        assertEquals("false", ItEnvironment.element(second.dataXml(), "accepted"));
        assertTrue(ItEnvironment.element(second.dataXml(), "messageRu").contains("уже использован"));
        assertTrue(second.statusMessage().contains("бұрын пайдаланылған"), second.statusMessage());
        assertNull(ItEnvironment.element(second.dataXml(), "applicationNumber"));
        assertEquals(0L, rowsOf(otherRequest));
        assertEquals(
                1L,
                ItEnvironment.countRows("SELECT COUNT(*) FROM application WHERE payment_reference = '"
                        + company.paymentReference() + "'"));
    }

    @Test
    void twoApplicationsRacingForOnePaymentRegisterOnceByTheDatabasesUniqueKey() throws Exception {
        FreshCompany company = FreshCompany.registeredAndPaid();
        List<String> signed = List.of(
                company.sign(company.application(
                        UUID.randomUUID().toString(), company.paymentReference(), FreshCompany.FEE)),
                company.sign(company.application(
                        UUID.randomUUID().toString(), company.paymentReference(), FreshCompany.FEE)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SendResult>> answers = new ArrayList<>();
            for (String s : signed) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return ItEnvironment.portal().submitApplication(s);
                }));
            }
            start.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<SendResult> a : answers) {
                codes.add(a.get(60, TimeUnit.SECONDS).statusCode());
            }
            Collections.sort(codes);
            assertEquals(List.of("PAYMENT_ALREADY_USED", "SUCCESS"), codes);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                1L,
                ItEnvironment.countRows("SELECT COUNT(*) FROM application WHERE paid_by_reference = '"
                        + company.paymentReference() + "'"));
        // the database itself refuses a second application paid by the same reference, whatever the code does
        FreshCompany other = FreshCompany.registeredAndPaid();
        SendResult registered = ItEnvironment.portal().submitApplication(other.signedApplication());
        String otherNumber = ItEnvironment.element(registered.dataXml(), "applicationNumber");
        try (Connection c = ItEnvironment.database();
                PreparedStatement q =
                        c.prepareStatement("UPDATE application SET paid_by_reference = ? WHERE app_number = ?")) {
            q.setString(1, company.paymentReference());
            q.setString(2, otherNumber);
            assertThrows(SQLException.class, q::executeUpdate, "unique key on paid_by_reference");
        }
    }

    @Test
    void aPaymentByAnotherPayerIsRefusedBeforeRegistration() throws Exception {
        FreshCompany company = FreshCompany.unpaid();
        String byAnother = FreshCompany.payment(FreshCompany.nextBin(), FreshCompany.FEE, LICENSE_FEE);
        refusedBeforeRegistration(company, byAnother, FreshCompany.FEE, "PAYMENT_PAYER_MISMATCH", "не заявителем");
    }

    @Test
    void aPaymentOfAnotherAmountThanTheOperationsFeeIsRefusedBeforeRegistration() throws Exception {
        FreshCompany company = FreshCompany.unpaid();
        BigDecimal more = new BigDecimal("20000.00");
        String overpaid = FreshCompany.payment(company.bin(), more, LICENSE_FEE);
        refusedBeforeRegistration(company, overpaid, more, "PAYMENT_AMOUNT_MISMATCH", "размеру сбора");
    }

    @Test
    void aPaymentToAnotherBudgetCodeIsRefusedBeforeRegistration() throws Exception {
        FreshCompany company = FreshCompany.unpaid();
        String stateDuty = FreshCompany.payment(company.bin(), FreshCompany.FEE, "105429");
        refusedBeforeRegistration(
                company, stateDuty, FreshCompany.FEE, "PAYMENT_BUDGET_CODE_MISMATCH", "бюджетной классификации");
    }

    @Test
    void aScannedReceiptIsConfirmedByTheOfficerBeforeTheLicense() throws Exception {
        FreshCompany company = FreshCompany.unpaid();
        String receiptNumber = "RCPT-" + UUID.randomUUID();
        String number = submitWithReceipt(company, receiptNumber);
        ItEnvironment.awaitStatus(number, "IN_REVIEW", CHECKS);
        assertEquals(
                1L,
                ItEnvironment.countRows("SELECT COUNT(*) FROM application WHERE app_number = '" + number
                        + "' AND payment_to_confirm = TRUE AND paid_by_reference = '" + receiptNumber + "'"));
        assertEquals(
                1L,
                ItEnvironment.countRows("SELECT COUNT(*) FROM application_scan s JOIN application a"
                        + " ON a.id = s.application_id WHERE a.app_number = '" + number
                        + "' AND s.document_code = 'PAYMENT_RECEIPT' AND s.sha256 = '" + sha256(RECEIPT_PDF) + "'"));

        OfficerApi officer = OfficerApi.signIn("officer1", "officer-demo-pass");
        JsonObject before = officer.caseJson(number);
        assertTrue(before.getJsonObject("payment").getBoolean("receiptToConfirm"), "the mark is shown");
        assertTrue(before.getJsonObject("actions").getBoolean("confirmPayment"));
        assertFalse(before.getJsonObject("actions").getBoolean("approve"), "no approval offered before");
        HttpResponse<byte[]> scan = officer.file(number, officer.fileId(number, "RECEIPT"));
        assertEquals(200, scan.statusCode());
        assertArrayEquals(RECEIPT_PDF, scan.body(), "the officer sees the scan as it was signed");
        assertEquals(
                "application/pdf",
                scan.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(
                sha256(RECEIPT_PDF),
                scan.headers().firstValue("X-Content-SHA256").orElse(""));
        OfficerApi otherProvider = OfficerApi.signIn("agri1", "officer-demo-pass");
        assertEquals(404, otherProvider.file(number, "s0").statusCode());
        assertEquals(404, otherProvider.caseFile(number).statusCode());

        HttpResponse<String> tooEarly = officer.approve(number);
        assertEquals("PAYMENT_NOT_CONFIRMED", OfficerApi.code(tooEarly), "no license before the receipt is confirmed");
        assertEquals("IN_REVIEW", ItEnvironment.awaitStatus(number, "IN_REVIEW", Duration.ofSeconds(5)));

        OfficerApi.done(officer.confirmPayment(number));
        assertFalse(
                officer.caseJson(number).getJsonObject("payment").getBoolean("receiptToConfirm"), "the mark is gone");
        JsonObject approved = OfficerApi.done(officer.approve(number));
        assertTrue(approved.getString("resultNumber").startsWith("KZ"), approved.toString());
        ItEnvironment.awaitStatus(number, "ISSUED", Duration.ofSeconds(5));
    }

    @Test
    void aScannedReceiptThatDoesNotProveThePaymentIsRefusedOnItsGround() throws Exception {
        FreshCompany company = FreshCompany.unpaid();
        String number = submitWithReceipt(company, "RCPT-" + UUID.randomUUID());
        ItEnvironment.awaitStatus(number, "IN_REVIEW", CHECKS);
        OfficerApi officer = OfficerApi.signIn("officer1", "officer-demo-pass");
        assertTrue(
                officer.caseJson(number).getJsonArray("grounds").stream()
                        .anyMatch(g ->
                                "PAYMENT_NOT_CONFIRMED".equals(g.asJsonObject().getString("code"))),
                "the catalog's ground is offered");
        OfficerApi.done(officer.refuse(
                number, "PAYMENT_NOT_CONFIRMED", "Квитанция не подтверждена банком", "Түбіртекті банк растамады"));
        ItEnvironment.awaitStatus(number, "REFUSED", Duration.ofSeconds(5));
        assertEquals(
                1L,
                ItEnvironment.countRows("SELECT COUNT(*) FROM application WHERE app_number = '" + number
                        + "' AND refusal_code = 'PAYMENT_NOT_CONFIRMED'"));
        String refusal = unescape(
                ItEnvironment.element(ItEnvironment.portal().getResult(number).dataXml(), "signedDocument"));
        assertTrue(refusal.contains("не подтверждена"), refusal);
    }

    /** A PDF receipt, as the applicant scanned it. */
    private static final byte[] RECEIPT_PDF =
            "%PDF-1.4\n% квитанция об оплате лицензионного сбора\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private static final String LICENSE_FEE = "105402";

    private static String submitWithReceipt(FreshCompany company, String receiptNumber) {
        ApplicationBuilder application = company.application(
                        UUID.randomUUID().toString(), receiptNumber, FreshCompany.FEE)
                .paymentReceipt("receipt.pdf", "application/pdf", RECEIPT_PDF);
        SendResult receipt = ItEnvironment.portal().submitApplication(company.sign(application));
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        return ItEnvironment.element(receipt.dataXml(), "applicationNumber");
    }

    /** The application naming this payment is answered with the code and the regulation's text; nothing is stored. */
    private static void refusedBeforeRegistration(
            FreshCompany company, String reference, BigDecimal amount, String code, String textRu) throws Exception {
        String requestId = UUID.randomUUID().toString();
        SendResult answer = ItEnvironment.portal()
                .send(
                        PortalClient.SUBMIT_APPLICATION,
                        company.sign(company.application(requestId, reference, amount)),
                        "kk");
        assertEquals(code, answer.statusCode(), answer.statusMessage());
        assertEquals("false", ItEnvironment.element(answer.dataXml(), "accepted"));
        assertTrue(ItEnvironment.element(answer.dataXml(), "messageRu").contains(textRu));
        assertTrue(answer.statusMessage().contains("төлемнің болмауына байланысты"), answer.statusMessage());
        assertNull(ItEnvironment.element(answer.dataXml(), "applicationNumber"));
        assertEquals(0L, rowsOf(requestId));
    }

    private static long rowsOf(String requestId) throws SQLException {
        return ItEnvironment.countRows("SELECT COUNT(*) FROM application WHERE request_id = '" + requestId + "'");
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void anEmployeeSigningAsTheHeadGetsASignedRefusalSignerMismatch() throws Exception {
        // the form and the certificate agree (the employee wrote his own IIN as headIin); GBD UL names another head
        FreshCompany company = FreshCompany.signedByAnEmployee();
        SendResult receipt = ItEnvironment.portal().submitApplication(company.signedApplication());
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        String number = ItEnvironment.element(receipt.dataXml(), "applicationNumber");

        ItEnvironment.awaitStatus(number, "REFUSED", CHECKS);
        String refusal = signedResult(number);
        assertEquals("SIGNER_MISMATCH", ItEnvironment.element(refusal, "reasonCode"));
        assertTrue(ItEnvironment.element(refusal, "reasonRu").contains("не руководителем"), refusal);
        assertTrue(ItEnvironment.element(refusal, "reasonKz").contains("басшысы қол қоймаған"), refusal);
        assertEquals(0L, licensesOf(company.bin()), "no license for the employee's company");
    }

    @Test
    void aLiquidatedEntityIsRefusedOnTheCatalogsGround() throws Exception {
        refusedOnGround(FreshCompany.inRegistryStatus("LIQUIDATED"), "APPLICANT_LIQUIDATED", "Таратылған");
    }

    @Test
    void anEntityWhoseActivityIsSuspendedIsRefusedOnTheCatalogsGround() throws Exception {
        refusedOnGround(FreshCompany.inRegistryStatus("SUSPENDED"), "APPLICANT_ACTIVITY_SUSPENDED", "тоқтатыла тұрған");
    }

    /** A head-signed, paid application of a company GBD UL records as not active: a signed refusal on the ground. */
    private static void refusedOnGround(FreshCompany company, String ground, String statusKz) throws Exception {
        SendResult receipt = ItEnvironment.portal().submitApplication(company.signedApplication());
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        String number = ItEnvironment.element(receipt.dataXml(), "applicationNumber");

        ItEnvironment.awaitStatus(number, "REFUSED", CHECKS);
        String refusal = signedResult(number);
        assertEquals(ground, ItEnvironment.element(refusal, "reasonCode"));
        // the ground's text and legal basis are the catalog's (refusal_ground), the registry's answer its comment
        assertTrue(ItEnvironment.element(refusal, "legalBasisRu").contains("статья 43"), refusal);
        assertTrue(ItEnvironment.element(refusal, "commentRu").contains(company.bin()), refusal);
        assertTrue(ItEnvironment.element(refusal, "commentKz").contains(statusKz), refusal);
        assertEquals(
                1L,
                ItEnvironment.countRows("SELECT COUNT(*) FROM refusal_ground WHERE service_code = 'SECURITY_ACTIVITY'"
                        + " AND code = '" + ground + "'"),
                "the ground is a catalog row");
        assertEquals(0L, licensesOf(company.bin()));
    }

    @Test
    void theLicenseCarriesTheRegistrysNameEvenWhenTheFormSaysAnother() throws Exception {
        FreshCompany company = FreshCompany.registeredAndPaid();
        String formName = "ТОО «Басқа Атау " + company.bin() + "»";
        SendResult receipt = ItEnvironment.portal().submitApplication(company.signedApplication(formName));
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        String number = ItEnvironment.element(receipt.dataXml(), "applicationNumber");
        ItEnvironment.awaitStatus(number, "IN_REVIEW", CHECKS);

        OfficerApi.done(OfficerApi.signIn("officer1", "officer-demo-pass").approve(number));
        ItEnvironment.awaitStatus(number, "ISSUED", Duration.ofSeconds(5));

        String license = signedResult(number);
        String licensee = license.substring(license.indexOf("licensee>"), license.lastIndexOf("licensee>"));
        assertEquals(company.registryNameRu(), ItEnvironment.element(licensee, "nameRu"));
        assertEquals(company.registryNameKz(), ItEnvironment.element(licensee, "nameKz"));
        assertEquals("Қазақстан, Алматы қ., Абай даңғылы, 1", ItEnvironment.element(licensee, "address"));
        assertEquals(FreshCompany.HEAD_IIN, ItEnvironment.element(licensee, "headIin"));
        assertFalse(license.contains("Басқа Атау"), "the form's own name is not printed on the license");
        // ... but it is recorded with the application
        assertEquals(
                1L,
                ItEnvironment.countRows("SELECT COUNT(*) FROM application_event e JOIN application a"
                        + " ON e.application_id = a.id WHERE a.app_number = '" + number + "'"
                        + " AND e.note LIKE '%Басқа Атау%'"));
        assertEquals(
                company.registryNameKz(),
                ItEnvironment.queryString("SELECT holder_name_kz FROM license WHERE app_number = '" + number + "'"));
    }

    /** The signed result of an application, its signature verified against the sandbox CA. */
    private static String signedResult(String number) throws Exception {
        String document = unescape(
                ItEnvironment.element(ItEnvironment.portal().getResult(number).dataXml(), "signedDocument"));
        new XmlSignatureVerifier(ItEnvironment.sandbox().pki().caCertificate()).verify(document);
        return document;
    }

    private static long licensesOf(String bin) throws java.sql.SQLException {
        return ItEnvironment.countRows("SELECT COUNT(*) FROM license WHERE holder_id = '" + bin + "'");
    }

    /** Result documents travel as text inside the Result payload; the regex helper sees them escaped once. */
    static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
