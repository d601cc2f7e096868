package kz.elicensing.application.verify;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kz.elicensing.application.registry.LicenseRegistry;
import kz.elicensing.application.registry.LicenseView;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseAction;
import kz.elicensing.domain.licence.LicenseEvent;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.licence.SignedAct;
import kz.elicensing.domain.message.SlidingWindowLimit;

/**
 * The public check: the registry's entry (current status, lineage), the stored document's signature checked now, the
 * printout's hash compared with the stored document and its duplicates; {@code elicensing.public-verify.per-minute}
 * checks per address (60 by default).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DefaultPublicVerification implements PublicVerification {
    private static final int MAX_ADDRESSES = 10_000;
    private static final Set<LicenseAction> STATUS_ACTS =
            EnumSet.of(LicenseAction.SUSPEND, LicenseAction.RESUME, LicenseAction.TERMINATE);

    @Inject
    LicenseRegistry registry;

    @Inject
    LicenseRepository licenses;

    @Inject
    DocumentCheck documents;

    @Inject
    Clock clock;

    private SlidingWindowLimit perAddress;

    @PostConstruct
    void init() {
        perAddress = new SlidingWindowLimit(
                Integer.getInteger("elicensing.public-verify.per-minute", 60), Duration.ofMinutes(1), MAX_ADDRESSES);
    }

    @Override
    public PublicLicense verify(String licenseNumber, String printoutHash, String address) {
        Instant now = clock.instant();
        if (!perAddress.tryAcquire(address == null ? "?" : address, now)) {
            throw new ElicensingException(ErrorCode.RATE_LIMITED, "public license check: too many from " + address);
        }
        String number = licenseNumber == null ? "" : licenseNumber.strip().toUpperCase(Locale.ROOT);
        LicenseView view = registry.verify(number);
        License license = licenses.byNumber(view.number())
                .orElseThrow(() -> new ElicensingException(ErrorCode.LICENSE_NOT_FOUND, "no license " + number));
        byte[] document = license.signedDocument();
        SignatureSummary signature = document == null ? null : documents.check(document, now);
        Boolean matches = null;
        if (printoutHash != null && !printoutHash.isBlank()) {
            String asked = printoutHash.strip().toLowerCase(Locale.ROOT);
            List<byte[]> stored = new ArrayList<>();
            if (document != null) {
                stored.add(document);
            }
            license.duplicates().forEach(d -> stored.add(d.signedDocument()));
            matches = stored.stream().anyMatch(d -> sha256(d).equals(asked));
        }
        Instant since = view.events().stream()
                .map(LicenseView.Event::at)
                .filter(java.util.Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(view.issuedAt());
        boolean legalEntity = view.holderId() != null
                && view.holderId().length() == 12
                && "456".indexOf(view.holderId().charAt(4)) >= 0;
        return new PublicLicense(
                view.number(),
                view.status(),
                view.statusKey(),
                view.reissuedAs(),
                view.service().code(),
                view.service().titleRu(),
                view.service().titleKz(),
                view.licensor().bin(),
                view.licensor().nameRu(),
                view.licensor().nameKz(),
                view.holderName(),
                legalEntity ? view.holderId() : null,
                view.issuedAt(),
                since,
                view.activitySubtypes(),
                view.objects().stream()
                        .map(o -> o.description() == null || o.description().isBlank()
                                ? o.address()
                                : o.address() + " — " + o.description())
                        .toList(),
                signature,
                matches,
                statusChange(license, now));
    }

    /** The suspension, resumption or termination that gave the license its current status, its act checked now. */
    private PublicLicense.StatusChange statusChange(License license, Instant now) {
        List<LicenseEvent> history = license.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            LicenseEvent e = history.get(i);
            if (e.statusAfter() != license.status()) {
                return null;
            }
            if (STATUS_ACTS.contains(e.action())) {
                Optional<SignedAct> act = e.signedAct();
                return new PublicLicense.StatusChange(
                        e.action().name(),
                        e.at(),
                        e.basis().name(),
                        act.isPresent(),
                        act.map(SignedAct::signerName).orElse(null),
                        act.map(SignedAct::signerPositionRu).orElse(null),
                        act.map(SignedAct::signerPositionKz).orElse(null),
                        act.map(a -> documents.check(a.document(), now).valid()).orElse(null));
            }
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
