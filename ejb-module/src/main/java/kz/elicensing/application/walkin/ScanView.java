package kz.elicensing.application.walkin;

import kz.elicensing.domain.application.CheckedScan;
import kz.elicensing.domain.application.ScanPolicy;

/**
 * A scan as the officer sees it after the upload, before registering: which document it shows, the file's name, the type
 * its bytes prove, its SHA-256 (hex) and size. The bytes stay with the form until it is registered.
 */
public record ScanView(String documentCode, String fileName, String contentType, String sha256, long size) {
    /** The largest scan accepted (the same limit as {@link ScanPolicy} checks at registration). */
    public static final int MAX_BYTES = ScanPolicy.MAX_BYTES;

    /** At most this many scans per application. */
    public static final int MAX_SCANS = ScanPolicy.MAX_SCANS;

    /** Checks an uploaded scan (PDF, JPEG or PNG by its bytes, not empty, not too large); refused: SCAN_REJECTED. */
    public static ScanView check(String documentCode, String fileName, byte[] content) {
        CheckedScan checked = ScanPolicy.check(documentCode, fileName, content);
        return new ScanView(
                checked.documentCode(), checked.fileName(), checked.contentType(), checked.sha256(), content.length);
    }
}
