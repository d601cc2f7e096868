package kz.elicensing.domain.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * What a scan of a paper document may be: PDF, JPEG or PNG as its first bytes prove (the declared type and the file
 * name are not trusted), not empty, at most {@link #MAX_BYTES}; refused with {@code SCAN_REJECTED}.
 */
public final class ScanPolicy {
    /** Largest accepted scan: 5 MiB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** At most this many scans on one application. */
    public static final int MAX_SCANS = 20;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ScanPolicy() {}

    /** The scan checked, with its content type from its magic bytes and its SHA-256 (hex). */
    public static CheckedScan check(String documentCode, String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "scan" : fileName.strip();
        if (content == null || content.length == 0) {
            throw new ElicensingException(ErrorCode.SCAN_REJECTED, "scan " + name + " is empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new ElicensingException(
                    ErrorCode.SCAN_REJECTED,
                    "scan " + name + " has " + content.length + " bytes, more than " + MAX_BYTES,
                    name);
        }
        String type = contentType(content);
        if (type == null) {
            throw new ElicensingException(ErrorCode.SCAN_REJECTED, "scan " + name + " is not a PDF, JPEG or PNG", name);
        }
        if (name.length() > 255) {
            name = name.substring(0, 255);
        }
        return new CheckedScan(documentCode, name, type, sha256(content), content);
    }

    /** {@code application/pdf}, {@code image/jpeg} or {@code image/png} by the first bytes, or null for anything else. */
    public static String contentType(byte[] content) {
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
