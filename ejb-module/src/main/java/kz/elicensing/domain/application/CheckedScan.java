package kz.elicensing.domain.application;

/** A scan that passed {@link ScanPolicy}: the document it shows, its name, the type its bytes prove, and their SHA-256. */
public record CheckedScan(String documentCode, String fileName, String contentType, String sha256, byte[] content) {
    public CheckedScan {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
