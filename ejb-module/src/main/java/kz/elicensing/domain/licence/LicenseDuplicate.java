package kz.elicensing.domain.licence;

import java.time.Instant;

/** A duplicate of a license: the same number and content, issued again on an application, signed as a duplicate. */
public class LicenseDuplicate {
    private Long id;
    private License license;
    private String applicationNumber;
    private Instant issuedAt;
    private byte[] signedDocument;

    protected LicenseDuplicate() {}

    LicenseDuplicate(License license, String applicationNumber, Instant issuedAt, byte[] signedDocument) {
        this.license = license;
        this.applicationNumber = applicationNumber;
        this.issuedAt = issuedAt;
        this.signedDocument = signedDocument.clone();
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public byte[] signedDocument() {
        return signedDocument.clone();
    }
}
