package kz.elicensing.sandbox.gateway;

/**
 * What the gateway reads from a SendMessage request before answering it: serviceId, messageId, senderId and the
 * business key its payload names (each null when absent or when the request is not readable XML).
 */
public record RequestSummary(String serviceId, String messageId, String senderId, String businessKey) {

    private static final RequestSummary UNREADABLE = new RequestSummary(null, null, null, null);

    /** A request that is not a readable SendMessage. */
    public static RequestSummary unreadable() {
        return UNREADABLE;
    }
}
