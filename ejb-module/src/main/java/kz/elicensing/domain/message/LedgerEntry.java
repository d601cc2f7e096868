package kz.elicensing.domain.message;

import java.time.Instant;

/** What the idempotency ledger knows of one sender's messageId: the hash of its content, since when it is claimed, whether it is answered. */
public record LedgerEntry(String contentHash, Instant claimedAt, boolean answered) {}
