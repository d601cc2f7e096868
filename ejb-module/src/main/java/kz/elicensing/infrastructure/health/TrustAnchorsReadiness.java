package kz.elicensing.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.elicensing.application.ops.CheckResult;
import kz.elicensing.application.ops.ReadinessCheck;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.signature.TrustAnchors;

/** Ready when the trust directory holds at least one CA certificate that is valid now: otherwise no signature can pass. */
@ApplicationScoped
public class TrustAnchorsReadiness implements ReadinessCheck {
    static final String NAME = "elicensing-trust-anchors";

    @Inject
    TrustAnchors anchors;

    @Inject
    ElicensingConfig config;

    @Inject
    Clock clock;

    @Override
    public CheckResult check() {
        try {
            return check(
                    anchors.certificates(),
                    Date.from(clock.instant()),
                    config.trustDirectory().toString());
        } catch (RuntimeException e) {
            return CheckResult.failed(NAME, e);
        }
    }

    static CheckResult check(List<X509Certificate> certificates, Date now, String directory) {
        long valid = certificates.stream()
                .filter(c -> !now.before(c.getNotBefore()) && !now.after(c.getNotAfter()))
                .count();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("anchors", certificates.size());
        data.put("valid", valid);
        return valid > 0
                ? CheckResult.up(NAME, data)
                : CheckResult.down(NAME, data, "no trust anchor valid now in " + directory);
    }
}
