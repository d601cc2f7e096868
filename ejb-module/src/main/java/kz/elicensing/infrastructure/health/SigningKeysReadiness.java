package kz.elicensing.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.elicensing.application.ops.CheckResult;
import kz.elicensing.application.ops.ReadinessCheck;
import kz.elicensing.infrastructure.signature.SigningKeys;

/**
 * Ready when both keys load (the provider's, which signs licenses and refusals, and E-licensing's own, which signs
 * registry requests) and their certificates are valid now; reports when each certificate expires.
 */
@ApplicationScoped
public class SigningKeysReadiness implements ReadinessCheck {
    static final String NAME = "elicensing-signing-keys";

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    @Override
    public CheckResult check() {
        try {
            return check(keys.provider().certificate(), keys.system().certificate(), clock.instant());
        } catch (RuntimeException e) {
            return CheckResult.failed(NAME, e);
        }
    }

    static CheckResult check(X509Certificate provider, X509Certificate system, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("providerNotAfter", provider.getNotAfter().toInstant().toString());
        data.put("systemNotAfter", system.getNotAfter().toInstant().toString());
        boolean ready = validAt(provider, now) && validAt(system, now);
        return ready
                ? CheckResult.up(NAME, data)
                : CheckResult.down(NAME, data, "a signing certificate is not valid now: " + data);
    }

    private static boolean validAt(X509Certificate certificate, Instant now) {
        return !now.isBefore(certificate.getNotBefore().toInstant())
                && !now.isAfter(certificate.getNotAfter().toInstant());
    }
}
