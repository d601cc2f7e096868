package kz.elicensing.shep;

import java.time.Duration;

/** The limits at the SyncChannel's door (issue 13): envelope size, message time window, rate limits. */
public interface FrontDoorSettings {

    /** Largest request body read at all; a larger one is MESSAGE_TOO_LARGE before (or while) it is read. */
    int maxEnvelopeBytes();

    /** How far messageDate (and a wsu:Timestamp's Created) may lie from the server's time, either side. */
    Duration messageWindow();

    /** The sliding window the two rate limits count in. */
    Duration rateLimitWindow();

    /** Messages one authenticated sender may send per window (0: no limit). */
    int senderMessagesPerWindow();

    /** Refused unauthenticated messages one remote address may cause per window before it is refused outright (0: no limit). */
    int addressRefusalsPerWindow();
}
