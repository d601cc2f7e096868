package kz.elicensing.application.decision;

/** A scanned payment receipt as the officer sees it: its bytes, their type and SHA-256, and whether it is confirmed. */
public record ReceiptView(
        String applicationNumber,
        String fileName,
        String contentType,
        String sha256,
        byte[] content,
        boolean toConfirm) {
    public ReceiptView {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
