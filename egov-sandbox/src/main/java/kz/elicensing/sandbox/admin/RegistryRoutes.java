package kz.elicensing.sandbox.admin;

import java.time.LocalDate;
import java.util.Map;
import kz.elicensing.sandbox.admin.AdminServer.Reply;
import kz.elicensing.sandbox.registry.LegalEntityRegistry;
import kz.elicensing.sandbox.registry.LegalEntityRegistry.Organisation;

/**
 * Admin route {@code /admin/legal-entities}: registers a legal entity at GBD UL or changes one (another leader, a
 * status such as LIQUIDATED or SUSPENDED), so a tester can show E-licensing a head who is not the signer and an entity
 * that is not active. GET {@code ?bin=} prints one entity.
 */
public final class RegistryRoutes {
    private RegistryRoutes() {}

    /** Adds the route to {@code admin}. */
    public static void install(AdminServer admin, LegalEntityRegistry legalEntities) {
        admin.route("/admin/legal-entities", (method, params, ex) -> handle(method, params, legalEntities));
    }

    private static Reply handle(String method, Map<String, String> params, LegalEntityRegistry registry) {
        String bin = params.get("bin");
        if (bin == null || bin.isBlank()) {
            return Reply.badRequest("bin is required");
        }
        if ("GET".equals(method)) {
            return registry.find(bin.strip())
                    .map(o -> Reply.ok(describe(o)))
                    .orElseGet(() -> Reply.badRequest("no legal entity " + bin));
        }
        if (!"POST".equals(method)) {
            return Reply.methodNotAllowed();
        }
        Organisation base = registry.find(bin.strip())
                .orElse(new Organisation(
                        bin.strip(),
                        LegalEntityRegistry.ACTIVE,
                        LocalDate.of(2026, 1, 12),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        Organisation changed = new Organisation(
                base.bin(),
                value(params, "regStatus", base.regStatus()),
                base.registrationDate(),
                value(params, "nameRu", base.fullNameRu()),
                value(params, "nameKz", base.fullNameKz()),
                value(params, "leaderIin", base.leaderIin()),
                value(params, "leaderSurname", base.leaderSurname()),
                value(params, "leaderName", base.leaderName()),
                value(params, "leaderMiddleName", base.leaderMiddleName()),
                value(params, "address", base.address()));
        if (changed.fullNameRu() == null || changed.leaderIin() == null) {
            return Reply.badRequest("a new legal entity needs nameRu and leaderIin");
        }
        registry.put(changed);
        return Reply.ok(describe(changed));
    }

    private static String value(Map<String, String> params, String name, String otherwise) {
        String v = params.get(name);
        return v == null || v.isBlank() ? otherwise : v.strip();
    }

    private static String describe(Organisation o) {
        return "bin=" + o.bin() + " regStatus=" + o.regStatus() + " leaderIin=" + o.leaderIin() + " nameRu="
                + o.fullNameRu();
    }
}
