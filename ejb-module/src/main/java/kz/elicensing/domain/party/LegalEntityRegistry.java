package kz.elicensing.domain.party;

import java.util.Optional;

/** Port to the legal-entities registry (GBD UL), reached through the gateway. */
public interface LegalEntityRegistry {

    /**
     * Looks a BIN up. {@code messageId} is the idempotency key of this request: retries reuse it.
     * Throws an {@code ElicensingException} with {@code UPSTREAM_UNAVAILABLE} when the registry cannot answer.
     */
    Optional<LegalEntityRecord> findByBin(String bin, String messageId);
}
