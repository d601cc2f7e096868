package kz.elicensing.domain.evidence;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks the ShEP sender's password in an envelope before it is kept: the only change ever made to kept bytes. */
public final class SenderPassword {
    /** What the password's text becomes. */
    public static final String MASK = "***";
    /** The element with its text (plain or CDATA); read byte for byte, which suits UTF-8 and every ASCII-based encoding. */
    private static final Pattern PASSWORD =
            Pattern.compile("<password(?:\\s[^>]*)?>((?:[^<]|<!\\[CDATA\\[.*?]]>)*)</password>", Pattern.DOTALL);

    private SenderPassword() {}

    /**
     * The envelope with the text of its first {@code password} element ({@code requestInfo/sender/password}) replaced by
     * {@link #MASK}, so no credential lives on in an append-only log or its exports; the same array when there is none.
     */
    public static byte[] mask(byte[] envelope) {
        if (envelope == null) {
            return null;
        }
        String bytes = new String(envelope, StandardCharsets.ISO_8859_1);
        Matcher m = PASSWORD.matcher(bytes);
        if (!m.find() || m.group(1).isEmpty()) {
            return envelope;
        }
        return (bytes.substring(0, m.start(1)) + MASK + bytes.substring(m.end(1)))
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
