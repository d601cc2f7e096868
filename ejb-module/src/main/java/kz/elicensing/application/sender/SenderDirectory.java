package kz.elicensing.application.sender;

/** The registered sending systems: checks a sender's password, its message certificate and its right to a serviceId. */
public interface SenderDirectory {

    /** True when {@code senderId} exists and {@code password} is its password. */
    boolean authenticate(String senderId, String password);

    /** True when {@code certificate} is the one registered to sign {@code senderId}'s messages (BIN and CN; the fingerprint if pinned). */
    boolean signsFor(String senderId, kz.elicensing.domain.signature.SystemCertificate certificate);

    /** True when {@code senderId} may call {@code serviceId}. */
    boolean mayCall(String senderId, String serviceId);

    /**
     * Whose data {@code senderId} may see and change: its kind and the providers it is bound to (a directory that knows
     * no bindings, and an unknown sender: unbound, only what it submitted).
     */
    default SenderScope scope(String senderId) {
        return SenderScope.unbound(senderId == null ? "" : senderId);
    }
}
