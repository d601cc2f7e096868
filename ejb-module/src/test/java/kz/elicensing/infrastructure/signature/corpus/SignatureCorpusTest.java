package kz.elicensing.infrastructure.signature.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kz.elicensing.domain.application.SignedApplication;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.infrastructure.signature.SantuarioSignedApplicationReader;
import kz.elicensing.infrastructure.signature.corpus.SignatureCorpus.Case;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks the hostile-input corpus (src/test/resources/signature-corpus, see its README): every file goes through the
 * verification pipeline with the corpus CA as the only trust anchor, at the corpus's fixed instant, and must get the
 * answer its folder names. SIGNER_MISMATCH / INVALID_BIN / INVALID_IIN are the intake rules' answers: here the reader
 * must either accept those files or refuse them with that same code; {@code SignatureCorpusIntakeTest} runs the rules.
 */
class SignatureCorpusTest {
    private static final SantuarioSignedApplicationReader READER = SignatureCorpus.reader();

    @TestFactory
    Stream<DynamicTest> everyCaseGetsTheAnswerItsFolderNames() {
        return SignatureCorpus.cases().stream()
                .map(c -> dynamicTest(c.toString(), c.file().toUri(), () -> check(c)));
    }

    private static void check(Case c) {
        Assumptions.assumeFalse(
                c.todo(),
                () -> c + " is marked .todo: the pipeline does not answer " + c.folder()
                        + " yet (corpus README, section Open)");
        byte[] document = c.bytes();
        SignedApplication read;
        try {
            read = READER.read(document, SignatureCorpus.VERIFICATION_INSTANT);
        } catch (ElicensingException e) {
            if (c.accepted()) {
                fail(c + " must be accepted, but was refused with " + e.code() + ": " + e.getMessage(), e);
            }
            assertEquals(c.expected(), e.code(), () -> c + " was refused with " + e.code() + ": " + e.getMessage());
            return;
        }
        ErrorCode expected = c.expected();
        if (expected != null && !SignatureCorpus.INTAKE_CODES.contains(expected)) {
            fail(c + " must be refused with " + expected + ", but the pipeline ACCEPTED it (signer "
                    + read.form().signer().iin() + ", applicant " + read.form().applicantId() + ")");
        }
        assertNotNull(read.form().signer().iin(), "the signer's IIN is read");
        assertTrue(read.validationReport().contains("CERTIFICATE_PATH"), read.validationReport());
        if (c.accepted()) {
            assertEquals(
                    read.form().applicantId(),
                    read.form().signer().bin(),
                    "an accepted case is signed for its applicant");
            boolean stamped = c.name().contains("timestamped");
            assertEquals(
                    stamped,
                    read.validationReport().contains("<signingTimeSource>TIMESTAMP</signingTimeSource>"),
                    () -> "the report names the signing time's source: " + read.validationReport());
        }
    }

    @Test
    void theCorpusStaysSmallAndEveryCaseIsDescribed() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(SignatureCorpus.root())) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
        assertTrue(bytes < 1024 * 1024, "the corpus takes " + bytes + " bytes; generate big cases from a .recipe");
        String readme = Files.readString(SignatureCorpus.root().resolve("README.md"), StandardCharsets.UTF_8);
        for (Case c : SignatureCorpus.cases()) {
            assertTrue(readme.contains("`" + c.name() + "`"), c + " is not described in README.md");
        }
        assertTrue(
                readme.contains(SignatureCorpus.VERIFICATION_INSTANT.toString()),
                "README names the verification instant");
    }

    @Test
    void theCorpusCoversEveryPipelineRefusal() {
        var folders = SignatureCorpus.cases().stream()
                .filter(c -> !c.todo())
                .map(Case::folder)
                .distinct()
                .toList();
        for (String code : new String[] {
            "ACCEPTED",
            "MALFORMED_XML",
            "SCHEMA_VIOLATION",
            "MESSAGE_TOO_LARGE",
            "SIGNATURE_MISSING",
            "SIGNATURE_INVALID",
            "SIGNATURE_WRAPPING",
            "CERTIFICATE_UNTRUSTED",
            "CERTIFICATE_EXPIRED",
            "CERTIFICATE_NOT_YET_VALID",
            "KEY_USAGE_NOT_ALLOWED",
            "SIGNER_MISMATCH",
            "INVALID_BIN",
            "TIMESTAMP_INVALID"
        }) {
            assertTrue(folders.contains(code), "no active case for " + code);
        }
    }
}
