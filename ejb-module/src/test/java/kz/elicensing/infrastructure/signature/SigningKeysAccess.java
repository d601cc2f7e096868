package kz.elicensing.infrastructure.signature;

import kz.elicensing.infrastructure.config.ElicensingConfig;

/** Builds the keys bean outside the container, for tests in other packages. */
public final class SigningKeysAccess {
    private SigningKeysAccess() {}

    /** The WS-Security service with these keys, the configured trust anchors and no revocation check. */
    public static SantuarioMessageSignatures messageSignatures(ElicensingConfig config) {
        SantuarioMessageSignatures signatures = new SantuarioMessageSignatures();
        signatures.keys = of(config);
        signatures.trustAnchors = new TrustAnchors();
        signatures.trustAnchors.config = config;
        signatures.revocation = RevocationChecker.NONE;
        return signatures;
    }

    public static SigningKeys of(ElicensingConfig config) {
        SigningKeys keys = new SigningKeys();
        keys.config = config;
        return keys;
    }
}
