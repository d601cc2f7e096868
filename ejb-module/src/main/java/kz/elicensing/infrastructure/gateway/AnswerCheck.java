package kz.elicensing.infrastructure.gateway;

import java.util.logging.Logger;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * Ties a gateway answer to its question: its correlationId must be the request's messageId, and its payload must be
 * about the BIN, IIN or payment reference that was asked. Anything else is no fact but an unreachable gateway
 * (UPSTREAM_UNAVAILABLE, logged): the outbox retries it under the same messageId, the payment check refuses the
 * submission as retryable.
 */
final class AnswerCheck {
    private static final Logger LOG = Logger.getLogger(AnswerCheck.class.getName());

    private AnswerCheck() {}

    /** The answer's correlationId is the request's messageId (an answer without one answers nothing). */
    static void correlated(String serviceId, String messageId, String correlationId) {
        if (messageId == null || !messageId.equals(correlationId == null ? null : correlationId.strip())) {
            throw mismatch(
                    serviceId,
                    messageId,
                    "answered with correlationId " + correlationId + ", not the request's messageId");
        }
    }

    /**
     * The answer is about the subject asked: {@code answered} equals {@code asked} (both stripped). {@code what}
     * names the subject in the log: "BIN", "IIN", "payment reference".
     */
    static void about(String serviceId, String messageId, String what, String asked, String answered) {
        String a = asked == null ? null : asked.strip();
        String b = answered == null ? null : answered.strip();
        if (a == null || !a.equals(b)) {
            throw mismatch(
                    serviceId,
                    messageId,
                    "answered about " + what + " " + answered + ", not the " + what + " asked (" + asked + ")");
        }
    }

    private static ElicensingException mismatch(String serviceId, String messageId, String what) {
        String text = serviceId + " " + what + ": not an answer to this question, treated as no answer";
        LOG.warning(() -> "messageId=" + messageId + " " + LogSafe.of(text));
        return new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, text);
    }
}
