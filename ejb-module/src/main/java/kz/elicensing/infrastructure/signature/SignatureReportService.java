package kz.elicensing.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import kz.elicensing.application.intake.SignatureReports;
import kz.elicensing.domain.error.ElicensingException;
import org.w3c.dom.Document;

/**
 * Runs the generic verification pipeline on any signed document (its root's Id, or the whole document, referenced;
 * signed by a person or an organisation's seal) and returns its report, whatever the outcome.
 */
@ApplicationScoped
public class SignatureReportService implements SignatureReports {

    @Inject
    SignedDocumentVerifier verifier;

    @Override
    public String report(byte[] signedDocument, Instant at) {
        return run(signedDocument, at).toXml();
    }

    /** The pipeline's report on the document at {@code at}, whatever the outcome (a failing step is recorded in it). */
    public ValidationReport run(byte[] signedDocument, Instant at) {
        ValidationReport report = new ValidationReport(at);
        try {
            Document doc = verifier.parse(signedDocument, report);
            // a result signed in the browser references the whole document (URI=""), as NCALayer signs; an automatic
            // result is signed by the provider's seal, an organisation and no person (issue 15)
            verifier.verify(doc, at, report, true, SignedDocumentVerifier.Signers.PERSONS_AND_SEALS);
        } catch (ElicensingException e) {
            // recorded in the report by the failing step
        }
        return report;
    }
}
