package kz.elicensing.application;

/** The answer to an inbound message: a status code, its text in the request's language, and the payload text. */
public record OutboundMessage(String statusCode, String statusMessage, String payload) {
}
