package kz.elicensing.domain.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash chain of the evidence log: each row's hash over a canonical encoding of its fields and the previous row's hash. */
public final class EvidenceChain {
    /** The previous hash of the first row: 32 zero bytes. */
    public static final String GENESIS = "0".repeat(64);
    /** Names the encoding, so a changed encoding can never produce an old hash. */
    static final String TAG = "kz.elicensing.evidence.v1";

    private static final HexFormat HEX = HexFormat.of();

    private EvidenceChain() {}

    /** The entry that follows the row {@code (lastSeq, lastHash)}; {@code contentSha256} may be computed beforehand. */
    public static EvidenceEntry next(long lastSeq, String lastHash, EvidenceRecord record, String contentSha256) {
        long seq = lastSeq + 1;
        return new EvidenceEntry(seq, record, contentSha256, lastHash, rowHash(seq, record, contentSha256, lastHash));
    }

    /** SHA-256 of {@code bytes} as lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        return HEX.formatHex(sha256().digest(bytes));
    }

    /** SHA-256 of {@link #encode} of the row, as lower-case hex. */
    public static String rowHash(long seq, EvidenceRecord r, String contentSha256, String previousHash) {
        return HEX.formatHex(sha256().digest(encode(seq, r, contentSha256, previousHash)));
    }

    /**
     * The canonical encoding of a row: every field as a 4-byte big-endian length followed by its bytes (a null text
     * has length -1 and no bytes), in this order: the tag {@code kz.elicensing.evidence.v1}; seq (8 bytes); the time
     * as epoch seconds (8 bytes) and nanoseconds (4 bytes); direction; kind; channel; messageId; senderId;
     * applicationNumber (texts in UTF-8); the content's SHA-256 (32 bytes); the previous row's hash (32 bytes, the
     * first row's is {@link #GENESIS}).
     */
    static byte[] encode(long seq, EvidenceRecord r, String contentSha256, String previousHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        text(out, TAG);
        field(out, ByteBuffer.allocate(8).putLong(seq).array());
        field(out, ByteBuffer.allocate(8).putLong(r.at().getEpochSecond()).array());
        field(out, ByteBuffer.allocate(4).putInt(r.at().getNano()).array());
        text(out, r.direction().name());
        text(out, r.kind().name());
        text(out, r.channel());
        text(out, r.messageId());
        text(out, r.senderId());
        text(out, r.applicationNumber());
        field(out, hash(contentSha256));
        field(out, hash(previousHash));
        return out.toByteArray();
    }

    private static byte[] hash(String hex) {
        byte[] bytes = HEX.parseHex(hex);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("not a SHA-256 hash: " + hex);
        }
        return bytes;
    }

    private static void text(ByteArrayOutputStream out, String s) {
        if (s == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
        } else {
            field(out, s.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
