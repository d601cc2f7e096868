package kz.elicensing.infrastructure.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The record of one signature verification: each step with its result, and the signer's certificate. */
public final class ValidationReport {
    static final String NS = "urn:kz:elicensing:report:v1";

    /** One step's outcome. */
    public record Step(String name, boolean passed, String detail) {
    }

    private final Instant verifiedAt;
    private final List<Step> steps = new ArrayList<>();
    private X509Certificate signer;

    public ValidationReport(Instant verifiedAt) {
        this.verifiedAt = verifiedAt;
    }

    public void passed(String step, String detail) {
        steps.add(new Step(step, true, detail));
    }

    public void failed(String step, String detail) {
        steps.add(new Step(step, false, detail));
    }

    public void signer(X509Certificate certificate) {
        this.signer = certificate;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The report as XML ({@code urn:kz:elicensing:report:v1}). */
    public String toXml() {
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(NS, "ValidationReport");
        root.setAttribute("verifiedAt", verifiedAt.toString());
        doc.appendChild(root);
        for (Step step : steps) {
            Element e = doc.createElementNS(NS, "step");
            e.setAttribute("name", step.name());
            e.setAttribute("result", step.passed() ? "PASSED" : "FAILED");
            e.setTextContent(step.detail());
            root.appendChild(e);
        }
        if (signer != null) {
            Element c = doc.createElementNS(NS, "certificate");
            c.setAttribute("subject", signer.getSubjectX500Principal().toString());
            c.setAttribute("issuer", signer.getIssuerX500Principal().toString());
            c.setAttribute("serial", signer.getSerialNumber().toString(16));
            c.setAttribute("notBefore", signer.getNotBefore().toInstant().toString());
            c.setAttribute("notAfter", signer.getNotAfter().toInstant().toString());
            root.appendChild(c);
        }
        return new String(SecureXml.toBytes(doc), java.nio.charset.StandardCharsets.UTF_8);
    }
}
