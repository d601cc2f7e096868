package kz.elicensing.application.evidence;

/** A chain verification for a person: verdict, rows read, first broken seq and reason, last good row, ru and kk texts. */
public record ChainReport(
        boolean ok,
        long entries,
        Long firstBrokenSeq,
        String reason,
        long lastSeq,
        String lastHash,
        String messageRu,
        String messageKz) {}
