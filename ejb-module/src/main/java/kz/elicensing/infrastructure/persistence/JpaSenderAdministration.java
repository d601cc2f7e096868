package kz.elicensing.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import kz.elicensing.application.sender.SenderAdministration;
import kz.elicensing.shep.ServiceId;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.IdentificationNumber;

/** Senders in the {@code sender} and {@code sender_right} tables, as the administrator changes them (PBKDF2 password hashes). */
@Stateless
public class JpaSenderAdministration implements SenderAdministration {
    private static final Logger LOG = Logger.getLogger(JpaSenderAdministration.class.getName());
    private static final Pattern SENDER_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final int MIN_PASSWORD = 12;

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public List<RegisteredSender> senders() {
        return em.createQuery("SELECT s FROM SenderEntity s ORDER BY s.senderId", SenderEntity.class).getResultList()
                .stream().map(s -> new RegisteredSender(s.senderId(), s.enabled(), s.certificateBin(), s.certificateCn(),
                        s.certificateSha256(), new TreeSet<>(s.allowedServices()))).toList();
    }

    @Override
    public void register(String senderId, String password, String certificateBin, String certificateCn,
                         String certificateSha256, Set<String> services) {
        if (senderId == null || !SENDER_ID.matcher(senderId).matches()) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "senderId must be 1..100 of A-Z a-z 0-9 _ -");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "the password needs at least " + MIN_PASSWORD + " characters");
        }
        if (certificateBin == null || !IdentificationNumber.hasValidCheckDigit(certificateBin) || certificateBin.length() != 12) {
            throw new ElicensingException(ErrorCode.INVALID_BIN, "certificate BIN " + certificateBin + " is not a valid BIN");
        }
        if (certificateSha256 != null && !certificateSha256.isBlank() && !SHA256.matcher(certificateSha256).matches()) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "certificateSha256 must be 64 hex digits");
        }
        for (String service : services) {
            if (!ServiceId.known(service)) {
                throw new ElicensingException(ErrorCode.UNKNOWN_SERVICE, "unknown serviceId " + service, service);
            }
        }
        SenderEntity sender = em.find(SenderEntity.class, senderId);
        if (sender == null) {
            sender = new SenderEntity(senderId);
            em.persist(sender);
        }
        sender.register(PasswordHashes.hash(password.toCharArray()), certificateBin, blankToNull(certificateCn),
                certificateSha256 == null || certificateSha256.isBlank() ? null : certificateSha256.toLowerCase(Locale.ROOT),
                services);
        LOG.info(() -> "sender " + senderId + " registered: certificate BIN " + certificateBin + ", services " + services);
    }

    @Override
    public boolean disable(String senderId) {
        SenderEntity sender = senderId == null ? null : em.find(SenderEntity.class, senderId);
        if (sender == null) {
            return false;
        }
        sender.disable();
        LOG.info(() -> "sender " + senderId + " disabled");
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
