package kz.elicensing.application.walkin;

import java.math.BigDecimal;
import java.util.List;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.party.ApplicantKind;

/**
 * A service the officer's office registers walk-in applications for, as the guided form and the API offer it: the
 * applicant kinds it takes, and per operation it offers (issue, re-issue, duplicate) the fee and the catalog's documents
 * (required ones marked; {@code applicantKind} null: for every applicant).
 */
public record ServiceOffer(
        String code,
        String titleRu,
        String titleKz,
        List<ApplicantKind> applicantKinds,
        List<OperationOffer> operations) {
    public ServiceOffer {
        applicantKinds = List.copyOf(applicantKinds);
        operations = List.copyOf(operations);
    }

    /** An operation the catalog offers for this service: whether it needs a base license, its fee, its documents. */
    public record OperationOffer(
            Operation operation, boolean needsBaseLicense, BigDecimal fee, List<DocumentOffer> documents) {
        public OperationOffer {
            documents = List.copyOf(documents);
        }

        /** The documents an applicant of this kind presents. */
        public List<DocumentOffer> documentsFor(ApplicantKind kind) {
            return documents.stream()
                    .filter(d -> d.applicantKind() == null || d.applicantKind() == kind)
                    .toList();
        }
    }

    /** A catalog document: code, names in ru and kk, required or not, the applicant kind it is for (null: all). */
    public record DocumentOffer(
            String code, String nameRu, String nameKz, boolean mandatory, ApplicantKind applicantKind) {
        static DocumentOffer of(RequiredDocument d) {
            return new DocumentOffer(d.code(), d.nameRu(), d.nameKz(), d.mandatory(), d.applicantKind());
        }
    }

    /** The operation offered, if it is. */
    public java.util.Optional<OperationOffer> operation(Operation operation) {
        return operations.stream().filter(o -> o.operation() == operation).findFirst();
    }
}
