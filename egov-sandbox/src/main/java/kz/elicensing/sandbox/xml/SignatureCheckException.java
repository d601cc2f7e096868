package kz.elicensing.sandbox.xml;

/** Why a signed XML document was rejected; {@link #code()} is one of the contract's error codes. */
public final class SignatureCheckException extends Exception {

    private final String code;

    public SignatureCheckException(String code, String message) {
        super(message);
        this.code = code;
    }

    public SignatureCheckException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** SIGNATURE_MISSING, SIGNATURE_INVALID, SIGNATURE_WRAPPING, CERTIFICATE_UNTRUSTED, CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID or MALFORMED_XML. */
    public String code() {
        return code;
    }
}
