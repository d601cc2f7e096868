package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.elicensing.application.SenderDirectory;

/** Senders from the {@code sender} and {@code sender_right} tables. */
@ApplicationScoped
public class JpaSenderDirectory implements SenderDirectory {

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public boolean authenticate(String senderId, String password) {
        if (senderId == null || password == null) {
            return false;
        }
        SenderEntity sender = em.find(SenderEntity.class, senderId);
        return sender != null && sender.enabled() && PasswordHashes.matches(password.toCharArray(), sender.passwordHash());
    }

    @Override
    public boolean mayCall(String senderId, String serviceId) {
        SenderEntity sender = em.find(SenderEntity.class, senderId);
        return sender != null && sender.allowedServices().contains(serviceId);
    }
}
