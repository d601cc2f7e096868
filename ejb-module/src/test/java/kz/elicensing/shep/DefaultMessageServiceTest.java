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
import java.util.List;
import kz.elicensing.shep.AnsweredMessage;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.shep.OutboundMessage;
import kz.elicensing.shep.PayloadCodec;
import kz.elicensing.application.intake.Registration;
import kz.elicensing.application.query.ResultDocument;
import kz.elicensing.application.sender.SenderDirectory;
import kz.elicensing.shep.ServiceIds;
import kz.elicensing.shep.StatusQuery;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceRecord;
import kz.elicensing.domain.evidence.InMemoryEvidenceLog;
import kz.elicensing.domain.payment.PaymentRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The message service keeps each accepted envelope (and a submission's report) with the business change, and each answer. */
class DefaultMessageServiceTest {
    private static final String NUMBER = "EL-2026-00000003";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final byte[] ENVELOPE = ("<soap:Envelope>raw, as received<sender><senderId>PORTAL</senderId>"
            + "<password>pass</password></sender></soap:Envelope>").getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEPT = ("<soap:Envelope>raw, as received<sender><senderId>PORTAL</senderId>"
            + "<password>***</password></sender></soap:Envelope>").getBytes(StandardCharsets.UTF_8);

    private InMemoryEvidenceLog evidence;
    private DefaultMessageService service;

    @BeforeEach
    void service() {
        evidence = new InMemoryEvidenceLog();
        service = new DefaultMessageService();
        service.evidence = evidence;
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.codec = new Codec();
        service.intake = (sender, messageId, document) -> new Registration(view(), "<ValidationReport>VALID</ValidationReport>");
    }

    private static ApplicationView view() {
        return new ApplicationView(NUMBER, "SECURITY_ACTIVITY", Operation.ISSUE, "150140000012", "ТОО", ApplicationStatus.CHECKING,
                NOW, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23), List.of(), false, null, null);
    }

    private static InboundMessage message(String password, byte[] envelope) {
        return new InboundMessage("PORTAL", password, "m-1", ServiceIds.SUBMIT_APPLICATION, "kk", "<Application/>", envelope);
    }

    @Test
    void aSubmissionKeepsTheEnvelopeThenTheReport() {
        OutboundMessage answer = service.handle(message("pass", ENVELOPE));
        assertEquals(NUMBER, answer.applicationNumber());

        List<EvidenceRecord> kept = evidence.records();
        assertEquals(List.of(EvidenceKind.SOAP_REQUEST, EvidenceKind.VALIDATION_REPORT),
                kept.stream().map(EvidenceRecord::kind).toList());
        EvidenceRecord request = kept.get(0);
        assertEquals(Direction.IN, request.direction());
        assertArrayEquals(KEPT, request.content(), "the envelope as received (password masked), not the payload");
        assertEquals("PORTAL", request.senderId());
        assertEquals("m-1", request.messageId());
        assertEquals(ServiceIds.SUBMIT_APPLICATION, request.channel());
        assertEquals(NUMBER, request.applicationNumber());
        assertEquals(Direction.INTERNAL, kept.get(1).direction());
        assertEquals(NUMBER, kept.get(1).applicationNumber());
        assertEquals("<ValidationReport>VALID</ValidationReport>", new String(kept.get(1).content(), StandardCharsets.UTF_8));
    }

    @Test
    void aRefusedMessageKeepsNothingHere() {
        service.intake = (sender, messageId, document) -> {
            throw new ElicensingException(ErrorCode.SIGNATURE_INVALID, "tampered");
        };
        ElicensingException e = assertThrows(ElicensingException.class, () -> service.handle(message("pass", ENVELOPE)));
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
        service.recordAnswer(new AnsweredMessage(NOW, "PORTAL", "m-1", ServiceIds.SUBMIT_APPLICATION, NUMBER, true, null,
                false, answer));
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
        service.recordAnswer(new AnsweredMessage(received, "PORTAL", "m-2", ServiceIds.SUBMIT_APPLICATION, null, false,
                ENVELOPE, true, fault));
        List<EvidenceRecord> kept = evidence.records();
        assertEquals(List.of(EvidenceKind.SOAP_REQUEST, EvidenceKind.SOAP_FAULT), kept.stream().map(EvidenceRecord::kind).toList());
        assertEquals(received, kept.get(0).at());
        assertArrayEquals(KEPT, kept.get(0).content());
        assertArrayEquals(fault, kept.get(1).content());
        assertEquals("m-2", kept.get(1).messageId());
    }

    /** Writes a receipt only; nothing else is asked of it here. */
    private static final class Codec implements PayloadCodec {
        @Override
        public StatusQuery readStatusQuery(String xml) { throw new UnsupportedOperationException(); }
        @Override
        public String readResultQuery(String xml) { throw new UnsupportedOperationException(); }
        @Override
        public PaymentRecord readPaymentNotice(String xml) { throw new UnsupportedOperationException(); }
        @Override
        public String readVerifyDocumentRequest(String xml) { throw new UnsupportedOperationException(); }
        @Override
        public kz.elicensing.shep.WalkInMessages.Lookup readLookupApplicant(String xml) {
            throw new UnsupportedOperationException();
        }
        @Override
        public kz.elicensing.shep.WalkInMessages.Register readRegisterWalkIn(String xml) {
            throw new UnsupportedOperationException();
        }
        @Override
        public String writeApplicantData(kz.elicensing.application.walkin.ApplicantData data) { throw new UnsupportedOperationException(); }
        @Override
        public String readLicenseQuery(String xml) { throw new UnsupportedOperationException(); }
        @Override
        public kz.elicensing.shep.LicenseChangeRequest readChangeLicense(String xml) {
            throw new UnsupportedOperationException();
        }
        @Override
        public String writeLicenseRecord(kz.elicensing.application.registry.LicenseView license, String statusRu, String statusKz) {
            throw new UnsupportedOperationException();
        }
        @Override
        public kz.elicensing.shep.QuestionnaireAnswers readQuestionnaire(String xml) {
            throw new UnsupportedOperationException();
        }
        @Override
        public String writeReceipt(ApplicationView application, String messageRu, String messageKz) {
            return "<ApplicationReceipt>" + application.number() + "</ApplicationReceipt>";
        }
        @Override
        public String writeStatus(ApplicationView application) { throw new UnsupportedOperationException(); }
        @Override
        public String writeStatusList(List<ApplicationView> applications) { throw new UnsupportedOperationException(); }
        @Override
        public String writeResult(ResultDocument result, byte[] pdf) { throw new UnsupportedOperationException(); }
        @Override
        public String writeAcknowledgement(boolean accepted, String messageRu, String messageKz) { throw new UnsupportedOperationException(); }
    }
}
