package kz.elicensing.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.SignedApplication;
import kz.elicensing.domain.application.SignedApplicationReader;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.signature.SignerIdentity;
import kz.elicensing.infrastructure.xml.ApplicationFormMapper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads signed applications: the generic verification pipeline, with the Application root and schema checked after parsing. */
@ApplicationScoped
public class SantuarioSignedApplicationReader implements SignedApplicationReader {
    static final String ELICENSING_NS = "urn:kz:elicensing:v1";

    @Inject
    SignedDocumentVerifier verifier;

    @Override
    public SignedApplication read(byte[] document, Instant signingTime) {
        ValidationReport report = new ValidationReport(signingTime);
        Document doc = verifier.parse(document, PayloadSchemas.elicensing(), report);
        SignedDocumentVerifier.step(report, "SCHEMA", () -> {
            Element root = doc.getDocumentElement();
            if (!ELICENSING_NS.equals(root.getNamespaceURI()) || !"Application".equals(root.getLocalName())) {
                throw new ElicensingException(
                        ErrorCode.SCHEMA_VIOLATION,
                        "expected {" + ELICENSING_NS + "}Application, got {" + root.getNamespaceURI() + "}"
                                + root.getLocalName());
            }
            report.passed("SCHEMA", "elicensing.xsd Application (validated while parsing)");
            return null;
        });
        SignerIdentity identity = verifier.verify(doc, signingTime, report);
        ApplicationForm form = ApplicationFormMapper.read(doc.getDocumentElement(), identity);
        return new SignedApplication(form, document, report.toXml());
    }
}
