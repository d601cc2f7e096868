package kz.elicensing.infrastructure.gateway;

import java.time.Instant;
import kz.elicensing.application.check.CheckKind;

/**
 * An outbox row this server has claimed: what to call, with the row's own messageId (the same on every try), the
 * attempt number, and the row version the claim set; settling it names that version, so a claim that another server
 * took over after the lease ran out settles nothing. A notice row also carries its subject (an ApplicantNotice) and
 * when the change it tells of was made.
 */
public record ClaimedCall(
        long id,
        String messageId,
        String applicationNumber,
        CheckKind kind,
        int attempts,
        long version,
        String subject,
        Instant occurredAt) {

    /** A claimed check (no notice subject). */
    public ClaimedCall(
            long id, String messageId, String applicationNumber, CheckKind kind, int attempts, long version) {
        this(id, messageId, applicationNumber, kind, attempts, version, null, null);
    }
}
