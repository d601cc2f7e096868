package kz.elicensing.application.sender;

import java.util.List;
import java.util.Set;

/** The administrator's management of sending systems: list them, register or change one, disable one. */
public interface SenderAdministration {

    /** A sending system as registered: whether it may send, which certificate signs for it, what it may call. */
    record RegisteredSender(
            String senderId,
            boolean enabled,
            String certificateBin,
            String certificateCn,
            String certificateSha256,
            Set<String> services) {}

    /** Every registered sender, by id. */
    List<RegisteredSender> senders();

    /**
     * Registers {@code senderId} or replaces its password, certificate binding and rights, and enables it. Refuses
     * (SCHEMA_VIOLATION) an id that is not 1..100 letters, digits, '_' or '-', a password shorter than 12, a BIN with a
     * wrong check digit (INVALID_BIN), or a service E-licensing does not answer (UNKNOWN_SERVICE).
     */
    void register(
            String senderId,
            String password,
            String certificateBin,
            String certificateCn,
            String certificateSha256,
            Set<String> services);

    /** Disables a sender (kept for the evidence of its past messages); false when there is no such sender. */
    boolean disable(String senderId);
}
