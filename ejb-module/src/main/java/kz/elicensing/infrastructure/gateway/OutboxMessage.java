package kz.elicensing.infrastructure.gateway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import kz.elicensing.application.check.CheckKind;
import kz.elicensing.domain.application.ApplicantNotice;

/**
 * One queued gateway call of the transactional outbox; its message id stays the same on every retry. JPA only inserts
 * it; claims and settlements are conditional updates in {@link OutboxRows} (columns claimed_by and version).
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
        name = "OutboxMessage.byMessageId",
        query = "SELECT o.applicationNumber FROM OutboxMessage o WHERE o.messageId = :messageId")
public class OutboxMessage {

    /** Where a row is in its life. */
    public enum State {
        PENDING,
        DONE,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "message_id", nullable = false, unique = true)
    private String messageId;

    @Column(name = "application_number", nullable = false)
    private String applicationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private CheckKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private State state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    /** What a PORTAL_NOTIFICATION row tells the applicant (an ApplicantNotice); null for a check. */
    @Column(name = "subject", length = 40)
    private String subject;

    /** When the change a notice tells of was made; null for a check. */
    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected OutboxMessage() {}

    public OutboxMessage(String applicationNumber, CheckKind kind, Instant now) {
        this.messageId = UUID.randomUUID().toString();
        this.applicationNumber = applicationNumber;
        this.kind = kind;
        this.state = State.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A notice of {@code notice} to the applicant, for a change made at {@code at}, queued at {@code now}. */
    public static OutboxMessage notice(String applicationNumber, ApplicantNotice notice, Instant at, Instant now) {
        OutboxMessage m = new OutboxMessage(applicationNumber, CheckKind.PORTAL_NOTIFICATION, now);
        m.subject = notice.name();
        m.occurredAt = at;
        return m;
    }

    public Long id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public CheckKind kind() {
        return kind;
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }
}
