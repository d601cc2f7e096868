package kz.elicensing.sandbox.ncalayer;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import kz.elicensing.sandbox.pki.AuthorizedPerson;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.ProviderKeys;

/**
 * What the person picks in NCALayer's key dialog, per sandbox: the key set by the admin API for the next request,
 * else the first demo person matching the request's signerParams (IIN, BIN, certificate serial), else DP_ALMATY's
 * authorized person; or "cancelled" once after the admin API asked for it.
 */
public final class KeyPicker {

    /** The key dialog's outcome: a person's key, or cancelled (identity null). */
    public record Choice(String alias, IssuedIdentity identity) {
        static final Choice CANCELLED = new Choice(null, null);

        public boolean cancelled() {
            return identity == null;
        }
    }

    /** The key of the request's signerParams filter; blank fields do not filter. */
    public record Filter(String iin, String bin, String serialNumber) {
        public static final Filter NONE = new Filter(null, null, null);

        boolean matches(AuthorizedPerson p, IssuedIdentity id) {
            return (blank(iin) || iin.trim().equals(p.iin()))
                    && (blank(bin) || bin.trim().equals(p.bin()))
                    && (blank(serialNumber)
                            || id.certificate()
                                    .getSerialNumber()
                                    .toString(16)
                                    .equalsIgnoreCase(serialNumber.trim().replaceFirst("^0+", "")));
        }
    }

    /** The person the dialog falls back to: DP_ALMATY's authorized person. */
    public static final String DEFAULT_ALIAS = "signer-dp_almaty";

    private final ProviderKeys keys;
    private String picked;
    private boolean cancelNext;

    public KeyPicker(ProviderKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * The person picks this key in the next dialog (one request); a person's key alias of the table or a seal alias.
     *
     * @throws IllegalArgumentException for an unknown alias
     */
    public synchronized void pick(String alias) {
        if (alias == null || identity(alias).isEmpty()) {
            throw new IllegalArgumentException("unknown key alias '" + alias + "'");
        }
        picked = alias.trim().toLowerCase(Locale.ROOT);
    }

    /** Forgets a pick and a pending cancel. */
    public synchronized void reset() {
        picked = null;
        cancelNext = false;
    }

    /** The person closes the next dialog (one request answers "cancelled by the user"). */
    public synchronized void cancelNext() {
        cancelNext = true;
    }

    /** The alias the next dialog will use if set by {@link #pick}, else empty. */
    public synchronized Optional<String> picked() {
        return Optional.ofNullable(picked);
    }

    /** True if the next dialog is cancelled. */
    public synchronized boolean cancelPending() {
        return cancelNext;
    }

    /** The next dialog's outcome; consumes a pending cancel, else a pick. */
    public synchronized Choice choose(Filter filter) {
        if (cancelNext) {
            cancelNext = false;
            return Choice.CANCELLED;
        }
        if (picked != null) {
            String alias = picked;
            picked = null;
            return new Choice(alias, identity(alias).orElseThrow());
        }
        Filter f = filter == null ? Filter.NONE : filter;
        for (AuthorizedPerson p : keys.table().persons()) {
            IssuedIdentity id = keys.person(p.keyAlias()).orElseThrow();
            if (f.matches(p, id)) {
                return new Choice(p.keyAlias(), id);
            }
        }
        return new Choice(DEFAULT_ALIAS, keys.person(DEFAULT_ALIAS).orElseThrow());
    }

    private Optional<IssuedIdentity> identity(String alias) {
        String a = alias.trim();
        return a.toLowerCase(Locale.ROOT).startsWith(ProviderKeys.SEAL_PREFIX) ? keys.seal(a) : keys.person(a);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
