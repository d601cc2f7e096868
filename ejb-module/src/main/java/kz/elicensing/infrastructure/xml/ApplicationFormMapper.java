package kz.elicensing.infrastructure.xml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.domain.application.ActivityObject;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.Reorganisation;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.signature.SignerIdentity;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the verified, schema-valid {@code Application} element into the domain's {@link ApplicationForm}, straight from
 * the DOM the signature was checked on (the very element, no second parse or binding).
 */
public final class ApplicationFormMapper {
    private static final String NS = "urn:kz:elicensing:v1";

    private ApplicationFormMapper() {}

    public static ApplicationForm read(Element application, SignerIdentity signer) {
        Element applicant = child(application, "applicant");
        Element entity = child(applicant, "legalEntity");
        Element person = child(applicant, "individual");
        ApplicantKind kind = entity != null ? ApplicantKind.LEGAL_ENTITY : ApplicantKind.INDIVIDUAL;
        String applicantId = entity != null ? text(entity, "bin") : text(person, "iin");
        String name = entity != null
                ? text(entity, "name")
                : String.join(
                        " ", nonBlank(text(person, "lastName"), text(person, "firstName"), text(person, "middleName")));
        List<String> subtypes = new ArrayList<>();
        List<ActivityObject> objects = new ArrayList<>();
        for (Node n = child(application, "activity").getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && "subtype".equals(e.getLocalName())) {
                subtypes.add(e.getTextContent().trim());
            }
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && "object".equals(e.getLocalName())) {
                objects.add(new ActivityObject(text(e, "address"), text(e, "description")));
            }
        }
        String reorganisation = text(application, "reorganisation");
        Element payment = child(application, "payment");
        return new ApplicationForm(
                text(application, "requestId"),
                text(application, "service"),
                Operation.valueOf(text(application, "operation")),
                text(application, "baseLicenseNumber"),
                text(application, "language"),
                kind,
                applicantId,
                name,
                entity != null ? text(entity, "headIin") : null,
                subtypes,
                text(payment, "reference"),
                new BigDecimal(text(payment, "amount")),
                signer,
                objects,
                reorganisation == null ? null : Reorganisation.valueOf(reorganisation));
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? null : e.getTextContent().trim();
    }

    private static List<String> nonBlank(String... parts) {
        List<String> result = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                result.add(p);
            }
        }
        return result;
    }
}
