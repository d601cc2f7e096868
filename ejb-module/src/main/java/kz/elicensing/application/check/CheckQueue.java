package kz.elicensing.application.check;

import java.time.Instant;
import java.util.List;
import kz.elicensing.domain.application.ApplicantNotice;

/**
 * The outbox: gateway calls queued in the same transaction as the state change that needs them (the registry and
 * payment checks, and the notices to the applicant through the portal).
 */
public interface CheckQueue {

    void enqueue(String applicationNumber, CheckKind kind);

    /** True while a call of this kind for this application waits in the queue or is being made. */
    boolean pending(String applicationNumber, CheckKind kind);

    /** Queues one {@code PORTAL_Notification} telling the applicant of a change made at {@code at}. */
    void enqueueNotice(String applicationNumber, ApplicantNotice notice, Instant at);

    /**
     * The one place a use case hands over the notices its changes owe the applicant
     * ({@code application.takeNotices()}): each is queued once, in the caller's transaction, so a rolled-back change
     * sends none and a committed one loses none.
     */
    default void queueNotices(String applicationNumber, List<ApplicantNotice.Due> notices) {
        for (ApplicantNotice.Due due : notices) {
            enqueueNotice(applicationNumber, due.notice(), due.at());
        }
    }
}
