package kz.elicensing.application.ops;

import org.jboss.logging.MDC;

/**
 * Puts a message's {@code messageId}, {@code serviceId} and {@code senderId} into the logging MDC of the current
 * thread, so every log line written while the message is handled carries them; closing restores what was there.
 */
public final class MessageLogContext implements AutoCloseable {
    public static final String MESSAGE_ID = "messageId";
    public static final String SERVICE_ID = "serviceId";
    public static final String SENDER_ID = "senderId";
    private static final String[] KEYS = {MESSAGE_ID, SERVICE_ID, SENDER_ID};
    /** Values come from the wire: longer ones are cut, so a sender cannot flood or forge log lines through them. */
    static final int MAX_LENGTH = 64;

    private final Object[] previous = new Object[KEYS.length];

    private MessageLogContext(String... values) {
        for (int i = 0; i < KEYS.length; i++) {
            previous[i] = MDC.get(KEYS[i]);
            if (values[i] != null) {
                MDC.put(KEYS[i], clean(values[i]));
            }
        }
    }

    /** Control characters (line breaks above all) become '_'; the value is cut at {@link #MAX_LENGTH}. */
    static String clean(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_LENGTH));
        for (int i = 0; i < value.length() && out.length() < MAX_LENGTH; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? '_' : c);
        }
        return out.toString();
    }

    /** Opens the context of one message; a {@code null} value leaves that key as it was (for nested contexts). */
    public static MessageLogContext open(String messageId, String serviceId, String senderId) {
        return new MessageLogContext(messageId, serviceId, senderId);
    }

    @Override
    public void close() {
        for (int i = 0; i < KEYS.length; i++) {
            if (previous[i] == null) {
                MDC.remove(KEYS[i]);
            } else {
                MDC.put(KEYS[i], previous[i]);
            }
        }
    }
}
