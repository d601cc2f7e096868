package kz.elicensing.domain.party;

import java.util.Optional;

/** Port to the individuals registry (GBD FL), reached through the gateway. */
public interface IndividualRegistry {

    /**
     * Looks an IIN up. {@code messageId} is the idempotency key of this request: retries reuse it.
     * Throws an {@code ElicensingException} with {@code UPSTREAM_UNAVAILABLE} when the registry cannot answer.
     */
    Optional<IndividualRecord> findByIin(String iin, String messageId);
}
