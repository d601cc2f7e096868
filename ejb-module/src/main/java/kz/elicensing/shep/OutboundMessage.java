package kz.elicensing.shep;

/** The answer to an inbound message: status code, its text in the request's language, payload, the application it concerns. */
public record OutboundMessage(String statusCode, String statusMessage, String payload, String applicationNumber) {

    /** An answer that concerns no particular application (or whose application is not known here). */
    public OutboundMessage(String statusCode, String statusMessage, String payload) {
        this(statusCode, statusMessage, payload, null);
    }
}
