package kz.elicensing.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kz.elicensing.infrastructure.config.ElicensingConfig;

/** Loads (once) the provider's signing key and E-licensing's system key from their configured PKCS#12 keystores. */
@ApplicationScoped
public class SigningKeys {
    private final ConcurrentMap<Path, SigningCredential> cache = new ConcurrentHashMap<>();

    @Inject
    ElicensingConfig config;

    /** The key of the provider's authorized person (signs licenses and refusals). */
    public SigningCredential provider() {
        return load(config.signingKeystore(), config.signingKeystorePassword());
    }

    /** E-licensing's own key (signs requests to other state systems). */
    public SigningCredential system() {
        return load(config.systemKeystore(), config.systemKeystorePassword());
    }

    private SigningCredential load(Path file, char[] password) {
        return cache.computeIfAbsent(file, f -> read(f, password));
    }

    static SigningCredential read(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    return new SigningCredential(
                            (PrivateKey) ks.getKey(alias, password), (X509Certificate) ks.getCertificate(alias));
                }
            }
            throw new IllegalStateException("no private key in " + file);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load keystore " + file + ": " + e.getMessage(), e);
        }
    }
}
