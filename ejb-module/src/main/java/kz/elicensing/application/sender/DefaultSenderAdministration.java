package kz.elicensing.application.sender;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.IdentificationNumber;

/**
 * The administrator's sender commands: each registration checked here (id, password length, the certificate's BIN and
 * fingerprint, rights only to serviceIds E-licensing answers), then kept through {@link SenderStore} and logged.
 */
@Stateless
public class DefaultSenderAdministration implements SenderAdministration {
    private static final Logger LOG = Logger.getLogger(DefaultSenderAdministration.class.getName());
    private static final Pattern SENDER_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    static final int MIN_PASSWORD = 12;

    @Inject
    SenderStore store;

    @Inject
    CallableServices callable;

    @Inject
    Catalog catalog;

    @Override
    public List<RegisteredSender> senders() {
        return store.all();
    }

    @Override
    public void register(
            String senderId,
            String password,
            String certificateBin,
            String certificateCn,
            String certificateSha256,
            Set<String> services,
            SenderKind kind,
            Set<String> providers) {
        if (senderId == null || !SENDER_ID.matcher(senderId).matches()) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "senderId must be 1..100 of A-Z a-z 0-9 _ -");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new ElicensingException(
                    ErrorCode.SCHEMA_VIOLATION, "the password needs at least " + MIN_PASSWORD + " characters");
        }
        if (certificateBin == null
                || !IdentificationNumber.hasValidCheckDigit(certificateBin)
                || certificateBin.length() != 12) {
            throw new ElicensingException(
                    ErrorCode.INVALID_BIN, "certificate BIN " + certificateBin + " is not a valid BIN");
        }
        if (certificateSha256 != null
                && !certificateSha256.isBlank()
                && !SHA256.matcher(certificateSha256).matches()) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "certificateSha256 must be 64 hex digits");
        }
        for (String service : services) {
            if (!callable.answers(service)) {
                throw new ElicensingException(ErrorCode.UNKNOWN_SERVICE, "unknown serviceId " + service, service);
            }
        }
        Set<String> bound = new TreeSet<>();
        for (String provider : providers == null ? Set.<String>of() : providers) {
            String code = provider == null ? "" : provider.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (catalog.providerByCode(code).isEmpty()) {
                throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "no provider " + code + " in the catalog");
            }
            bound.add(code);
        }
        SenderKind senderKind = kind == null ? SenderKind.SYSTEM : kind;
        store.save(
                new RegisteredSender(
                        senderId,
                        true,
                        certificateBin,
                        blankToNull(certificateCn),
                        certificateSha256 == null || certificateSha256.isBlank()
                                ? null
                                : certificateSha256.toLowerCase(Locale.ROOT),
                        new TreeSet<>(services),
                        senderKind,
                        bound),
                password);
        LOG.info(() -> "sender " + senderId + " registered: certificate BIN " + certificateBin + ", services "
                + services + ", " + senderKind + ", providers " + bound);
    }

    @Override
    public boolean disable(String senderId) {
        boolean found = senderId != null && store.disable(senderId);
        if (found) {
            LOG.info(() -> "sender " + senderId + " disabled");
        }
        return found;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
