package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.TreeSet;
import kz.elicensing.application.sender.SenderAdministration.RegisteredSender;
import kz.elicensing.application.sender.SenderKind;
import kz.elicensing.application.sender.SenderStore;

/** Senders in the {@code sender}, {@code sender_right} and {@code sender_provider} tables, the password kept as a PBKDF2 hash. */
@ApplicationScoped
public class JpaSenderStore implements SenderStore {

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public List<RegisteredSender> all() {
        return em
                .createQuery("SELECT s FROM SenderEntity s ORDER BY s.senderId", SenderEntity.class)
                .getResultList()
                .stream()
                .map(s -> new RegisteredSender(
                        s.senderId(),
                        s.enabled(),
                        s.certificateBin(),
                        s.certificateCn(),
                        s.certificateSha256(),
                        new TreeSet<>(s.allowedServices()),
                        SenderKind.valueOf(s.kind()),
                        new TreeSet<>(s.providers())))
                .toList();
    }

    @Override
    public void save(RegisteredSender sender, String password) {
        SenderEntity entity = em.find(SenderEntity.class, sender.senderId());
        if (entity == null) {
            entity = new SenderEntity(sender.senderId());
            em.persist(entity);
        }
        entity.register(
                password == null ? entity.passwordHash() : PasswordHashes.hash(password.toCharArray()),
                sender.certificateBin(),
                sender.certificateCn(),
                sender.certificateSha256(),
                sender.services(),
                sender.kind().name(),
                sender.providers());
    }

    @Override
    public boolean disable(String senderId) {
        SenderEntity entity = em.find(SenderEntity.class, senderId);
        if (entity == null) {
            return false;
        }
        entity.disable();
        return true;
    }
}
