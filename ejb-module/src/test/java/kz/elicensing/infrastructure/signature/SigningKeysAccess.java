package kz.elicensing.infrastructure.signature;

import kz.elicensing.infrastructure.config.ElicensingConfig;

/** Builds the keys bean outside the container, for tests in other packages. */
public final class SigningKeysAccess {
    private SigningKeysAccess() {
    }

    public static SigningKeys of(ElicensingConfig config) {
        SigningKeys keys = new SigningKeys();
        keys.config = config;
        return keys;
    }
}
