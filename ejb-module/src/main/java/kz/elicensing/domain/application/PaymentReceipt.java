package kz.elicensing.domain.application;

/**
 * A scanned payment receipt attached to a signed application instead of a payment at the payment gateway (Reg. 000
 * §2.2(6)): its file name and the bytes as signed (their type and SHA-256 are established by {@link ScanPolicy}).
 */
public record PaymentReceipt(String fileName, byte[] content) {
    /** The document code the receipt's scan is kept under (beside the walk-in's scans of paper documents). */
    public static final String DOCUMENT_CODE = "PAYMENT_RECEIPT";

    public PaymentReceipt {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The receipt checked as a scan (PDF, JPEG or PNG by its bytes, size), with its SHA-256. */
    public CheckedScan checked() {
        return ScanPolicy.check(DOCUMENT_CODE, fileName, content);
    }
}
