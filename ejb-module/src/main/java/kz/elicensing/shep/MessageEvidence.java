package kz.elicensing.shep;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceLog;
import kz.elicensing.domain.evidence.EvidenceRecord;
import kz.elicensing.domain.evidence.SenderPassword;

/** Keeps the ShEP messages in the evidence log: an accepted request with its business change, every answer as sent. */
@Stateless
public class MessageEvidence {

    @Inject
    EvidenceLog evidence;

    @Inject
    Clock clock;

    /**
     * The envelope as received (password masked) and, for a submission, its validation report, in the caller's
     * transaction (unchained, no lock: chained after the commit).
     */
    public void keepRequest(InboundMessage message, Instant receivedAt, OperationAnswer answer) {
        String number = answer.answer().applicationNumber();
        List<EvidenceRecord> records = new ArrayList<>(2);
        records.add(new EvidenceRecord(
                receivedAt,
                Direction.IN,
                EvidenceKind.SOAP_REQUEST,
                message.serviceId(),
                message.messageId(),
                message.senderId(),
                number,
                SenderPassword.mask(message.envelope())));
        if (answer.validationReport() != null) {
            records.add(new EvidenceRecord(
                    clock.instant(),
                    Direction.INTERNAL,
                    EvidenceKind.VALIDATION_REPORT,
                    message.serviceId(),
                    message.messageId(),
                    message.senderId(),
                    number,
                    answer.validationReport().getBytes(StandardCharsets.UTF_8)));
        }
        evidence.append(records);
    }

    /** Keeps the answer as sent (and a refused request as received) in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAnswer(AnsweredMessage answer) {
        Instant now = clock.instant();
        List<EvidenceRecord> records = new ArrayList<>(2);
        if (!answer.requestKept()) {
            records.add(new EvidenceRecord(
                    answer.receivedAt() == null ? now : answer.receivedAt(),
                    Direction.IN,
                    EvidenceKind.SOAP_REQUEST,
                    answer.serviceId(),
                    answer.messageId(),
                    answer.senderId(),
                    answer.applicationNumber(),
                    answer.request() == null ? new byte[0] : SenderPassword.mask(answer.request())));
        }
        records.add(new EvidenceRecord(
                now,
                Direction.OUT,
                answer.fault() ? EvidenceKind.SOAP_FAULT : EvidenceKind.SOAP_RESPONSE,
                answer.serviceId(),
                answer.messageId(),
                answer.senderId(),
                answer.applicationNumber(),
                answer.answer() == null ? new byte[0] : answer.answer()));
        evidence.append(records);
    }
}
