package kz.elicensing.domain.licence;

import java.time.Instant;
import java.util.Objects;

/** A license in the national registry: its number, holder, licensor, status and the signed document. */
public class License {
    private Long id;
    private String number;
    private String applicationNumber;
    private String serviceCode;
    private String providerCode;
    private String holderId;
    private String holderName;
    private LicenseStatus status;
    private Instant issuedAt;
    private byte[] signedDocument;

    protected License() {
    }

    public License(LicenseNumber number, String applicationNumber, String serviceCode, String providerCode,
                   String holderId, String holderName, Instant issuedAt) {
        this.number = number.value();
        this.applicationNumber = Objects.requireNonNull(applicationNumber);
        this.serviceCode = Objects.requireNonNull(serviceCode);
        this.providerCode = Objects.requireNonNull(providerCode);
        this.holderId = Objects.requireNonNull(holderId);
        this.holderName = holderName;
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.status = LicenseStatus.ISSUED;
    }

    /** Keeps the signed license document, exactly as signed. */
    public void attachSignedDocument(byte[] document) {
        this.signedDocument = document.clone();
    }

    public String number() { return number; }
    public String applicationNumber() { return applicationNumber; }
    public String serviceCode() { return serviceCode; }
    public String providerCode() { return providerCode; }
    public String holderId() { return holderId; }
    public String holderName() { return holderName; }
    public LicenseStatus status() { return status; }
    public Instant issuedAt() { return issuedAt; }
    public byte[] signedDocument() { return signedDocument == null ? null : signedDocument.clone(); }
}
