package kz.elicensing.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import kz.elicensing.application.verify.DocumentCheck;
import kz.elicensing.application.verify.SignatureSummary;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The generic verification pipeline on a stored document, its report summarised for the public check: the signer by
 * name and BIN, never by IIN (a person's IIN is not public).
 */
@ApplicationScoped
public class PublicDocumentCheck implements DocumentCheck {

    @Inject
    SignatureReportService reports;

    @Override
    public SignatureSummary check(byte[] signedDocument, Instant at) {
        ValidationReport report = reports.run(signedDocument, at);
        Element xml =
                SecureXml.parse(report.toXml().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        String produced = text(xml, "revocationProducedAt");
        String iin = text(xml, "signerIin");
        return new SignatureSummary(
                report.valid(),
                blankToNull(text(xml, "errorCode")),
                withoutIin(text(xml, "summaryRu"), iin),
                withoutIin(text(xml, "summaryKz"), iin),
                blankToNull(text(xml, "signerName")),
                blankToNull(text(xml, "signerBin")),
                at,
                blankToNull(text(xml, "revocationSource")),
                produced.isEmpty() ? null : OffsetDateTime.parse(produced).toInstant());
    }

    private static String text(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }

    /** The summary without the signer's IIN (the report names "name, IIN, BIN"). */
    static String withoutIin(String summary, String iin) {
        return iin.isEmpty() ? summary : summary.replace(", " + iin, "").replace(iin, "");
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
