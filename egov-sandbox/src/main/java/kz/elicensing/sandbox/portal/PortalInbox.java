package kz.elicensing.sandbox.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The portal's side of {@code PORTAL_Notification}: the notices E-licensing sent to applicants, kept once per messageId
 * (a retry of a notice the portal already has is answered again and kept once), in the order they first arrived.
 */
public final class PortalInbox {

    /**
     * One notice as the portal keeps it.
     *
     * @param resultKind     LICENSE, ORDER or REFUSAL, or null when none was attached
     * @param resultDocument the attached signed document's bytes, or null
     * @param deliveries     how many times it arrived under its messageId (1, or more after retries the portal answered
     *                       but whose answer did not reach E-licensing)
     */
    public record Notice(
            String messageId,
            String senderId,
            String applicationNumber,
            String applicantId,
            String notice,
            String status,
            Instant occurredAt,
            String textRu,
            String textKk,
            String resultKind,
            byte[] resultDocument,
            int deliveries) {

        /** One line: {@code messageId=... applicationNumber=... notice=... status=... result=KIND|none deliveries=N}. */
        public String line() {
            return "messageId=" + messageId + " applicationNumber=" + applicationNumber + " applicantId=" + applicantId
                    + " notice=" + notice + " status=" + status + " occurredAt=" + occurredAt + " result="
                    + (resultKind == null ? "none" : resultKind) + " resultBytes="
                    + (resultDocument == null ? 0 : resultDocument.length) + " deliveries=" + deliveries;
        }

        /** The attached document as base64 (empty without one). */
        public String resultBase64() {
            return resultDocument == null ? "" : Base64.getEncoder().encodeToString(resultDocument);
        }
    }

    private final Map<String, Notice> byMessageId = new LinkedHashMap<>();

    /** Keeps the notice unless its messageId is already here; true when it is new. */
    public synchronized boolean accept(Notice notice) {
        Objects.requireNonNull(notice.messageId(), "messageId");
        Notice earlier = byMessageId.get(notice.messageId());
        if (earlier != null) {
            byMessageId.put(
                    notice.messageId(),
                    new Notice(
                            earlier.messageId(),
                            earlier.senderId(),
                            earlier.applicationNumber(),
                            earlier.applicantId(),
                            earlier.notice(),
                            earlier.status(),
                            earlier.occurredAt(),
                            earlier.textRu(),
                            earlier.textKk(),
                            earlier.resultKind(),
                            earlier.resultDocument(),
                            earlier.deliveries() + 1));
            return false;
        }
        byMessageId.put(notice.messageId(), notice);
        return true;
    }

    /** Every notice kept, in arrival order. */
    public synchronized List<Notice> all() {
        return List.copyOf(byMessageId.values());
    }

    /** The notices of one application, in arrival order. */
    public synchronized List<Notice> of(String applicationNumber) {
        List<Notice> found = new ArrayList<>();
        for (Notice n : byMessageId.values()) {
            if (n.applicationNumber().equals(applicationNumber)) {
                found.add(n);
            }
        }
        return found;
    }

    /** Forgets every notice. */
    public synchronized void clear() {
        byMessageId.clear();
    }
}
