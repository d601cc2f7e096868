package kz.elicensing.sandbox.portal;

/** A SOAP fault returned by a SyncChannel receiver: errorCode, errorMessage (Russian), errorData (Kazakh). */
public final class ShepFaultException extends RuntimeException {

    private final String errorCode;
    private final String errorMessage;
    private final String errorData;

    public ShepFaultException(String errorCode, String errorMessage, String errorData, Throwable cause) {
        super(errorCode + ": " + errorMessage + (errorData != null ? " / " + errorData : ""), cause);
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.errorData = errorData;
    }

    /** The stable error code (e.g. SIGNATURE_INVALID); for a fault without ErrorInfo detail, the SOAP fault code's local part. */
    public String errorCode() {
        return errorCode;
    }

    /** Russian text. */
    public String errorMessage() {
        return errorMessage;
    }

    /** Kazakh text (may be null). */
    public String errorData() {
        return errorData;
    }
}
