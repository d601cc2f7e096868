package kz.elicensing.application.sender;

import java.util.List;
import kz.elicensing.application.sender.SenderAdministration.RegisteredSender;

/**
 * Port: the registered senders as the administrator changes them. It stores what {@link DefaultSenderAdministration}
 * has already checked; the password is kept only as a slow hash of the store's own making.
 */
public interface SenderStore {

    /** Every registered sender, by id. */
    List<RegisteredSender> all();

    /**
     * Creates the sender or replaces its password, certificate binding and rights, as {@code sender} says (enabled);
     * a null {@code password} keeps an existing sender's password.
     */
    void save(RegisteredSender sender, String password);

    /** Disables a sender, kept for its past messages; false when there is none. */
    boolean disable(String senderId);
}
