package kz.elicensing.application.query;

/** The bytes of one file of a case, with their type, name and SHA-256 (what the file address answers). */
public record FileContent(String fileName, String contentType, String sha256, byte[] content) {
    public FileContent {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
