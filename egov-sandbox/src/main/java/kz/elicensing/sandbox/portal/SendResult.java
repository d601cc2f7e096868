package kz.elicensing.sandbox.portal;

/**
 * The answer to a SyncChannel SendMessage: status code and message, the payload answer as XML text,
 * the correlation id (= the request's messageId) and the receiver's own message id.
 */
public record SendResult(
        String statusCode, String statusMessage, String dataXml, String correlationId, String messageId) {

    /** True if status/code is SUCCESS. */
    public boolean isSuccess() {
        return "SUCCESS".equals(statusCode);
    }
}
