package kz.elicensing.domain.evidence;

/** Which way an evidence entry went: received, sent, or made and kept by E-licensing itself. */
public enum Direction {
    /** Received from another system. */
    IN,
    /** Sent to another system. */
    OUT,
    /** Made by E-licensing and kept (validation reports, signed decisions). */
    INTERNAL
}
