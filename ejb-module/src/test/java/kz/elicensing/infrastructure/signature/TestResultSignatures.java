package kz.elicensing.infrastructure.signature;

import java.nio.file.Path;
import kz.elicensing.application.decision.ResultSignatures;
import kz.elicensing.domain.catalog.AuthorizedPersons;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.sandbox.pki.IssuedIdentity;

/**
 * The real result signature check for tests of other packages: a test CA's trust directory, no revocation, the given
 * authorized persons; and signing as NCALayer does.
 */
public final class TestResultSignatures {

    private TestResultSignatures() {}

    /** {@link ResultSignatureCheck} trusting {@code trustDirectory}, with every certificate unrevoked. */
    public static ResultSignatures check(Path trustDirectory, AuthorizedPersons persons) {
        ElicensingConfig config = new ElicensingConfig() {
            @Override
            public Path trustDirectory() {
                return trustDirectory;
            }
        };
        ResultSignatureCheck check = new ResultSignatureCheck();
        check.verifier = new SignedDocumentVerifier();
        check.verifier.config = config;
        check.verifier.trustAnchors = new TrustAnchors();
        check.verifier.trustAnchors.config = config;
        check.verifier.revocation = (certificate, issuer, at) -> new RevocationStatus("TEST", at, false);
        check.persons = persons;
        return check;
    }

    /** {@code xml} signed by {@code signer} as NCALayer signs: enveloped over the whole document (URI=""). */
    public static byte[] sign(String xml, IssuedIdentity signer) {
        return ResultSignatureCheckTest.sign(xml, signer, "");
    }
}
