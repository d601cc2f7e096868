package kz.elicensing.domain.application;

import java.util.List;
import java.util.Optional;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.catalog.RegistryStatus;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.LegalEntityRecord;
import kz.elicensing.domain.party.RegistryExtract;

/**
 * Conditions 3 and 4 against the state's records (seed 000 §2.2(10), (14)): a legal entity is licensed only while GBD
 * UL records it in a status the catalog calls active, and where the catalog wants the head's signature the signer is the
 * leader GBD UL names, not whoever the form calls the head. A non-active status is refused on the refusal ground the
 * catalog names for it; a status the catalog does not know (or whose ground the service lacks) is left to an officer.
 */
public final class RegisteredApplicantRule {
    /** Message key of the refusal text when the signer is not the registry's leader. */
    public static final String SIGNER_NOT_HEAD = "error.SIGNER_NOT_HEAD";

    /** What the registry's answer means for the application. */
    public sealed interface Verdict permits Confirmed, Refused, RefusedOnGround, Undecided {}

    /** The applicant is confirmed; {@code note} records a name in the form that differs from the registry's (or null). */
    public record Confirmed(RegistryExtract extract, String note) implements Verdict {}

    /** Refused with a typed code ({@code messageKey}: the text of the refusal) and a note for the history. */
    public record Refused(ErrorCode code, String messageKey, String note) implements Verdict {}

    /** Refused on a catalog ground of the service because of the registry's {@code status}; a note for the history. */
    public record RefusedOnGround(RefusalGround ground, RegistryStatus status, String note) implements Verdict {}

    /** The catalog cannot decide (unknown status, or no ground for it): an officer retries or refuses. */
    public record Undecided(String note) implements Verdict {}

    /**
     * Judges GBD UL's answer about an entity.
     *
     * @param entity       the registry's record of the applicant's BIN
     * @param status       the catalog's entry for the record's registration status (empty: unknown to the catalog)
     * @param grounds      the service's refusal grounds
     * @param signerIin    the IIN of the application's signer, or null when nobody signed (walk-in)
     * @param signedByHead true when the catalog wants the head's signature for this service
     * @param formName     the applicant's name as the form gave it
     */
    public Verdict check(
            LegalEntityRecord entity,
            Optional<RegistryStatus> status,
            List<RefusalGround> grounds,
            String signerIin,
            boolean signedByHead,
            String formName) {
        String regStatus = entity.registrationStatus();
        if (status.isEmpty()) {
            return new Undecided("GBD UL: registration status " + regStatus + " is not in the catalog");
        }
        if (!status.get().active()) {
            String note = "GBD UL: " + regStatus + " (" + status.get().nameRu() + ")";
            return grounds.stream()
                    .filter(g -> g.code().equals(status.get().refusalGround()))
                    .findFirst()
                    .<Verdict>map(g -> new RefusedOnGround(g, status.get(), note))
                    .orElseGet(() -> new Undecided(note + ": the service has no refusal ground "
                            + status.get().refusalGround()));
        }
        if (signedByHead && signerIin != null && !signerIin.equals(entity.leaderIin())) {
            return new Refused(
                    ErrorCode.SIGNER_MISMATCH,
                    SIGNER_NOT_HEAD,
                    "GBD UL: the head of " + entity.bin() + " is " + entity.leaderIin() + ", the signer " + signerIin);
        }
        RegistryExtract extract = RegistryExtract.of(entity);
        return new Confirmed(extract, nameNote(extract, formName, "GBD UL"));
    }

    /** The history's note when the form's name is not the registry's, else null; the registry's name is the one used. */
    public static String nameNote(RegistryExtract extract, String formName, String registry) {
        return extract.differsFrom(formName)
                ? "name in the form \"" + formName + "\" differs from " + registry + " \"" + extract.nameRu()
                        + "\": the registry's is used"
                : null;
    }
}
