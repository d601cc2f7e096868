package kz.elicensing.shep;

/**
 * The bounded record of refused messages whose sender was not authenticated (issue 13): size, hash, code, address,
 * time, never the body; kept outside the evidence log's chain and purged after its retention.
 */
public interface RefusedMessages {

    /** Keeps one record in a transaction of its own. */
    void keep(RefusedMessage record);
}
