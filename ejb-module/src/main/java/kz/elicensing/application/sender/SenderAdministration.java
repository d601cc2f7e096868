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

    /**
     * What an administrator registers or changes: the sender's id, a password (blank when changing a sender keeps its
     * password), the certificate that signs its messages (BIN, CN, optionally a pinned SHA-256 fingerprint), the
     * serviceIds it may call, its kind and the providers it is bound to.
     */
    record SenderForm(
            String senderId,
            String password,
            String certificateBin,
            String certificateCn,
            String certificateSha256,
            Set<String> services,
            SenderKind kind,
            Set<String> providers) {
        public SenderForm {
            services = services == null ? Set.of() : Set.copyOf(services);
            providers = providers == null ? Set.of() : Set.copyOf(providers);
        }
    }

    /** A provider a sender may be bound to, as the administrator chooses it. */
    record ProviderChoice(String code, String nameRu, String nameKz) {}

    /** Every registered sender, by id. */
    List<RegisteredSender> senders();

    /** The serviceIds a sender may be granted (those E-licensing answers), in the order they are listed. */
    List<String> grantableServices();

    /** The providers a sender may be bound to, by code. */
    List<ProviderChoice> providers();

    /**
     * Registers {@code senderId} or replaces its password, certificate binding and rights, and enables it; recorded in
     * the administrative change log as done by {@code admin}. Refuses (SCHEMA_VIOLATION) an id that is not 1..100
     * letters, digits, '_' or '-', a password shorter than 12 (or none for a new sender), a BIN with a wrong check
     * digit (INVALID_BIN), a service E-licensing does not answer (UNKNOWN_SERVICE), a provider the catalog does not
     * know (SCHEMA_VIOLATION). Returns the sender as registered.
     */
    RegisteredSender register(String admin, SenderForm form);

    /**
     * Disables a sender (kept for the evidence of its past messages), recorded as done by {@code admin}; false when
     * there is no such sender.
     */
    boolean disable(String admin, String senderId);
}
