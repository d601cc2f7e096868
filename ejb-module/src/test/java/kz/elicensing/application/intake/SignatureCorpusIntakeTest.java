package kz.elicensing.application.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigDecimal;
import java.util.stream.Stream;
import kz.elicensing.domain.application.IntakeRules;
import kz.elicensing.domain.application.SignedApplication;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.signature.SignerIdentity;
import kz.elicensing.infrastructure.signature.SantuarioSignedApplicationReader;
import kz.elicensing.infrastructure.signature.corpus.SignatureCorpus;
import kz.elicensing.infrastructure.signature.corpus.SignatureCorpus.Case;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus cases whose answer comes after the reader (ACCEPTED, SIGNER_MISMATCH, INVALID_BIN, INVALID_IIN): the
 * reader, then {@link IntakeRules} against the catalog entry SECURITY_ACTIVITY as migration V2__catalog.sql seeds it.
 */
class SignatureCorpusIntakeTest {
    /** As V2__catalog.sql: legal entities, signed by the head, fee 19660.00, 15 working days, series LAA. */
    static final LicenseService SECURITY_ACTIVITY = new LicenseService(
            "SECURITY_ACTIVITY",
            "Лицензия на охранную деятельность",
            "Күзет қызметіне лицензия",
            new Provider(
                    "DP_ALMATY",
                    "120340000054",
                    "Департамент полиции города Алматы",
                    "Алматы қаласының Полиция департаменті"),
            ApplicantKind.LEGAL_ENTITY,
            true,
            new BigDecimal("19660.00"),
            15,
            "LAA");

    private static final SantuarioSignedApplicationReader READER = SignatureCorpus.reader();

    @TestFactory
    Stream<DynamicTest> theSignerMustBeTheApplicant() {
        return SignatureCorpus.cases().stream()
                .filter(c -> c.accepted() || SignatureCorpus.INTAKE_CODES.contains(c.expected()))
                .map(c -> dynamicTest(c.toString(), c.file().toUri(), () -> check(c)));
    }

    private static void check(Case c) {
        Assumptions.assumeFalse(c.todo(), () -> c + " is marked .todo");
        try {
            SignedApplication read = READER.read(c.bytes(), SignatureCorpus.VERIFICATION_INSTANT);
            new IntakeRules().check(read.form(), SECURITY_ACTIVITY);
            if (!c.accepted()) {
                SignerIdentity s = read.form().signer();
                fail(c + " must be refused with " + c.expected()
                        + ", but reader and intake rules ACCEPTED it (applicant "
                        + read.form().applicantId() + ", head " + read.form().headIin() + "; signer IIN " + s.iin()
                        + ", BIN " + s.bin() + ")");
            }
        } catch (ElicensingException e) {
            if (c.accepted()) {
                fail(c + " must be accepted, but was refused with " + e.code() + ": " + e.getMessage(), e);
            }
            assertEquals(c.expected(), e.code(), () -> c + " was refused with " + e.code() + ": " + e.getMessage());
        }
    }
}
