package kz.elicensing.sandbox.admin;

import com.sun.net.httpserver.HttpExchange;
import java.util.Map;
import java.util.Objects;
import kz.elicensing.sandbox.admin.AdminServer.Reply;
import kz.elicensing.sandbox.ncalayer.KeyPicker;
import kz.elicensing.sandbox.pki.AuthorizedPerson;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.ProviderKeys;

/**
 * Publishes the sandbox NCALayer's key dialog on the admin server: {@code /admin/ncalayer/key} (what the person
 * picks next), {@code /admin/ncalayer/cancel-next} (the person closes the next dialog), {@code /admin/ncalayer/keys}.
 */
public final class NcaLayerRoutes {

    public static final String KEY = "/admin/ncalayer/key";
    public static final String CANCEL_NEXT = "/admin/ncalayer/cancel-next";
    public static final String KEYS = "/admin/ncalayer/keys";

    private final KeyPicker picker;
    private final ProviderKeys keys;

    private NcaLayerRoutes(KeyPicker picker, ProviderKeys keys) {
        this.picker = Objects.requireNonNull(picker, "picker");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Adds the three routes. */
    public static void install(AdminServer admin, KeyPicker picker, ProviderKeys keys) {
        NcaLayerRoutes r = new NcaLayerRoutes(picker, keys);
        admin.route(KEY, r::key);
        admin.route(CANCEL_NEXT, r::cancelNext);
        admin.route(KEYS, r::keys);
    }

    /**
     * POST alias: the next request signs with that key ({@code NEXT KEY <alias> <subject>}; 400 for an unknown alias).
     * GET: {@code NEXT KEY <alias>}, or {@code NEXT KEY (by signerParams)}, and {@code CANCEL NEXT} if pending.
     * DELETE: forgets the pick and a pending cancel.
     */
    private Reply key(String method, Map<String, String> params, HttpExchange ex) {
        switch (method) {
            case "POST" -> {
                String alias = params.get("alias");
                try {
                    picker.pick(alias);
                } catch (IllegalArgumentException e) {
                    return Reply.badRequest(e.getMessage() + "; GET " + KEYS + " lists them");
                }
                return Reply.ok("NEXT KEY " + picker.picked().orElseThrow() + " " + subject(alias));
            }
            case "GET" -> {
                return Reply.ok("NEXT KEY " + picker.picked().orElse("(by signerParams)")
                        + (picker.cancelPending() ? "\nCANCEL NEXT" : ""));
            }
            case "DELETE" -> {
                picker.reset();
                return Reply.ok("NEXT KEY (by signerParams)");
            }
            default -> {
                return Reply.methodNotAllowed();
            }
        }
    }

    /** POST: the next request answers "cancelled by the user". */
    private Reply cancelNext(String method, Map<String, String> params, HttpExchange ex) {
        if (!"POST".equals(method)) {
            return Reply.methodNotAllowed();
        }
        picker.cancelNext();
        return Reply.ok("CANCEL NEXT");
    }

    /** GET: one line per key: alias, provider code, kind, subject (persons), then the seals. */
    private Reply keys(String method, Map<String, String> params, HttpExchange ex) {
        if (!"GET".equals(method)) {
            return Reply.methodNotAllowed();
        }
        StringBuilder sb = new StringBuilder();
        for (AuthorizedPerson p : keys.table().persons()) {
            sb.append(p.keyAlias())
                    .append('\t')
                    .append(p.providerCode())
                    .append('\t')
                    .append(p.kind())
                    .append('\t')
                    .append(subject(p.keyAlias()))
                    .append('\n');
        }
        for (String seal : keys.sealAliases()) {
            sb.append(seal).append("\t\tSEAL\t").append(subject(seal)).append('\n');
        }
        return Reply.ok(sb.toString().trim());
    }

    private String subject(String alias) {
        return (alias.toLowerCase(java.util.Locale.ROOT).startsWith(ProviderKeys.SEAL_PREFIX)
                        ? keys.seal(alias)
                        : keys.person(alias))
                .map(IssuedIdentity::subjectDn)
                .orElse("");
    }
}
