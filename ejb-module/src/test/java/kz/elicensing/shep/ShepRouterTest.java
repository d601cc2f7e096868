package kz.elicensing.shep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.application.intake.Registration;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceRecord;
import kz.elicensing.domain.evidence.InMemoryEvidenceLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The router sends each serviceId to its one operation, keeps each accepted envelope (and a submission's report)
 * with the business change, and each answer as sent.
 */
class ShepRouterTest {
    private static final String NUMBER = "EL-2026-00000003";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final byte[] ENVELOPE = ("<soap:Envelope>raw, as received<sender><senderId>PORTAL</senderId>"
                    + "<password>pass</password></sender></soap:Envelope>")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEPT = ("<soap:Envelope>raw, as received<sender><senderId>PORTAL</senderId>"
                    + "<password>***</password></sender></soap:Envelope>")
            .getBytes(StandardCharsets.UTF_8);

    private InMemoryEvidenceLog evidence;
    private MessageEvidence kept;
    private ShepRouter service;
    private Registration registration;
    private RuntimeException refusal;

    @BeforeEach
    void service() {
        evidence = new InMemoryEvidenceLog();
        kept = new MessageEvidence();
        kept.evidence = evidence;
        kept.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        registration = new Registration(view(), "<ValidationReport>VALID</ValidationReport>");
        service = new ShepRouter();
        service.evidence = kept;
        service.clock = kept.clock;
        List<ShepOperation> operations = new ArrayList<>();
        for (ServiceId id : ServiceId.values()) {
            operations.add(operation(id, (message, locale) -> {
                if (refusal != null) {
                    throw refusal;
                }
                return Payloads.receiptFor(locale, registration);
            }));
        }
        service.routes = ShepRouter.byServiceId(operations);
    }

    private static ShepOperation operation(
            ServiceId id, java.util.function.BiFunction<InboundMessage, java.util.Locale, OperationAnswer> handler) {
        return new ShepOperation() {
            @Override
            public ServiceId serviceId() {
                return id;
            }

            @Override
            public OperationAnswer handle(InboundMessage message, java.util.Locale locale) {
                return handler.apply(message, locale);
            }
        };
    }

    /** Answers like SubmitApplication would, without the XML: the number and the report. */
    private static final class Payloads {
        static OperationAnswer receiptFor(java.util.Locale locale, Registration r) {
            return new OperationAnswer(
                    new OutboundMessage(
                            "SUCCESS",
                            "ok",
                            "<ApplicationReceipt/>",
                            r.application().number()),
                    r.validationReport());
        }
    }

    @Test
    void everyServiceIdNeedsExactlyOneOperation() {
        List<ShepOperation> one = List.of(operation(ServiceId.GET_RESULT, (m, l) -> null));
        assertTrue(assertThrows(IllegalStateException.class, () -> ShepRouter.byServiceId(one))
                .getMessage()
                .startsWith("no operation for "));
        List<ShepOperation> twice = new ArrayList<>();
        for (ServiceId id : ServiceId.values()) {
            twice.add(operation(id, (m, l) -> null));
        }
        twice.add(operation(ServiceId.GET_RESULT, (m, l) -> null));
        assertTrue(assertThrows(IllegalStateException.class, () -> ShepRouter.byServiceId(twice))
                .getMessage()
                .startsWith("two operations for " + ServiceId.GET_RESULT));
    }

    @Test
    void anUnknownServiceIdIsTheTypedFault() {
        InboundMessage m = new InboundMessage("PORTAL", "pass", "m-9", "ELICENSE_Nothing", "ru", "<x/>", ENVELOPE);
        assertEquals(
                ErrorCode.UNKNOWN_SERVICE,
                assertThrows(ElicensingException.class, () -> service.handle(m)).code());
        assertTrue(evidence.records().isEmpty());
    }

    private static ApplicationView view() {
        return new ApplicationView(
                NUMBER,
                "SECURITY_ACTIVITY",
                Operation.ISSUE,
                "150140000012",
                "ТОО",
                ApplicationStatus.CHECKING,
                NOW,
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 23),
                List.of(),
                false,
                null,
                null);
    }

    private static InboundMessage message(String password, byte[] envelope) {
        return new InboundMessage(
                "PORTAL", password, "m-1", ServiceId.SUBMIT_APPLICATION.wireName(), "kk", "<Application/>", envelope);
    }

    @Test
    void aSubmissionKeepsTheEnvelopeThenTheReport() {
        OutboundMessage answer = service.handle(message("pass", ENVELOPE));
        assertEquals(NUMBER, answer.applicationNumber());

        List<EvidenceRecord> kept = evidence.records();
        assertEquals(
                List.of(EvidenceKind.SOAP_REQUEST, EvidenceKind.VALIDATION_REPORT),
                kept.stream().map(EvidenceRecord::kind).toList());
        EvidenceRecord request = kept.get(0);
        assertEquals(Direction.IN, request.direction());
        assertArrayEquals(KEPT, request.content(), "the envelope as received (password masked), not the payload");
        assertEquals("PORTAL", request.senderId());
        assertEquals("m-1", request.messageId());
        assertEquals(ServiceId.SUBMIT_APPLICATION.wireName(), request.channel());
        assertEquals(NUMBER, request.applicationNumber());
        assertEquals(Direction.INTERNAL, kept.get(1).direction());
        assertEquals(NUMBER, kept.get(1).applicationNumber());
        assertEquals(
                "<ValidationReport>VALID</ValidationReport>",
                new String(kept.get(1).content(), StandardCharsets.UTF_8));
    }

    @Test
    void aRefusedMessageKeepsNothingHere() {
        refusal = new ElicensingException(ErrorCode.SIGNATURE_INVALID, "tampered");
        ElicensingException e =
                assertThrows(ElicensingException.class, () -> service.handle(message("pass", ENVELOPE)));
        assertEquals(ErrorCode.SIGNATURE_INVALID, e.code());
        assertTrue(evidence.records().isEmpty());
    }

    @Test
    void withoutTheEnvelopeNothingIsHandled() {
        assertThrows(IllegalStateException.class, () -> service.handle(message("pass", null)));
        assertTrue(evidence.records().isEmpty());
    }

    @Test
    void anAnswerIsKeptAsSent() {
        byte[] answer = "<soap:Envelope>receipt</soap:Envelope>".getBytes(StandardCharsets.UTF_8);
        kept.recordAnswer(new AnsweredMessage(
                NOW, "PORTAL", "m-1", ServiceId.SUBMIT_APPLICATION.wireName(), NUMBER, true, null, false, answer));
        List<EvidenceRecord> kept = evidence.records();
        assertEquals(1, kept.size());
        assertEquals(EvidenceKind.SOAP_RESPONSE, kept.get(0).kind());
        assertEquals(Direction.OUT, kept.get(0).direction());
        assertEquals(NUMBER, kept.get(0).applicationNumber());
        assertArrayEquals(answer, kept.get(0).content());
    }

    @Test
    void aRefusedRequestIsKeptWithItsFault() {
        byte[] fault = "<soap:Fault>SIGNER_MISMATCH</soap:Fault>".getBytes(StandardCharsets.UTF_8);
        Instant received = NOW.minusSeconds(1);
        kept.recordAnswer(new AnsweredMessage(
                received,
                "PORTAL",
                "m-2",
                ServiceId.SUBMIT_APPLICATION.wireName(),
                null,
                false,
                ENVELOPE,
                true,
                fault));
        List<EvidenceRecord> kept = evidence.records();
        assertEquals(
                List.of(EvidenceKind.SOAP_REQUEST, EvidenceKind.SOAP_FAULT),
                kept.stream().map(EvidenceRecord::kind).toList());
        assertEquals(received, kept.get(0).at());
        assertArrayEquals(KEPT, kept.get(0).content());
        assertArrayEquals(fault, kept.get(1).content());
        assertEquals("m-2", kept.get(1).messageId());
    }
}
