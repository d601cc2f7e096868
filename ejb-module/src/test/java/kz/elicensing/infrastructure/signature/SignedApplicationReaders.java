package kz.elicensing.infrastructure.signature;

import java.nio.file.Path;
import kz.elicensing.infrastructure.config.ElicensingConfig;

/**
 * Builds the verification pipeline outside the container for tests in other packages (the reader's collaborators are
 * package-private fields). Each reader gets its own {@link TrustAnchors} (they are read once per instance) and its own
 * trust directory, without touching the {@code elicensing.trust.dir} system property other tests use.
 */
public final class SignedApplicationReaders {

    private SignedApplicationReaders() {}

    /** The message signatures (WS-Security) trusting the CA certificates in {@code trustDir}, checking no revocation. */
    public static kz.elicensing.shep.MessageSignatures messageSignatures(Path trustDir) {
        ElicensingConfig config = new ElicensingConfig() {
            @Override
            public Path trustDirectory() {
                return trustDir;
            }
        };
        SantuarioMessageSignatures signatures = new SantuarioMessageSignatures();
        signatures.trustAnchors = new TrustAnchors();
        signatures.trustAnchors.config = config;
        signatures.revocation = RevocationChecker.NONE;
        return signatures;
    }

    /** A reader that trusts the CA certificates in {@code trustDir} and checks no revocation. */
    public static SantuarioSignedApplicationReader trusting(Path trustDir) {
        ElicensingConfig config = new ElicensingConfig() {
            @Override
            public Path trustDirectory() {
                return trustDir;
            }
        };
        SignedDocumentVerifier verifier = new SignedDocumentVerifier();
        verifier.config = config;
        verifier.trustAnchors = new TrustAnchors();
        verifier.trustAnchors.config = config;
        verifier.revocation = RevocationChecker.NONE;
        SantuarioSignedApplicationReader reader = new SantuarioSignedApplicationReader();
        reader.verifier = verifier;
        return reader;
    }
}
