package kz.elicensing.domain.error;

/**
 * The work of a message collided with a concurrent message that did the same business act (the same application
 * request, the same payment reference: a unique key, or a lock held too long), or changed a row another transaction
 * changed since it was read (an optimistic lock): its transaction is rolled back, and running it again finds the
 * other message's result.
 */
public class ConcurrentWriteException extends ElicensingException {
    private static final long serialVersionUID = 1L;

    public ConcurrentWriteException(String detail, Throwable cause) {
        super(ErrorCode.INTERNAL_ERROR, detail, cause);
    }
}
