package kz.elicensing.shep.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import kz.elicensing.application.intake.IntakeService;
import kz.elicensing.application.intake.PaymentNotifications;
import kz.elicensing.application.intake.Registration;
import kz.elicensing.application.query.ApplicationQueries;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.domain.application.ActorRole;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.domain.payment.PaymentRecord;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.shep.OperationAnswer;
import kz.elicensing.shep.ShepOperation;
import kz.elicensing.shep.ShepRouter;
import org.junit.jupiter.api.Test;

/** Each operation reads its own payload only (hardened, schema-bound), calls its use case and answers in its own namespace, in ru and kk. */
class OperationsTest {
    private static final Locale KK = Messages.locale("kk");

    private static ApplicationView view() {
        return new ApplicationView(
                "EL-2026-00000007",
                "SECURITY_ACTIVITY",
                Operation.ISSUE,
                "150140000012",
                "ТОО «Қорғау-Сервис»",
                ApplicationStatus.IN_REVIEW,
                Instant.parse("2026-11-24T04:00:00Z"),
                LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 12, 15),
                List.of(new ApplicationView.Step(
                        ApplicationStatus.REGISTERED,
                        Instant.parse("2026-11-24T04:00:00Z"),
                        ActorRole.APPLICANT,
                        null)),
                false,
                null,
                null);
    }

    private static InboundMessage message(String serviceId, String payload) {
        return new InboundMessage("PORTAL", "pass", "m-1", serviceId, "kk", payload, new byte[0]);
    }

    /** A use-case stub answering only the methods named; any other call fails the test. */
    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new AssertionError("unexpected call " + method.getName());
            }
            return answer.apply(args);
        });
    }

    @Test
    void everyServiceIdHasExactlyOneOperationInThisPackage() throws ReflectiveOperationException {
        List<ShepOperation> operations = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().importPackages("kz.elicensing.shep.operation")) {
            if (c.isAssignableTo(ShepOperation.class) && !c.isInterface()) {
                operations.add(
                        (ShepOperation) c.reflect().getDeclaredConstructor().newInstance());
            }
        }
        assertEquals(
                kz.elicensing.shep.ServiceId.values().length,
                ShepRouter.byServiceId(operations).size());
    }

    @Test
    void aStatusAnswerCarriesOnlyItsOwnNamespaceAndBothLanguages() {
        GetApplicationStatusOperation op = new GetApplicationStatusOperation();
        op.queries = stub(
                ApplicationQueries.class, Map.of("byNumber", a -> view(), "byApplicant", a -> List.of(view(), view())));
        op.senders = stub(
                kz.elicensing.application.sender.SenderDirectory.class,
                Map.of("scope", a -> kz.elicensing.application.sender.SenderScope.unbound((String) a[0])));
        OperationAnswer one = op.handle(
                message(
                        "ELICENSE_GetApplicationStatus",
                        "<StatusQuery xmlns=\"urn:kz:elicensing:v1\">"
                                + "<applicationNumber>EL-2026-00000007</applicationNumber></StatusQuery>"),
                KK);
        String status = one.answer().payload();
        assertTrue(status.startsWith("<ApplicationStatus xmlns=\"urn:kz:elicensing:v1\">"), status);
        assertTrue(status.contains("<statusKz>Көрсетілетін қызметті берушіде қаралуда</statusKz>"), status);
        assertTrue(status.contains("<deadline>2026-12-15</deadline>"), status);
        assertEquals("EL-2026-00000007", one.answer().applicationNumber());
        assertEquals("SUCCESS", one.answer().statusCode());
        String list = op.handle(
                        message(
                                "ELICENSE_GetApplicationStatus",
                                "<StatusQuery xmlns=\"urn:kz:elicensing:v1\">"
                                        + "<applicantId>150140000012</applicantId></StatusQuery>"),
                        KK)
                .answer()
                .payload();
        assertEquals(2, list.split("<applicationNumber>").length - 1, list);
    }

    @Test
    void aReceiptNamesNumberAndDeadlineInBothLanguages() {
        SubmitApplicationOperation op = new SubmitApplicationOperation();
        op.intake = stub(IntakeService.class, Map.of("submit", a -> new Registration(view(), "<ValidationReport/>")));
        OperationAnswer answer = op.handle(message("ELICENSE_SubmitApplication", "<Application/>"), KK);
        assertEquals("<ValidationReport/>", answer.validationReport());
        String receipt = answer.answer().payload();
        assertTrue(receipt.startsWith("<ApplicationReceipt xmlns=\"urn:kz:elicensing:v1\">"), receipt);
        assertTrue(
                receipt.contains("<messageRu>" + Messages.ru("answer.registered", "EL-2026-00000007", "2026-12-15")),
                receipt);
        assertTrue(
                receipt.contains("<messageKz>" + Messages.kk("answer.registered", "EL-2026-00000007", "2026-12-15")),
                receipt);
        assertFalse(receipt.contains("gbdul"));
    }

    @Test
    void anUnpaidApplicationIsABusinessAnswerWithItsCode() {
        SubmitApplicationOperation op = new SubmitApplicationOperation();
        op.intake = stub(
                IntakeService.class,
                Map.of("submit", a -> new Registration(null, "<ValidationReport/>", ErrorCode.PAYMENT_NOT_FOUND)));
        OperationAnswer answer = op.handle(message("ELICENSE_SubmitApplication", "<Application/>"), KK);
        assertEquals("PAYMENT_NOT_FOUND", answer.answer().statusCode());
        assertNull(answer.answer().applicationNumber());
        assertTrue(
                answer.answer().payload().contains("<accepted>false</accepted>"),
                answer.answer().payload());
        assertEquals(
                Messages.kk(ErrorCode.PAYMENT_NOT_FOUND.messageKey()),
                answer.answer().statusMessage());
    }

    @Test
    void aPaymentNoticeIsReadWithItsInstant() {
        List<PaymentRecord> recorded = new ArrayList<>();
        PaymentNotificationOperation op = new PaymentNotificationOperation();
        op.payments = stub(PaymentNotifications.class, Map.of("record", a -> {
            recorded.add((PaymentRecord) a[0]);
            return true;
        }));
        OperationAnswer answer = op.handle(
                message(
                        "ELICENSE_PaymentNotification",
                        "<PaymentNotice xmlns=\"urn:kz:elicensing:v1\">"
                                + "<reference>R</reference><payerId>150140000012</payerId><amount>19660.00</amount>"
                                + "<paidAt>2026-11-24T10:00:00+05:00</paidAt></PaymentNotice>"),
                KK);
        assertEquals(new BigDecimal("19660.00"), recorded.get(0).amount());
        assertEquals(Instant.parse("2026-11-24T05:00:00Z"), recorded.get(0).paidAt());
        assertTrue(answer.answer().payload().contains("<accepted>true</accepted>"));
    }

    @Test
    void anotherDocumentOrABrokenOneIsRefusedBeforeAnyUseCase() {
        GetResultOperation op = new GetResultOperation();
        op.queries = stub(ApplicationQueries.class, Map.of());
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(
                                ElicensingException.class,
                                () -> op.handle(
                                        message(
                                                "ELICENSE_GetResult",
                                                "<StatusQuery xmlns=\"urn:kz:elicensing:v1\"><applicantId>150140000012</applicantId>"
                                                        + "</StatusQuery>"),
                                        KK))
                        .code());
        GetApplicationStatusOperation status = new GetApplicationStatusOperation();
        status.queries = stub(ApplicationQueries.class, Map.of());
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(
                                ElicensingException.class,
                                () -> status.handle(
                                        message(
                                                "ELICENSE_GetApplicationStatus",
                                                "<StatusQuery xmlns=\"urn:kz:elicensing:v1\"><applicantId>12</applicantId>"
                                                        + "</StatusQuery>"),
                                        KK))
                        .code());
        assertEquals(
                ErrorCode.MALFORMED_XML,
                assertThrows(
                                ElicensingException.class,
                                () -> status.handle(message("ELICENSE_GetApplicationStatus", "<StatusQuery"), KK))
                        .code());
        byte[] bomb =
                ("<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                                + "<StatusQuery xmlns=\"urn:kz:elicensing:v1\"><applicantId>&b;</applicantId></StatusQuery>")
                        .getBytes(StandardCharsets.UTF_8);
        assertEquals(
                ErrorCode.MALFORMED_XML,
                assertThrows(
                                ElicensingException.class,
                                () -> status.handle(
                                        message(
                                                "ELICENSE_GetApplicationStatus",
                                                new String(bomb, StandardCharsets.UTF_8)),
                                        KK))
                        .code(),
                "no DTD");
    }
}
