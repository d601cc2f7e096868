package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kz.elicensing.application.sender.SenderDirectory;
import kz.elicensing.application.sender.SenderKind;
import kz.elicensing.application.sender.SenderScope;
import kz.elicensing.domain.signature.SystemCertificate;

/**
 * Senders from the {@code sender}, {@code sender_right} and {@code sender_provider} tables. A password that matched its PBKDF2 hash is
 * remembered (as a SHA-256 of hash and password) so the slow derivation runs once per sender and password, not per message.
 */
@ApplicationScoped
public class JpaSenderDirectory implements SenderDirectory {
    private final ConcurrentMap<String, byte[]> verified = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public boolean authenticate(String senderId, String password) {
        if (senderId == null || password == null) {
            return false;
        }
        SenderEntity sender = em.find(SenderEntity.class, senderId);
        if (sender == null || !sender.enabled()) {
            return false;
        }
        byte[] fingerprint = fingerprint(sender.passwordHash(), password);
        byte[] known = verified.get(senderId);
        if (known != null && MessageDigest.isEqual(known, fingerprint)) {
            return true;
        }
        boolean ok = PasswordHashes.matches(password.toCharArray(), sender.passwordHash());
        if (ok) {
            verified.put(senderId, fingerprint);
        }
        return ok;
    }

    /** Binds the cached proof to the stored hash too, so a changed password invalidates it. */
    private static byte[] fingerprint(String storedHash, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean signsFor(String senderId, SystemCertificate certificate) {
        SenderEntity sender = em.find(SenderEntity.class, senderId);
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
        SenderEntity sender = em.find(SenderEntity.class, senderId);
        return sender != null && sender.allowedServices().contains(serviceId);
    }

    @Override
    public SenderScope scope(String senderId) {
        SenderEntity sender = senderId == null ? null : em.find(SenderEntity.class, senderId);
        if (sender == null) {
            return SenderScope.unbound(senderId == null ? "" : senderId);
        }
        return new SenderScope(senderId, SenderKind.valueOf(sender.kind()), sender.providers());
    }
}
