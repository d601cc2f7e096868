package kz.elicensing.application.check;

/** The outbox: gateway calls queued in the same transaction as the state change that needs them. */
public interface CheckQueue {

    void enqueue(String applicationNumber, CheckKind kind);

    /** True while a call of this kind for this application waits in the queue or is being made. */
    boolean pending(String applicationNumber, CheckKind kind);
}
