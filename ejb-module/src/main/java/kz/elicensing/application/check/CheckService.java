package kz.elicensing.application.check;

/** Runs one queued check of an application against the outside system and moves the application on. */
public interface CheckService {

    /**
     * Runs the check in its own transaction. {@code messageId} is the outbox row's id, kept across retries.
     * Throws an {@code ElicensingException} with {@code UPSTREAM_UNAVAILABLE} when the call should be retried.
     */
    void runCheck(String applicationNumber, CheckKind kind, String messageId);

    /** Gives up after the last retry: the application moves to CHECK_FAILED, where an officer retries the check or refuses. */
    void giveUp(String applicationNumber, CheckKind kind, String lastError);
}
