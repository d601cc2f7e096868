package kz.elicensing.application;

/**
 * The outcome of a chain verification for a person: ok, rows read, the first broken seq and the reason code (both
 * null when ok), the last seq and hash read (worth writing down elsewhere: a later verification must reach them),
 * and the outcome in Russian and Kazakh.
 */
public record ChainReport(boolean ok, long entries, Long firstBrokenSeq, String reason, long lastSeq, String lastHash,
                          String messageRu, String messageKz) {
}
