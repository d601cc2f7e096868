package kz.elicensing.application.sender;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.application.LicenseApplication;

/**
 * What one sending system may see and change: the applications it submitted, those of the providers it is bound to;
 * license changes of those providers' licenses, or of any license for an {@link SenderKind#AUTHORITY}; walk-ins only
 * when bound to exactly one provider.
 */
public record SenderScope(String senderId, SenderKind kind, Set<String> providers) {

    public SenderScope {
        Objects.requireNonNull(senderId, "senderId");
        kind = kind == null ? SenderKind.SYSTEM : kind;
        providers = providers == null ? Set.of() : Set.copyOf(providers);
    }

    /** An unbound integration that sees only what it submitted (an unknown sender too). */
    public static SenderScope unbound(String senderId) {
        return new SenderScope(senderId, SenderKind.SYSTEM, Set.of());
    }

    /** True when the sender submitted the application (channel 1) or is bound to its provider. */
    public boolean maySee(LicenseApplication application) {
        boolean submitted = application.channel() == Channel.PORTAL && senderId.equals(application.senderId());
        return submitted || providers.contains(application.providerCode());
    }

    /** True when the sender may change a license this provider issued: bound to the licensor, or an authority. */
    public boolean mayChangeLicenseOf(String licensorCode) {
        return kind == SenderKind.AUTHORITY || providers.contains(licensorCode);
    }

    /** The one provider whose officers this sender's walk-in messages act for; empty when bound to none or several. */
    public Optional<String> walkInProvider() {
        return providers.size() == 1 ? Optional.of(providers.iterator().next()) : Optional.empty();
    }
}
