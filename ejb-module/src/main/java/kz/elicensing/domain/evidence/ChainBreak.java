package kz.elicensing.domain.evidence;

/** Why the evidence chain does not verify; each reason has a text {@code evidence.<name>} in ru and kk. */
public enum ChainBreak {
    /** A sequence number is missing (a row was deleted, or rows were renumbered). */
    SEQUENCE_GAP,
    /** The bytes do not match their recorded SHA-256. */
    CONTENT_HASH_MISMATCH,
    /** The row does not point at the hash of the row before it (rows inserted, deleted or reordered). */
    PREVIOUS_HASH_MISMATCH,
    /** A field of the row was changed after it was written. */
    ROW_HASH_MISMATCH,
    /** The last row is not the one the chain's head names (rows cut off or added at the end). */
    HEAD_MISMATCH;

    /** Resource-bundle key of this reason's person-facing text. */
    public String messageKey() {
        return "evidence." + name();
    }
}
