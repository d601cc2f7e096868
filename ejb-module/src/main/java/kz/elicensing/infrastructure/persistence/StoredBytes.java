package kz.elicensing.infrastructure.persistence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The stored form of a large byte sequence (evidence contents, signed documents): deflated behind a marker when that
 * saves a quarter or more, else the bytes as they are. The marker starts with a zero byte, which no XML text starts
 * with; a raw sequence that does start with the marker is stored deflated, so reading is never ambiguous.
 */
public final class StoredBytes {
    /** Marker, then the raw length (4 bytes, big-endian), then the deflate (RFC 1951) stream. */
    static final byte[] MARKER = {0, 'E', 'L', 'Z'};
    /** Shorter sequences are kept raw: deflate saves little on them. */
    static final int MIN_PACKED = 256;

    private StoredBytes() {}

    /** The stored form of {@code raw}. */
    public static byte[] pack(byte[] raw) {
        if (raw == null) {
            return null;
        }
        boolean marked = startsWithMarker(raw);
        if (raw.length < MIN_PACKED && !marked) {
            return raw;
        }
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
            out.writeBytes(MARKER);
            out.writeBytes(ByteBuffer.allocate(4).putInt(raw.length).array());
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            byte[] packed = out.toByteArray();
            return marked || packed.length <= raw.length * 3L / 4 ? packed : raw;
        } finally {
            deflater.end();
        }
    }

    /** The bytes {@link #pack} was given. */
    public static byte[] unpack(byte[] stored) {
        if (stored == null || !startsWithMarker(stored) || stored.length < MARKER.length + 4) {
            return stored;
        }
        int length = ByteBuffer.wrap(stored, MARKER.length, 4).getInt();
        Inflater inflater = new Inflater(true);
        try {
            int start = MARKER.length + 4;
            inflater.setInput(stored, start, stored.length - start);
            byte[] raw = new byte[length];
            int n = 0;
            while (n < length) {
                int read = inflater.inflate(raw, n, length - n);
                if (read == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += read;
            }
            if (n != length) {
                throw new IllegalStateException("stored bytes are damaged: " + n + " of " + length + " bytes");
            }
            return raw;
        } catch (DataFormatException e) {
            throw new IllegalStateException("stored bytes are damaged", e);
        } finally {
            inflater.end();
        }
    }

    private static boolean startsWithMarker(byte[] bytes) {
        return bytes.length >= MARKER.length && Arrays.equals(bytes, 0, MARKER.length, MARKER, 0, MARKER.length);
    }
}
