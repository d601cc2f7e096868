package kz.elicensing.domain.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The row hash's encoding is canonical and unambiguous, and pinned: a changed encoding must be a new version. */
class EvidenceChainTest {
    private static final Instant AT = Instant.parse("2026-03-02T09:15:30.123456789Z");

    private static EvidenceRecord record(
            String channel, String messageId, String sender, String number, String content) {
        return new EvidenceRecord(
                AT,
                Direction.IN,
                EvidenceKind.SOAP_REQUEST,
                channel,
                messageId,
                sender,
                number,
                content.getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(EvidenceRecord r) {
        return EvidenceChain.rowHash(1, r, EvidenceChain.sha256Hex(r.content()), EvidenceChain.GENESIS);
    }

    /** The expected value was computed by a separate (Python) implementation of the encoding in EvidenceChain's comment. */
    @Test
    void theEncodingIsPinned() {
        EvidenceRecord r = record("ELICENSE_SubmitApplication", "m-1", "PORTAL", "EL-2026-00000001", "<a/>");
        assertEquals(
                "2aed0786179eded945da7655b7d83bc5e6f123c97daec1bf45f3fff9b4b214d9",
                hash(r),
                "the canonical encoding changed: old chains would no longer verify");
    }

    @Test
    void fieldsArePrefixedWithTheirLength() {
        EvidenceRecord r = record("ab", null, "", "EL", "x");
        byte[] encoded = EvidenceChain.encode(7, r, EvidenceChain.sha256Hex(r.content()), EvidenceChain.GENESIS);
        ByteBuffer in = ByteBuffer.wrap(encoded);
        assertEquals(EvidenceChain.TAG, text(in));
        assertEquals(8, in.getInt());
        assertEquals(7L, in.getLong());
        assertEquals(8, in.getInt());
        assertEquals(AT.getEpochSecond(), in.getLong());
        assertEquals(4, in.getInt());
        assertEquals(123_456_000, in.getInt(), "kept to the microsecond, as the databases store it");
        assertEquals("IN", text(in));
        assertEquals("SOAP_REQUEST", text(in));
        assertEquals("ab", text(in));
        assertEquals(-1, in.getInt(), "null has length -1");
        assertEquals(0, in.getInt(), "the empty text has length 0");
        assertEquals("EL", text(in));
        assertEquals(32, in.getInt());
        byte[] content = new byte[32];
        in.get(content);
        assertArrayEquals(
                java.util.HexFormat.of().parseHex(EvidenceChain.sha256Hex("x".getBytes(StandardCharsets.UTF_8))),
                content);
        assertEquals(32, in.getInt());
        in.position(in.position() + 32);
        assertEquals(0, in.remaining());
    }

    private static String text(ByteBuffer in) {
        byte[] b = new byte[in.getInt()];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        assertNotEquals(hash(record("ab", "c", "S", null, "x")), hash(record("a", "bc", "S", null, "x")));
        assertNotEquals(hash(record("a", null, "S", null, "x")), hash(record("a", "", "S", null, "x")));
        assertNotEquals(hash(record("a", "b", null, null, "x")), hash(record("a", null, "b", null, "x")));
    }

    @Test
    void everyFieldCounts() {
        EvidenceRecord base = record("c", "m", "s", "n", "x");
        String h = hash(base);
        assertNotEquals(
                h,
                hash(new EvidenceRecord(
                        AT.plusNanos(1000),
                        Direction.IN,
                        EvidenceKind.SOAP_REQUEST,
                        "c",
                        "m",
                        "s",
                        "n",
                        base.content())));
        assertNotEquals(
                h,
                hash(new EvidenceRecord(
                        AT, Direction.OUT, EvidenceKind.SOAP_REQUEST, "c", "m", "s", "n", base.content())));
        assertNotEquals(
                h,
                hash(new EvidenceRecord(
                        AT, Direction.IN, EvidenceKind.SOAP_FAULT, "c", "m", "s", "n", base.content())));
        assertNotEquals(h, hash(record("c", "m", "s", "n", "y")));
        String content = EvidenceChain.sha256Hex(base.content());
        assertNotEquals(
                EvidenceChain.rowHash(1, base, content, EvidenceChain.GENESIS),
                EvidenceChain.rowHash(2, base, content, EvidenceChain.GENESIS));
        assertNotEquals(
                EvidenceChain.rowHash(1, base, content, EvidenceChain.GENESIS),
                EvidenceChain.rowHash(1, base, content, "1".repeat(64)));
    }

    @Test
    void nextLinksToThePreviousRow() {
        EvidenceRecord r = record("c", "m", "s", "n", "x");
        EvidenceEntry first = EvidenceChain.next(0, EvidenceChain.GENESIS, r, EvidenceChain.sha256Hex(r.content()));
        EvidenceEntry second =
                EvidenceChain.next(first.seq(), first.rowHash(), r, EvidenceChain.sha256Hex(r.content()));
        assertEquals(1, first.seq());
        assertEquals(EvidenceChain.GENESIS, first.previousHash());
        assertEquals(2, second.seq());
        assertEquals(first.rowHash(), second.previousHash());
        assertTrue(first.intact() && second.intact());
    }

    @Test
    void aRecordKeepsItsOwnCopyAndCutsOverlongTexts() {
        byte[] bytes = "x".getBytes(StandardCharsets.UTF_8);
        EvidenceRecord r = new EvidenceRecord(
                AT, Direction.IN, EvidenceKind.SOAP_REQUEST, "c".repeat(500), null, null, "EL".repeat(40), bytes);
        bytes[0] = 'y';
        assertEquals('x', r.content()[0]);
        assertEquals(EvidenceRecord.MAX_TEXT, r.channel().length());
        assertEquals(EvidenceRecord.MAX_NUMBER, r.applicationNumber().length());
        assertThrows(
                IllegalArgumentException.class,
                () -> EvidenceChain.rowHash(1, r, "abc", EvidenceChain.GENESIS),
                "a hash is 32 bytes");
    }
}
