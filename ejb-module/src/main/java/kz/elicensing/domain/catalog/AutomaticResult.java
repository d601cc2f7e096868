package kz.elicensing.domain.catalog;

import java.util.List;

/**
 * A result a service may give without an officer (catalog table automatic_result, issue 15 item 3): its kind and the
 * typed reason it is given on (an error code of a check, or the refusal ground a registry status names), named in ru
 * and kk. A check whose reason the service's catalog does not list gives no automatic result: an officer decides.
 */
public record AutomaticResult(AutomaticResultKind kind, String reason, String nameRu, String nameKz) {

    /** Whether {@code results} (a service's automatic results) name this kind on this reason. */
    public static boolean named(List<AutomaticResult> results, AutomaticResultKind kind, String reason) {
        return results.stream().anyMatch(r -> r.kind() == kind && r.reason().equals(reason));
    }
}
