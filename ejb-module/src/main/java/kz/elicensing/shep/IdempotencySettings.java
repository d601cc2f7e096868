package kz.elicensing.shep;

import java.time.Duration;

/** How long a resend waits for the first message's answer, and when a claim counts as abandoned. */
public interface IdempotencySettings {

    /** How long a resend that finds its message still being worked on waits before MESSAGE_IN_PROGRESS. */
    Duration answerWait();

    /** Age after which an unanswered claim is taken over: longer than any transaction may run. */
    Duration abandonedClaim();
}
