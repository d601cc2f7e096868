package kz.elicensing.shep;

import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Runs an admitted, claimed message's use case and stores its answer under the claim, in one transaction. */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MessageWork {

    @EJB
    MessageService messages;

    @Inject
    MessageLedger ledger;

    /** The use case's answer, committed together with its effects and the ledger row that remembers it. */
    public OutboundMessage answer(InboundMessage message, String claimToken) {
        OutboundMessage answer = messages.handle(message);
        ledger.answer(message.senderId(), message.messageId(), claimToken, answer);
        return answer;
    }
}
