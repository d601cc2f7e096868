package kz.elicensing.infrastructure.signature;

import kz.elicensing.infrastructure.config.ElicensingConfig;

/** Wires the real verification pipeline by hand (no CDI) for tests and the benchmark. */
public final class OnlineRevocationCheckerAccess {
    private OnlineRevocationCheckerAccess() {}

    /** The application reader with the online OCSP/CRL checker, trust anchors from {@code elicensing.trust.dir}. */
    public static SantuarioSignedApplicationReader reader(ElicensingConfig config) {
        SantuarioSignedApplicationReader reader = new SantuarioSignedApplicationReader();
        reader.verifier = verifier(config);
        return reader;
    }

    /** The message signatures (WS-Security) with the online OCSP/CRL checker. */
    public static kz.elicensing.shep.MessageSignatures messageSignatures(ElicensingConfig config) {
        TrustAnchors anchors = new TrustAnchors();
        anchors.config = config;
        OnlineRevocationChecker revocation = new OnlineRevocationChecker();
        revocation.config = config;
        revocation.trustAnchors = anchors;
        SantuarioMessageSignatures signatures = new SantuarioMessageSignatures();
        signatures.trustAnchors = anchors;
        signatures.revocation = revocation;
        return signatures;
    }

    /** The generic pipeline (steps 1 to 8) with the online OCSP/CRL checker, trust anchors from {@code elicensing.trust.dir}. */
    public static SignedDocumentVerifier verifier(ElicensingConfig config) {
        TrustAnchors anchors = new TrustAnchors();
        anchors.config = config;
        OnlineRevocationChecker revocation = new OnlineRevocationChecker();
        revocation.config = config;
        revocation.trustAnchors = anchors;
        SignedDocumentVerifier verifier = new SignedDocumentVerifier();
        verifier.config = config;
        verifier.trustAnchors = anchors;
        verifier.revocation = revocation;
        return verifier;
    }

    /**
     * Makes the next verification cold: forgets the validated paths and decoded certificates, and gives the verifier
     * a new revocation checker (no cached OCSP answer or CRL).
     */
    public static void forgetCaches(SignedDocumentVerifier verifier, ElicensingConfig config) {
        CertificateValidator.forgetCaches();
        OnlineRevocationChecker revocation = new OnlineRevocationChecker();
        revocation.config = config;
        revocation.trustAnchors = verifier.trustAnchors;
        verifier.revocation = revocation;
    }
}
