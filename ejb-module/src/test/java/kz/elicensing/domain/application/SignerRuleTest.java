package kz.elicensing.domain.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.signature.SignerIdentity;
import org.junit.jupiter.api.Test;

class SignerRuleTest {
    private final SignerRule rule = new SignerRule();

    private static ApplicationForm company(String bin, String headIin, String signerIin, String signerBin) {
        SignerIdentity signer =
                new SignerIdentity(signerIin, signerBin, "X", "CN=X", "CN=CA", "1", Instant.EPOCH, Instant.EPOCH);
        return new ApplicationForm(
                "r",
                "SECURITY_ACTIVITY",
                Operation.ISSUE,
                null,
                "ru",
                ApplicantKind.LEGAL_ENTITY,
                bin,
                "ТОО",
                headIin,
                List.of("G"),
                "P",
                BigDecimal.ONE,
                signer);
    }

    private static ApplicationForm person(String iin, String signerIin) {
        SignerIdentity signer =
                new SignerIdentity(signerIin, null, "X", "CN=X", "CN=CA", "1", Instant.EPOCH, Instant.EPOCH);
        return new ApplicationForm(
                "r",
                "PRIVATE_BAILIFF",
                Operation.ISSUE,
                null,
                "ru",
                ApplicantKind.INDIVIDUAL,
                iin,
                "X",
                null,
                List.of("G"),
                "P",
                BigDecimal.ONE,
                signer);
    }

    @Test
    void theHeadOfTheCompanySignsItsApplication() {
        assertDoesNotThrow(
                () -> rule.check(company("150140000012", "900515300018", "900515300018", "150140000012"), true));
    }

    @Test
    void aCertificateOfAnotherCompanyIsRefused() {
        ElicensingException e = assertThrows(
                ElicensingException.class,
                () -> rule.check(company("150140000012", "900515300018", "900515300018", "160540000039"), true));
        assertEquals(ErrorCode.SIGNER_MISMATCH, e.code());
    }

    @Test
    void anEmployeeMayNotSignWhereTheCatalogWantsTheHead() {
        ApplicationForm byEmployee = company("150140000012", "900515300018", "751102300459", "150140000012");
        assertEquals(
                ErrorCode.SIGNER_MISMATCH,
                assertThrows(ElicensingException.class, () -> rule.check(byEmployee, true))
                        .code());
        assertDoesNotThrow(() -> rule.check(byEmployee, false));
    }

    @Test
    void anIndividualSignsWithTheirOwnIin() {
        assertDoesNotThrow(() -> rule.check(person("751102300459", "751102300459"), false));
        assertEquals(
                ErrorCode.SIGNER_MISMATCH,
                assertThrows(ElicensingException.class, () -> rule.check(person("751102300459", "900515300018"), false))
                        .code());
    }

    @Test
    void aBinWithAWrongCheckDigitIsRefusedAsSuch() {
        assertEquals(
                ErrorCode.INVALID_BIN,
                assertThrows(
                                ElicensingException.class,
                                () -> rule.check(
                                        company("150140000013", "900515300018", "900515300018", "150140000013"), true))
                        .code());
    }
}
