package kz.elicensing.application.sender;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import kz.elicensing.application.audit.AdminArea;
import kz.elicensing.application.audit.AdminChangeLog;
import kz.elicensing.application.ops.LogSafe;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.IdentificationNumber;

/**
 * The administrator's sender commands: each registration checked here (id, password length, the certificate's BIN and
 * fingerprint, rights only to serviceIds E-licensing answers, providers the catalog knows), then kept through
 * {@link SenderStore} and recorded with the administrator's login in the administrative change log (area SENDER).
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

    @EJB
    AdminChangeLog audit;

    @Override
    public List<RegisteredSender> senders() {
        return store.all();
    }

    @Override
    public List<String> grantableServices() {
        return callable.serviceIds();
    }

    @Override
    public List<ProviderChoice> providers() {
        return catalog.providers().stream()
                .map(p -> new ProviderChoice(p.code(), p.nameRu(), p.nameKz()))
                .toList();
    }

    @Override
    public RegisteredSender register(String admin, SenderForm form) {
        String senderId = form.senderId() == null ? null : form.senderId().strip();
        if (senderId == null || !SENDER_ID.matcher(senderId).matches()) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION, "admin.sender.id", "senderId must be 1..100 of A-Z a-z 0-9 _ -");
        }
        RegisteredSender before = store.all().stream()
                .filter(s -> s.senderId().equals(senderId))
                .findFirst()
                .orElse(null);
        String password = form.password();
        boolean keepPassword = before != null && (password == null || password.isEmpty());
        if (!keepPassword && (password == null || password.length() < MIN_PASSWORD)) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION,
                    "admin.sender.password",
                    "the password needs at least " + MIN_PASSWORD + " characters",
                    MIN_PASSWORD);
        }
        String certificateBin =
                form.certificateBin() == null ? null : form.certificateBin().strip();
        if (certificateBin == null
                || !IdentificationNumber.hasValidCheckDigit(certificateBin)
                || certificateBin.length() != 12) {
            throw new ElicensingException(
                    ErrorCode.INVALID_BIN, "certificate BIN " + certificateBin + " is not a valid BIN", certificateBin);
        }
        String sha256 =
                form.certificateSha256() == null ? "" : form.certificateSha256().strip();
        if (!sha256.isEmpty() && !SHA256.matcher(sha256).matches()) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION, "admin.sender.sha256", "certificateSha256 must be 64 hex digits");
        }
        Set<String> services = new TreeSet<>();
        for (String service : form.services()) {
            if (service == null || service.isBlank()) {
                continue;
            }
            if (!callable.answers(service.strip())) {
                throw new ElicensingException(ErrorCode.UNKNOWN_SERVICE, "unknown serviceId " + service, service);
            }
            services.add(service.strip());
        }
        Set<String> bound = new TreeSet<>();
        for (String provider : form.providers()) {
            String code = provider == null ? "" : provider.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (catalog.providerByCode(code).isEmpty()) {
                throw ElicensingException.withMessage(
                        ErrorCode.SCHEMA_VIOLATION,
                        "admin.sender.provider",
                        "no provider " + code + " in the catalog",
                        code);
            }
            bound.add(code);
        }
        SenderKind senderKind = form.kind() == null ? SenderKind.SYSTEM : form.kind();
        RegisteredSender sender = new RegisteredSender(
                senderId,
                true,
                certificateBin,
                blankToNull(
                        form.certificateCn() == null
                                ? null
                                : form.certificateCn().strip()),
                sha256.isEmpty() ? null : sha256.toLowerCase(Locale.ROOT),
                services,
                senderKind,
                bound);
        store.save(sender, keepPassword ? null : password);
        String detail = "certificate BIN " + certificateBin + ", CN " + sender.certificateCn() + ", SHA-256 "
                + sender.certificateSha256() + ", services " + services + ", " + senderKind + ", providers " + bound
                + (keepPassword ? ", password kept" : ", password set");
        audit.record(admin, AdminArea.SENDER, senderId, before == null ? "REGISTER" : "CHANGE", detail);
        LOG.info(() ->
                "sender " + LogSafe.of(senderId) + " registered by " + LogSafe.of(admin) + ": " + LogSafe.of(detail));
        return sender;
    }

    @Override
    public boolean disable(String admin, String senderId) {
        boolean found = senderId != null && store.disable(senderId.strip());
        if (found) {
            audit.record(admin, AdminArea.SENDER, senderId.strip(), "DISABLE", "disabled");
            LOG.info(() -> "sender " + LogSafe.of(senderId) + " disabled by " + LogSafe.of(admin));
        }
        return found;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
