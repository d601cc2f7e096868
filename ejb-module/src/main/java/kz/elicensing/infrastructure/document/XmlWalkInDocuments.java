package kz.elicensing.infrastructure.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import kz.elicensing.domain.application.CheckedScan;
import kz.elicensing.domain.application.WalkInDocuments;
import kz.elicensing.domain.application.WalkInForm;
import kz.elicensing.infrastructure.signature.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes what an officer entered for a walk-in application as a {@code WalkInApplication} document
 * (urn:kz:elicensing:walkin:v1), unsigned: the applicant signed nothing; the officer is named in it.
 */
@ApplicationScoped
public class XmlWalkInDocuments implements WalkInDocuments {
    static final String NS = "urn:kz:elicensing:walkin:v1";

    @Override
    public byte[] officerRecord(
            WalkInForm form, String officer, String providerCode, Instant at, List<CheckedScan> scans) {
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(NS, "WalkInApplication");
        doc.appendChild(root);
        add(root, "requestId", form.requestId());
        add(root, "channel", "OFFICER");
        add(root, "officer", officer);
        add(root, "provider", providerCode);
        add(root, "enteredAt", at.toString());
        add(root, "service", form.serviceCode());
        add(root, "operation", form.operation().name());
        if (form.baseLicenseNumber() != null) {
            add(root, "baseLicenseNumber", form.baseLicenseNumber());
        }
        add(root, "lang", form.language());
        Element applicant = add(root, "applicant", null);
        applicant.setAttribute("kind", form.applicantKind().name());
        add(applicant, "id", form.applicantId());
        add(applicant, "name", form.applicantName());
        Element payment = add(root, "payment", null);
        add(payment, "reference", form.paymentReference());
        add(payment, "amount", form.paymentAmount().toPlainString());
        Element paper = add(root, "presentedOnPaper", null);
        form.presentedDocuments().forEach(code -> add(paper, "document", code));
        Element attached = add(root, "scans", null);
        for (CheckedScan scan : scans) {
            Element s = add(attached, "scan", null);
            s.setAttribute("document", scan.documentCode());
            s.setAttribute("contentType", scan.contentType());
            s.setAttribute("size", String.valueOf(scan.content().length));
            s.setAttribute("sha256", scan.sha256());
            s.setTextContent(scan.fileName());
        }
        return SecureXml.toBytes(doc);
    }

    private static Element add(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElementNS(NS, name);
        if (text != null) {
            e.setTextContent(text);
        }
        parent.appendChild(e);
        return e;
    }
}
