package kz.elicensing.domain.licence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.elicensing.domain.application.ActivityObject;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.Reorganisation;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import org.junit.jupiter.api.Test;

/** The base of a re-issue or duplicate: the holder's own, or, after a named reorganisation, its successor's re-issue. */
class BaseLicenseRuleTest {
    private static final String HOLDER = "150140000012";
    private static final String SUCCESSOR = "160240000018";

    private static License base() {
        return new License(
                LicenseNumber.of("LAA", 7),
                "EL-2026-00000007",
                "SECURITY_ACTIVITY",
                "DP_ALMATY",
                HOLDER,
                "ТОО «Қорғау»",
                Instant.parse("2026-11-02T05:00:00Z"));
    }

    private static ApplicationForm form(
            Operation operation, ApplicantKind kind, String applicant, Reorganisation reorganisation) {
        return new ApplicationForm(
                "r",
                "SECURITY_ACTIVITY",
                operation,
                LicenseNumber.of("LAA", 7).value(),
                "ru",
                kind,
                applicant,
                "ТОО «Жаңа»",
                null,
                List.of("G"),
                "P",
                BigDecimal.ONE,
                null,
                List.of(new ActivityObject(" Алматы, Абай 1 ", " ")),
                reorganisation);
    }

    private static ErrorCode refusal(ApplicationForm form) {
        return assertThrows(ElicensingException.class, () -> BaseLicenseRule.check(form, Optional.of(base())))
                .code();
    }

    @Test
    void theHoldersOwnReissueAndDuplicatePass() {
        assertDoesNotThrow(() -> BaseLicenseRule.check(
                form(Operation.REISSUE, ApplicantKind.LEGAL_ENTITY, HOLDER, null), Optional.of(base())));
        assertDoesNotThrow(() -> BaseLicenseRule.check(
                form(Operation.DUPLICATE, ApplicantKind.LEGAL_ENTITY, HOLDER, null), Optional.of(base())));
    }

    @Test
    void anotherBinWithoutAReorganisationIsRefused() {
        assertEquals(
                ErrorCode.OPERATION_NOT_ALLOWED,
                refusal(form(Operation.REISSUE, ApplicantKind.LEGAL_ENTITY, SUCCESSOR, null)));
    }

    @Test
    void theSuccessorOfANamedReorganisationMayReissue() {
        for (Reorganisation r : Reorganisation.values()) {
            assertDoesNotThrow(() -> BaseLicenseRule.check(
                    form(Operation.REISSUE, ApplicantKind.LEGAL_ENTITY, SUCCESSOR, r), Optional.of(base())));
        }
    }

    @Test
    void aReorganisationGivesNoDuplicateNorAnIssueNorAnIndividualsClaim() {
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                refusal(form(Operation.DUPLICATE, ApplicantKind.LEGAL_ENTITY, SUCCESSOR, Reorganisation.MERGER)));
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                refusal(form(Operation.ISSUE, ApplicantKind.LEGAL_ENTITY, SUCCESSOR, Reorganisation.MERGER)));
        assertEquals(
                ErrorCode.OPERATION_NOT_ALLOWED,
                refusal(form(Operation.REISSUE, ApplicantKind.INDIVIDUAL, "900101300017", Reorganisation.MERGER)));
    }

    @Test
    void aSuccessorCannotReissueABaseThatIsNotInForce() {
        License replaced = base();
        License.reissueOf(
                replaced,
                LicenseNumber.of("LAA", 8),
                "EL-2026-00000008",
                SUCCESSOR,
                "ТОО «Жаңа»",
                List.of(),
                List.of(),
                Instant.parse("2026-11-03T05:00:00Z"));
        ElicensingException e = assertThrows(
                ElicensingException.class,
                () -> BaseLicenseRule.check(
                        form(Operation.REISSUE, ApplicantKind.LEGAL_ENTITY, "170340000014", Reorganisation.DIVISION),
                        Optional.of(replaced)));
        assertEquals(ErrorCode.OPERATION_NOT_ALLOWED, e.code());
    }

    @Test
    void theFormsObjectsAreTrimmedAndNeedAnAddress() {
        ApplicationForm f = form(Operation.REISSUE, ApplicantKind.LEGAL_ENTITY, HOLDER, null);
        assertEquals(new ActivityObject("Алматы, Абай 1", null), f.objects().get(0));
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(ElicensingException.class, () -> new ActivityObject(" ", "x"))
                        .code());
    }
}
