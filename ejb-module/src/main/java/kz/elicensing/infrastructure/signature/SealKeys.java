package kz.elicensing.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kz.elicensing.infrastructure.config.ElicensingConfig;

/**
 * The providers' system seals (a legal entity's seal certificate, OU=BIN, no person), loaded once from
 * {@code <elicensing.seal-dir>/seal-<provider code lowercased>.p12}: they sign the provider's automatic results only.
 */
@ApplicationScoped
public class SealKeys {
    private final ConcurrentMap<Path, SigningCredential> cache = new ConcurrentHashMap<>();

    @Inject
    ElicensingConfig config;

    /** The provider's seal, or empty when it has none (no file, or no seal password configured). */
    public Optional<SigningCredential> seal(String providerCode) {
        Optional<char[]> password = config.sealPassword();
        Path file = config.sealDirectory()
                .resolve("seal-" + providerCode.toLowerCase(Locale.ROOT) + ".p12")
                .normalize();
        if (password.isEmpty() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(cache.computeIfAbsent(file, f -> SigningKeys.read(f, password.get())));
    }
}
