package kz.elicensing.domain.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** A scan is what its first bytes prove (PDF, JPEG, PNG), not empty, at most 5 MiB, and kept with its SHA-256. */
class ScanPolicyTest {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Test
    void theTypeComesFromTheMagicBytesNotTheName() {
        assertEquals(
                "application/pdf",
                ScanPolicy.check("CHARTER", "charter.png", PDF).contentType());
        assertEquals(
                "image/png", ScanPolicy.check("CHARTER", "charter.pdf", PNG).contentType());
        assertEquals("image/jpeg", ScanPolicy.check("CHARTER", "scan.jpg", JPEG).contentType());
    }

    @Test
    void theSha256IsOfTheBytes() {
        CheckedScan scan = ScanPolicy.check("CHARTER", "c.pdf", PDF);
        assertEquals(ScanPolicy.sha256(PDF), scan.sha256());
        assertEquals(64, scan.sha256().length());
        // the empty string's SHA-256, so the digest is really SHA-256 of the content
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ScanPolicy.sha256(new byte[0]));
    }

    @Test
    void anythingElseIsRefused() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        ElicensingException e =
                assertThrows(ElicensingException.class, () -> ScanPolicy.check("CHARTER", "x.pdf", html));
        assertEquals(ErrorCode.SCAN_REJECTED, e.code());
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertEquals(
                ErrorCode.SCAN_REJECTED,
                assertThrows(ElicensingException.class, () -> ScanPolicy.check("CHARTER", "x.png", zip))
                        .code());
        byte[] truncatedPng = Arrays.copyOf(PNG, 4);
        assertEquals(
                ErrorCode.SCAN_REJECTED,
                assertThrows(ElicensingException.class, () -> ScanPolicy.check("CHARTER", "x.png", truncatedPng))
                        .code());
    }

    @Test
    void emptyAndTooLargeAreRefused() {
        assertEquals(
                ErrorCode.SCAN_REJECTED,
                assertThrows(ElicensingException.class, () -> ScanPolicy.check("CHARTER", "e.pdf", new byte[0]))
                        .code());
        byte[] big = Arrays.copyOf(PDF, ScanPolicy.MAX_BYTES + 1);
        assertEquals(
                ErrorCode.SCAN_REJECTED,
                assertThrows(ElicensingException.class, () -> ScanPolicy.check("CHARTER", "big.pdf", big))
                        .code());
        byte[] limit = Arrays.copyOf(PDF, ScanPolicy.MAX_BYTES);
        assertEquals(
                ScanPolicy.MAX_BYTES,
                ScanPolicy.check("CHARTER", "limit.pdf", limit).content().length);
    }
}
