package kz.elicensing.domain.signature;

/** The certificate a sending system signed a message with: subject, CN, the organisation's BIN (OU) and the SHA-256 fingerprint. */
public record SystemCertificate(String subject, String commonName, String bin, String sha256) {}
