package kz.elicensing.sandbox.gateway.journal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Which journal entries to list or count: every field that is not null must match exactly. */
public record JournalQuery(String serviceId, String messageId, String businessKey, String senderId) {

    private static final JournalQuery ALL = new JournalQuery(null, null, null, null);

    /** Every entry. */
    public static JournalQuery all() {
        return ALL;
    }

    /** The entries of one serviceId. */
    public static JournalQuery service(String serviceId) {
        return new JournalQuery(serviceId, null, null, null);
    }

    /** The entries of one messageId. */
    public static JournalQuery messageId(String messageId) {
        return new JournalQuery(null, messageId, null, null);
    }

    /** The entries about one business key (BIN, IIN, payment reference, application number). */
    public static JournalQuery businessKey(String businessKey) {
        return new JournalQuery(null, null, businessKey, null);
    }

    /** A copy with this serviceId. */
    public JournalQuery andService(String v) {
        return new JournalQuery(v, messageId, businessKey, senderId);
    }

    /** A copy with this messageId. */
    public JournalQuery andMessageId(String v) {
        return new JournalQuery(serviceId, v, businessKey, senderId);
    }

    /** A copy with this business key. */
    public JournalQuery andBusinessKey(String v) {
        return new JournalQuery(serviceId, messageId, v, senderId);
    }

    /** A copy with this senderId. */
    public JournalQuery andSender(String v) {
        return new JournalQuery(serviceId, messageId, businessKey, v);
    }

    /** True if the entry matches every field that is set. */
    public boolean matches(JournalEntry e) {
        return (serviceId == null || serviceId.equals(e.serviceId()))
                && (messageId == null || messageId.equals(e.messageId()))
                && (businessKey == null || businessKey.equals(e.businessKey()))
                && (senderId == null || senderId.equals(e.senderId()));
    }

    /** The query as admin API parameters (only the fields that are set). */
    public Map<String, String> toParams() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "serviceId", serviceId);
        put(m, "messageId", messageId);
        put(m, "businessKey", businessKey);
        put(m, "senderId", senderId);
        return m;
    }

    /** The query from admin API parameters (blank means "any"). */
    public static JournalQuery fromParams(Map<String, String> p) {
        Objects.requireNonNull(p, "params");
        return new JournalQuery(
                blankToNull(p.get("serviceId")),
                blankToNull(p.get("messageId")),
                blankToNull(p.get("businessKey")),
                blankToNull(p.get("senderId")));
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
