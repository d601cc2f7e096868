package kz.elicensing.infrastructure.signature;

import java.time.Instant;

/** A "not revoked" answer: its source (OCSP url, CRL url, or a policy), when it was produced, and whether it was cached. */
public record RevocationStatus(String source, Instant producedAt, boolean fromCache) {}
