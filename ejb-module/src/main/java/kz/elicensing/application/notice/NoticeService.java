package kz.elicensing.application.notice;

import java.time.Instant;
import kz.elicensing.domain.application.ApplicantNotice;

/** Sends one queued notice to the applicant through the portal (the outbox dispatcher calls it). */
public interface NoticeService {

    /**
     * Builds the notice from the application as it is now (its signed result attached when the notice carries one) and
     * delivers it under {@code messageId}, the outbox row's id kept across retries. Throws an
     * {@code ElicensingException} with {@code UPSTREAM_UNAVAILABLE} when it should be tried again.
     */
    void send(String applicationNumber, ApplicantNotice notice, Instant occurredAt, String messageId);
}
