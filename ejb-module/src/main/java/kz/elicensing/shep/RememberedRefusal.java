package kz.elicensing.shep;

import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;

/** A final refusal as the ledger keeps it for a sender, messageId and content: the code and its two texts as first sent. */
public record RememberedRefusal(ErrorCode code, String ru, String kk) {

    /** The refusal's code and texts, rendered as the fault renders them. */
    static RememberedRefusal of(ElicensingException e) {
        return new RememberedRefusal(
                e.code(), Messages.ru(e.messageKey(), e.arguments()), Messages.kk(e.messageKey(), e.arguments()));
    }

    /** The refusal, raised again for a copy of the refused message. */
    ElicensingException again(String senderId, String messageId) {
        return new ReplayedRefusal(this, senderId, messageId);
    }

    /** The first refusal of a message, given again with the very texts it had. */
    static final class ReplayedRefusal extends ElicensingException {
        private static final long serialVersionUID = 1L;
        private final transient RememberedRefusal refusal;

        ReplayedRefusal(RememberedRefusal refusal, String senderId, String messageId) {
            super(refusal.code(), "messageId " + messageId + " of " + senderId + " was refused before: refused again");
            this.refusal = refusal;
        }

        RememberedRefusal refusal() {
            return refusal;
        }
    }
}
