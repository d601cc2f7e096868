package kz.elicensing.application;

/** The outbox: gateway calls queued in the same transaction as the state change that needs them. */
public interface CheckQueue {

    void enqueue(String applicationNumber, CheckKind kind);
}
