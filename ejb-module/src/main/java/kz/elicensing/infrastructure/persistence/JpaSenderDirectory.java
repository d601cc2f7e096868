package kz.elicensing.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import kz.elicensing.application.sender.SenderDirectory;
import kz.elicensing.application.sender.SenderKind;
import kz.elicensing.application.sender.SenderScope;
import kz.elicensing.application.signin.SignInGuard;
import kz.elicensing.domain.signature.SystemCertificate;
import kz.elicensing.infrastructure.config.ElicensingConfig;

/**
 * Senders from the {@code sender}, {@code sender_right} and {@code sender_provider}
 * tables. The password check ({@link SenderPasswords}) runs
 * the cheap steps first, locks an id out after repeated failures, keeps a verified password for a short time so the
 * slow derivation does not run per message, and re-hashes an old hash at today's iterations on the first success.
 */
@ApplicationScoped
public class JpaSenderDirectory implements SenderDirectory {

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Inject
    SignInGuard guard;

    @Inject
    Clock clock;

    @Inject
    ElicensingConfig config;

    @EJB
    SenderHashUpgrade upgrade;

    @Inject
    RequestSenders read;

    private SenderPasswords passwords;

    @PostConstruct
    void start() {
        passwords = new SenderPasswords(SenderPasswords.PBKDF2, guard, clock, config.senderVerifiedPasswordTime());
    }

    @Override
    public boolean authenticate(String senderId, String password) {
        return passwords.authenticate(senderId, password, new SenderPasswords.Store() {
            @Override
            public String enabledHash(String id) {
                SenderEntity sender = sender(id);
                return sender == null || !sender.enabled() ? null : sender.passwordHash();
            }

            @Override
            public void replaceHash(String id, String oldHash, String newHash) {
                upgrade.replace(id, oldHash, newHash);
                read.forget(id);
            }
        });
    }

    @Override
    public boolean signsFor(String senderId, SystemCertificate certificate) {
        SenderEntity sender = sender(senderId);
        if (sender == null
                || sender.certificateBin() == null
                || !sender.certificateBin().equals(certificate.bin())) {
            return false;
        }
        if (sender.certificateCn() != null && !sender.certificateCn().equals(certificate.commonName())) {
            return false;
        }
        return sender.certificateSha256() == null || sender.certificateSha256().equalsIgnoreCase(certificate.sha256());
    }

    @Override
    public boolean mayCall(String senderId, String serviceId) {
        SenderEntity sender = sender(senderId);
        return sender != null && sender.allowedServices().contains(serviceId);
    }

    @Override
    public SenderScope scope(String senderId) {
        SenderEntity sender = senderId == null ? null : sender(senderId);
        if (sender == null) {
            return SenderScope.unbound(senderId == null ? "" : senderId);
        }
        return new SenderScope(senderId, SenderKind.valueOf(sender.kind()), sender.providers());
    }

    /** The sender's row with its rights and providers, read once per request (a message asks four times). */
    private SenderEntity sender(String id) {
        return read.get(id, k -> em.find(SenderEntity.class, k)).orElse(null);
    }
}
