package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * contracts.md §1: the same senderId + messageId with the same content gets the first answer again, and the work is
 * done once; with other content it is refused with DUPLICATE_MESSAGE_ID; copies arriving at once make one application.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyIT {
    private static final String COMPANY_BIN = "150140000012";
    private static final int COPIES = 8;

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void aResentApplicationGetsTheFirstReceiptAndStaysOneApplication() {
        String signed = signedCompanyApplication();
        String messageId = UUID.randomUUID().toString();
        int before = applicationsOfTheCompany();

        SendResult first = ItEnvironment.portal().send(messageId, PortalClient.SUBMIT_APPLICATION, signed, "ru");
        SendResult again = ItEnvironment.portal().send(messageId, PortalClient.SUBMIT_APPLICATION, signed, "kk");

        assertEquals("SUCCESS", first.statusCode());
        assertEquals(first.statusCode(), again.statusCode());
        assertEquals(
                ItEnvironment.element(first.dataXml(), "applicationNumber"),
                ItEnvironment.element(again.dataXml(), "applicationNumber"));
        assertEquals(first.dataXml(), again.dataXml(), "the first receipt, as it was");
        assertEquals(
                first.statusMessage(),
                again.statusMessage(),
                "the first answer (Russian), not a new one in the resend's language");
        assertEquals(messageId, again.correlationId());
        assertEquals(before + 1, applicationsOfTheCompany(), "one application");
    }

    @Test
    void theSameMessageIdWithOtherContentIsRefused() {
        String messageId = UUID.randomUUID().toString();
        String signed = signedCompanyApplication();
        int before = applicationsOfTheCompany();
        SendResult first = ItEnvironment.portal().send(messageId, PortalClient.SUBMIT_APPLICATION, signed, "ru");
        assertEquals("SUCCESS", first.statusCode());

        ShepFaultException otherApplication = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.portal()
                        .send(messageId, PortalClient.SUBMIT_APPLICATION, signedCompanyApplication(), "ru"));
        assertDuplicate(otherApplication);
        ShepFaultException otherService = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.portal()
                        .send(
                                messageId,
                                PortalClient.GET_STATUS,
                                statusQuery(ItEnvironment.element(first.dataXml(), "applicationNumber")),
                                "ru"));
        assertDuplicate(otherService);
        assertEquals(before + 1, applicationsOfTheCompany(), "the refused copy left nothing");

        SendResult stillTheFirst =
                ItEnvironment.portal().send(messageId, PortalClient.SUBMIT_APPLICATION, signed, "ru");
        assertEquals(first.dataXml(), stillTheFirst.dataXml(), "the first content still gets the first answer");
    }

    @Test
    void eightCopiesAtOnceGetOneAnswerAndMakeOneApplication() throws Exception {
        String signed = signedCompanyApplication();
        String messageId = UUID.randomUUID().toString();
        int before = applicationsOfTheCompany();
        List<SendResult> answers = atOnce(
                i -> () -> ItEnvironment.portal().send(messageId, PortalClient.SUBMIT_APPLICATION, signed, "ru"));
        Set<String> payloads = new HashSet<>();
        for (SendResult r : answers) {
            assertEquals("SUCCESS", r.statusCode());
            payloads.add(r.dataXml());
        }
        assertEquals(1, payloads.size(), "every copy got the same receipt");
        assertEquals(before + 1, applicationsOfTheCompany(), "one application");
    }

    @Test
    void eightMessagesOfOneApplicationAtOnceMakeOneApplication() throws Exception {
        String signed = signedCompanyApplication();
        int before = applicationsOfTheCompany();
        List<SendResult> answers = atOnce(i -> () -> ItEnvironment.portal()
                .send(UUID.randomUUID().toString(), PortalClient.SUBMIT_APPLICATION, signed, "ru"));
        Set<String> numbers = new HashSet<>();
        answers.forEach(r -> numbers.add(ItEnvironment.element(r.dataXml(), "applicationNumber")));
        assertEquals(1, numbers.size(), "the same requestId is one application: " + numbers);
        assertEquals(before + 1, applicationsOfTheCompany());
    }

    @Test
    void aRefusedMessageIsNotRememberedSoItsCorrectedResendIsRegistered() {
        String signed = signedCompanyApplication();
        String tampered = signed.replace("Қорғау-Сервис", "Қорғау-Сервис Плюс");
        assertNotEquals(signed, tampered);
        String messageId = UUID.randomUUID().toString();
        int before = applicationsOfTheCompany();

        ShepFaultException refused = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.portal().send(messageId, PortalClient.SUBMIT_APPLICATION, tampered, "ru"));
        assertEquals("SIGNATURE_INVALID", refused.errorCode());
        SendResult corrected = ItEnvironment.portal().send(messageId, PortalClient.SUBMIT_APPLICATION, signed, "ru");
        assertEquals("SUCCESS", corrected.statusCode(), "no duplicate of a refusal");
        assertEquals(before + 1, applicationsOfTheCompany());
    }

    @Test
    void aPaymentNoticeDeliveredTwiceHasOneEffect() {
        PortalClient pep = ItEnvironment.pep();
        String notice = paymentNotice("PAY-TWICE-" + UUID.randomUUID());
        String messageId = UUID.randomUUID().toString();

        SendResult first = pep.send(messageId, PortalClient.PAYMENT_NOTIFICATION, notice, "ru");
        SendResult again = pep.send(messageId, PortalClient.PAYMENT_NOTIFICATION, notice, "ru");
        SendResult resentByTheGateway =
                pep.send(UUID.randomUUID().toString(), PortalClient.PAYMENT_NOTIFICATION, notice, "ru");

        assertEquals("SUCCESS", first.statusCode());
        assertTrue(ItEnvironment.element(first.dataXml(), "messageKz").contains("қабылданды"), first.dataXml());
        assertEquals(
                first.dataXml(), again.dataXml(), "the same message: the first answer again ('recorded', not 'known')");
        assertTrue(
                ItEnvironment.element(resentByTheGateway.dataXml(), "messageKz").contains("бұрын"),
                "a new messageId for the same payment: known by its reference");
    }

    @Test
    void eightNoticesOfOnePaymentAtOnceAreRecordedOnce() throws Exception {
        String notice = paymentNotice("PAY-RACE-" + UUID.randomUUID());
        List<SendResult> answers = atOnce(i -> () -> ItEnvironment.pep()
                .send(UUID.randomUUID().toString(), PortalClient.PAYMENT_NOTIFICATION, notice, "ru"));
        long recorded = answers.stream()
                .filter(r -> ItEnvironment.element(r.dataXml(), "messageKz").contains("қабылданды"))
                .count();
        long known = answers.stream()
                .filter(r -> ItEnvironment.element(r.dataXml(), "messageKz").contains("бұрын"))
                .count();
        assertEquals(1, recorded, "one notice recorded");
        assertEquals(COPIES - 1, known, "the others known");
    }

    private static void assertDuplicate(ShepFaultException fault) {
        assertEquals("DUPLICATE_MESSAGE_ID", fault.errorCode(), fault.errorMessage());
        assertFalse(fault.errorMessage().isBlank(), "Russian text");
        assertFalse(fault.errorData() == null || fault.errorData().isBlank(), "Kazakh text");
        assertNotEquals(fault.errorMessage(), fault.errorData());
    }

    /** Sends {@link #COPIES} calls released at the same instant; every one must answer. */
    private static List<SendResult> atOnce(IntFunction<Callable<SendResult>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(COPIES);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<SendResult>> futures = new ArrayList<>();
            for (int i = 0; i < COPIES; i++) {
                Callable<SendResult> c = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<SendResult> answers = new ArrayList<>();
            for (Future<SendResult> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String signedCompanyApplication() {
        return ItEnvironment.sign(
                ItEnvironment.companyApplication(),
                ItEnvironment.sandbox().demo().company());
    }

    private static String statusQuery(String applicationNumber) {
        return "<StatusQuery xmlns=\"urn:kz:elicensing:v1\"><applicationNumber>" + applicationNumber
                + "</applicationNumber></StatusQuery>";
    }

    private static String paymentNotice(String reference) {
        return "<PaymentNotice xmlns=\"urn:kz:elicensing:v1\"><reference>" + reference + "</reference><payerId>"
                + COMPANY_BIN + "</payerId><amount>19660.00</amount><budgetCode>105402</budgetCode>"
                + "<paidAt>2026-11-23T10:00:00+05:00</paidAt></PaymentNotice>";
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
