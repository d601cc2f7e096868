package kz.elicensing.application.evidence;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.domain.evidence.ChainVerification;
import kz.elicensing.domain.evidence.EvidenceBundles;
import kz.elicensing.domain.evidence.EvidenceEntry;
import kz.elicensing.domain.evidence.EvidenceLog;

/** Verifies the evidence chain and exports an application's evidence as a signed bundle. */
@Stateless
public class DefaultEvidenceService implements EvidenceService {
    private static final Logger LOG = Logger.getLogger(DefaultEvidenceService.class.getName());

    @Inject
    EvidenceLog log;

    @Inject
    EvidenceBundles bundles;

    /** Chains what was appended and committed up to now (the timer's work, done at once). */
    private void chainPending() {
        long chained = 0;
        for (int n = log.chainPending(); n > 0; n = log.chainPending()) {
            chained += n;
        }
        long all = chained;
        if (all > 0) {
            LOG.fine(() -> "chained " + all + " pending evidence entries first");
        }
    }

    @Override
    public ChainReport verify() {
        chainPending();
        ChainVerification v = log.verify();
        if (v.ok()) {
            LOG.info(() -> "evidence chain verified: " + v.entries() + " entries, last seq " + v.lastSeq());
            return new ChainReport(
                    true,
                    v.entries(),
                    null,
                    null,
                    v.lastSeq(),
                    v.lastHash(),
                    Messages.ru("evidence.ok", v.entries()),
                    Messages.kk("evidence.ok", v.entries()));
        }
        LOG.severe(() -> "evidence chain broken at seq " + v.firstBrokenSeq() + ": " + v.reason());
        String key = v.reason().messageKey();
        return new ChainReport(
                false,
                v.entries(),
                v.firstBrokenSeq(),
                v.reason().name(),
                v.lastSeq(),
                v.lastHash(),
                Messages.ru(key, v.firstBrokenSeq()),
                Messages.kk(key, v.firstBrokenSeq()));
    }

    @Override
    public byte[] export(String applicationNumber) {
        chainPending();
        List<EvidenceEntry> entries = log.entriesOf(applicationNumber);
        if (entries.isEmpty()) {
            throw new ElicensingException(
                    ErrorCode.APPLICATION_NOT_FOUND, "no evidence for " + applicationNumber, applicationNumber);
        }
        LOG.info(() -> "exporting " + entries.size() + " evidence entries of " + applicationNumber);
        return bundles.bundle(applicationNumber, entries);
    }
}
