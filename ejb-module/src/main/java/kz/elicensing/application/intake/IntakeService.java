package kz.elicensing.application.intake;

/** Registers signed applications (Channel 1, processes 6–9). */
public interface IntakeService {

    /** Verifies, stores and queues the checks of a signed application; the same request twice is one application. */
    Registration submit(String senderId, String messageId, byte[] signedDocument);
}
