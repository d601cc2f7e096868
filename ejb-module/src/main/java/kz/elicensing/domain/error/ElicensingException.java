package kz.elicensing.domain.error;

import java.util.Arrays;

/** A refusal with a stable {@link ErrorCode}; its person-facing texts come from the message bundles. */
public class ElicensingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient Object[] arguments;
    private String messageKey;

    public ElicensingException(ErrorCode code, String englishDetail, Object... arguments) {
        super(code + ": " + englishDetail);
        this.code = code;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public ElicensingException(ErrorCode code, String englishDetail, Throwable cause) {
        super(code + ": " + englishDetail, cause);
        this.code = code;
        this.arguments = new Object[0];
    }

    /**
     * The same code with a more specific person-facing text (a bundle key of its own, e.g. the regulation's message
     * for the registry that was asked); {@link #messageKey()} returns it.
     */
    public static ElicensingException withMessage(
            ErrorCode code, String messageKey, String englishDetail, Object... arguments) {
        ElicensingException e = new ElicensingException(code, englishDetail, arguments);
        e.messageKey = messageKey;
        return e;
    }

    /** The bundle key of the person-facing text: the specific one if given, else the code's. */
    public String messageKey() {
        return messageKey == null ? code.messageKey() : messageKey;
    }

    public ErrorCode code() {
        return code;
    }

    /** Arguments for the {0}, {1} placeholders of the code's message. */
    public Object[] arguments() {
        return arguments == null ? new Object[0] : Arrays.copyOf(arguments, arguments.length);
    }
}
