package kz.elicensing.sandbox.gateway.journal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call the gateway received, as its journal keeps it, with its one-line text form for the admin API
 * ({@code seq=1 receivedAt=... serviceId=... messageId=... senderId=... businessKey=... fault=none outcome=SUCCESS},
 * values URL-encoded, empty for none).
 *
 * @param seq         running number of the call (1, 2, ...), in order of receipt
 * @param receivedAt  when the request arrived
 * @param serviceId   requestInfo/serviceId (null if the request was not a readable SendMessage)
 * @param messageId   requestInfo/messageId (the sender's idempotency key)
 * @param senderId    requestInfo/sender/senderId
 * @param businessKey what the call is about, when the payload names it: the BIN (GbdulInfoByBin_v2), the payment
 *                    reference (PEP_PaymentCheck), an IIN or an application number
 * @param fault       the injected fault's wire name ("none" if none)
 * @param outcome     what the caller got: SUCCESS, the SOAP fault's errorCode, "HTTP 500", MALFORMED, CLOSED (no
 *                    answer, connection closed), HELD (no answer, connection held open), or PENDING while in work
 */
public record JournalEntry(
        long seq,
        Instant receivedAt,
        String serviceId,
        String messageId,
        String senderId,
        String businessKey,
        String fault,
        String outcome) {

    /** Outcome of a call still in work (e.g. delayed). */
    public static final String PENDING = "PENDING";
    /** Outcome of a normal answer. */
    public static final String SUCCESS = "SUCCESS";
    /** Outcome of a connection closed without an answer. */
    public static final String CLOSED = "CLOSED";
    /** Outcome of a request held open without an answer. */
    public static final String HELD = "HELD";
    /** Outcome of an answer that is not well-formed XML. */
    public static final String MALFORMED = "MALFORMED";

    public JournalEntry {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The same entry with another outcome. */
    public JournalEntry withOutcome(String newOutcome) {
        return new JournalEntry(seq, receivedAt, serviceId, messageId, senderId, businessKey, fault, newOutcome);
    }

    /** The one-line text form (see the type's description). */
    public String toLine() {
        return "seq=" + seq + " receivedAt=" + receivedAt + " serviceId=" + enc(serviceId) + " messageId="
                + enc(messageId) + " senderId=" + enc(senderId) + " businessKey=" + enc(businessKey)
                + " fault=" + enc(fault) + " outcome=" + enc(outcome);
    }

    /** Reads {@link #toLine()} back. */
    public static JournalEntry fromLine(String line) {
        Map<String, String> f = new HashMap<>();
        for (String pair : line.trim().split(" ")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not a journal line: " + line);
            }
            String v = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            f.put(pair.substring(0, eq), v.isEmpty() ? null : v);
        }
        try {
            return new JournalEntry(
                    Long.parseLong(required(f, "seq", line)),
                    Instant.parse(required(f, "receivedAt", line)),
                    f.get("serviceId"),
                    f.get("messageId"),
                    f.get("senderId"),
                    f.get("businessKey"),
                    required(f, "fault", line),
                    required(f, "outcome", line));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a journal line: " + line, e);
        }
    }

    private static String required(Map<String, String> f, String key, String line) {
        String v = f.get(key);
        if (v == null) {
            throw new IllegalArgumentException("journal line without " + key + ": " + line);
        }
        return v;
    }

    static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
