package kz.elicensing.domain.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.elicensing.domain.catalog.ActivitySubtype;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;

/** The intake conditions a verified form must meet against its catalog entry before it is stored. */
public final class IntakeRules {

    /** A signed form: the service takes this kind of applicant, and the signer is the one the service requires. */
    public void check(ApplicationForm form, LicenseService service) {
        checkApplicantKind(form.applicantKind(), service);
        new SignerRule().check(form, service.signedByHead());
    }

    /** Any channel: the service takes this kind of applicant (individual or legal entity). */
    public void checkApplicantKind(ApplicantKind kind, LicenseService service) {
        if (!service.accepts(kind)) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    service.code() + " is for " + service.applicantKinds() + ", not " + kind);
        }
    }

    /**
     * The activity subtypes asked for are the catalog's subtypes of the service (Reg. 000 §2.2(5): the form filled
     * "with its structure and format rules"); a service the catalog lists no subtypes for takes any.
     */
    public void checkSubtypes(List<String> asked, List<ActivitySubtype> catalog) {
        if (catalog.isEmpty()) {
            return;
        }
        Set<String> known = catalog.stream().map(ActivitySubtype::code).collect(Collectors.toSet());
        for (String subtype : asked) {
            if (!known.contains(subtype)) {
                throw new ElicensingException(
                        ErrorCode.SUBTYPE_NOT_IN_CATALOG, "subtype " + subtype + " is not in the catalog", subtype);
            }
        }
    }

    /**
     * The attachments carry every mandatory document the catalog requires of this applicant kind for the service and
     * operation (Reg. 000 §2.2(5), 002 §6(5): "the necessary documents attached"), and none the catalog does not list
     * for it; missing ones are {@link ErrorCode#DOCUMENTS_INCOMPLETE} naming them.
     */
    public void checkDocuments(ApplicantKind kind, List<String> attached, List<RequiredDocument> catalog) {
        List<RequiredDocument> required =
                catalog.stream().filter(d -> d.appliesTo(kind)).toList();
        Set<String> known = required.stream().map(RequiredDocument::code).collect(Collectors.toSet());
        Set<String> given = new LinkedHashSet<>();
        for (String code : attached) {
            if (!known.contains(code)) {
                throw ElicensingException.withMessage(
                        ErrorCode.SCHEMA_VIOLATION,
                        "intake.documentUnknown",
                        "attachment of document " + code + " the catalog does not list for " + kind,
                        code);
            }
            given.add(code);
        }
        List<String> missing = required.stream()
                .filter(RequiredDocument::mandatory)
                .map(RequiredDocument::code)
                .filter(code -> !given.contains(code))
                .toList();
        if (!missing.isEmpty()) {
            throw ElicensingException.withMessage(
                    ErrorCode.DOCUMENTS_INCOMPLETE,
                    "intake.documentsIncomplete",
                    "mandatory documents not attached: " + missing,
                    String.join(", ", missing));
        }
    }
}
