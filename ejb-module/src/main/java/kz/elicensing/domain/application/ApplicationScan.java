package kz.elicensing.domain.application;

import java.util.Objects;

/** A scan of a paper document an officer attached to a walk-in application: its bytes, type and SHA-256. */
public class ApplicationScan {
    private Long id;
    private LicenseApplication application;
    private String documentCode;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private byte[] content;

    protected ApplicationScan() {}

    ApplicationScan(LicenseApplication application, CheckedScan scan) {
        this.application = application;
        this.documentCode = scan.documentCode();
        this.fileName = scan.fileName();
        this.contentType = scan.contentType();
        this.sizeBytes = scan.content().length;
        this.sha256 = scan.sha256();
        this.content = scan.content();
        Objects.requireNonNull(documentCode);
    }

    public String documentCode() {
        return documentCode;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content == null ? null : content.clone();
    }
}
