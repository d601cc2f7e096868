package kz.elicensing.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import kz.elicensing.application.ops.LogSafe;

/**
 * Replaces a sender's password hash made with fewer PBKDF2 iterations by one made at today's count, after the password
 * matched (rehash on sign-in), in its own transaction; a hash changed meanwhile (senders.sh) is left alone.
 */
@Stateless
public class SenderHashUpgrade {
    private static final Logger LOG = Logger.getLogger(SenderHashUpgrade.class.getName());

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    /** {@code oldHash} becomes {@code newHash} for {@code senderId} unless the stored hash is no longer {@code oldHash}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void replace(String senderId, String oldHash, String newHash) {
        int changed = em.createNativeQuery(
                        "UPDATE sender SET password_hash = ?1 WHERE sender_id = ?2 AND password_hash = ?3")
                .setParameter(1, newHash)
                .setParameter(2, senderId)
                .setParameter(3, oldHash)
                .executeUpdate();
        if (changed == 1) {
            LOG.info(() -> "sender " + LogSafe.of(senderId) + ": password hash raised to " + PasswordHashes.ITERATIONS
                    + " PBKDF2 iterations");
        }
    }
}
