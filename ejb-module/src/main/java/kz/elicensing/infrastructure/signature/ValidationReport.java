package kz.elicensing.infrastructure.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.contract.v1.ObjectFactory;
import kz.elicensing.contract.v1.ReportCertificate;
import kz.elicensing.contract.v1.ReportStep;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.domain.signature.SignerIdentity;
import kz.elicensing.infrastructure.xml.Jaxb;
import kz.elicensing.infrastructure.xml.XmlDates;

/** The record of one signature verification, passed or failed: steps, chain, revocation source, signer, summary in ru/kk. */
public final class ValidationReport {
    private static final ObjectFactory FACTORY = new ObjectFactory();

    /** One step's outcome. */
    public record Step(String name, boolean passed, String detail) {}

    private final Instant verifiedAt;
    private final List<Step> steps = new ArrayList<>();
    private final List<X509Certificate> chain = new ArrayList<>();
    private SignerIdentity signer;
    private RevocationStatus revocation;
    private ElicensingException failure;
    private Instant signingTime;
    private String timestampAuthority;

    public ValidationReport(Instant verifiedAt) {
        this.verifiedAt = verifiedAt;
    }

    public void passed(String step, String detail) {
        steps.add(new Step(step, true, detail));
    }

    /** Records the failure of {@code step}; the first failure decides the result. */
    public void failed(String step, ElicensingException e) {
        steps.add(new Step(step, false, e.code() + ": " + e.getMessage()));
        if (failure == null) {
            failure = e;
        }
    }

    public void chain(List<X509Certificate> certificates) {
        chain.clear();
        chain.addAll(certificates);
    }

    public void signer(SignerIdentity identity) {
        this.signer = identity;
    }

    public void revocation(RevocationStatus status) {
        this.revocation = status;
    }

    /** The time the certificate checks use; {@code tsa} names the timestamp authority, or is null for the receipt time. */
    public void signingTime(Instant at, String tsa) {
        this.signingTime = at;
        this.timestampAuthority = tsa;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public boolean valid() {
        return failure == null;
    }

    /** The report as a {@code ValidationReport} document of urn:kz:elicensing:v1. */
    public String toXml() {
        kz.elicensing.contract.v1.ValidationReport r = FACTORY.createValidationReport();
        r.setVerifiedAt(XmlDates.dateTime(verifiedAt));
        r.setResult(valid() ? "VALID" : "INVALID");
        if (valid() && signer != null && signer.isSeal()) {
            r.setSummaryRu(Messages.ru("report.valid.seal", signer.commonName(), signer.bin()));
            r.setSummaryKz(Messages.kk("report.valid.seal", signer.commonName(), signer.bin()));
        } else if (valid()) {
            String who = signer == null
                    ? ""
                    : signer.commonName() + ", " + signer.iin() + (signer.hasBin() ? ", " + signer.bin() : "");
            r.setSummaryRu(Messages.ru("report.valid", who));
            r.setSummaryKz(Messages.kk("report.valid", who));
        } else {
            r.setErrorCode(failure.code().name());
            r.setSummaryRu(
                    Messages.ru("report.invalid", Messages.ru(failure.code().messageKey(), failure.arguments())));
            r.setSummaryKz(
                    Messages.kk("report.invalid", Messages.kk(failure.code().messageKey(), failure.arguments())));
        }
        if (signer != null) {
            r.setSignerIin(signer.iin());
            r.setSignerBin(signer.bin());
            r.setSignerName(signer.commonName());
            r.setSignerKind(signer.isSeal() ? "SEAL" : "PERSON");
        }
        for (Step step : steps) {
            ReportStep s = FACTORY.createReportStep();
            s.setName(step.name());
            s.setResult(step.passed() ? "PASSED" : "FAILED");
            s.setValue(step.detail());
            r.getStep().add(s);
        }
        for (X509Certificate c : chain) {
            ReportCertificate rc = FACTORY.createReportCertificate();
            rc.setSubject(c.getSubjectX500Principal().getName());
            rc.setIssuer(c.getIssuerX500Principal().getName());
            rc.setSerial(c.getSerialNumber().toString(16));
            rc.setNotBefore(XmlDates.dateTime(c.getNotBefore().toInstant()));
            rc.setNotAfter(XmlDates.dateTime(c.getNotAfter().toInstant()));
            r.getCertificate().add(rc);
        }
        if (revocation != null) {
            r.setRevocationSource(revocation.source() + (revocation.fromCache() ? " (cached)" : ""));
            if (revocation.producedAt() != null) {
                r.setRevocationProducedAt(XmlDates.dateTime(revocation.producedAt()));
            }
        }
        if (signingTime != null) {
            r.setSigningTime(XmlDates.dateTime(signingTime));
            r.setSigningTimeSource(timestampAuthority == null ? "RECEIPT" : "TIMESTAMP");
            r.setTimestampAuthority(timestampAuthority);
        }
        return Jaxb.toXml(r);
    }
}
