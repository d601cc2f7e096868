package kz.elicensing.application.sender;

import java.util.List;
import java.util.Set;

/** The administrator's management of sending systems: list them, register or change one, disable one. */
public interface SenderAdministration {

    /**
     * A sending system as registered: whether it may send, which certificate signs for it, what it may call, its kind
     * and the providers it is bound to (whose applications it sees, whose licenses it may change, whose officers'
     * walk-ins it sends when bound to exactly one).
     */
    record RegisteredSender(
            String senderId,
            boolean enabled,
            String certificateBin,
            String certificateCn,
            String certificateSha256,
            Set<String> services,
            SenderKind kind,
            Set<String> providers) {
        public RegisteredSender {
            kind = kind == null ? SenderKind.SYSTEM : kind;
            providers = providers == null ? Set.of() : Set.copyOf(providers);
        }

        /** An unbound integration ({@link SenderKind#SYSTEM}, no provider). */
        public RegisteredSender(
                String senderId,
                boolean enabled,
                String certificateBin,
                String certificateCn,
                String certificateSha256,
                Set<String> services) {
            this(
                    senderId,
                    enabled,
                    certificateBin,
                    certificateCn,
                    certificateSha256,
                    services,
                    SenderKind.SYSTEM,
                    Set.of());
        }
    }

    /** Every registered sender, by id. */
    List<RegisteredSender> senders();

    /**
     * Registers {@code senderId} or replaces its password, certificate binding and rights, and enables it. Refuses
     * (SCHEMA_VIOLATION) an id that is not 1..100 letters, digits, '_' or '-', a password shorter than 12, a BIN with a
     * wrong check digit (INVALID_BIN), or a service E-licensing does not answer (UNKNOWN_SERVICE).
     */
    default void register(
            String senderId,
            String password,
            String certificateBin,
            String certificateCn,
            String certificateSha256,
            Set<String> services) {
        register(
                senderId,
                password,
                certificateBin,
                certificateCn,
                certificateSha256,
                services,
                SenderKind.SYSTEM,
                Set.of());
    }

    /**
     * As above, with the sender's kind and the providers it is bound to; a provider code the catalog does not know is
     * refused (SCHEMA_VIOLATION).
     */
    void register(
            String senderId,
            String password,
            String certificateBin,
            String certificateCn,
            String certificateSha256,
            Set<String> services,
            SenderKind kind,
            Set<String> providers);

    /** Disables a sender (kept for the evidence of its past messages); false when there is no such sender. */
    boolean disable(String senderId);
}
