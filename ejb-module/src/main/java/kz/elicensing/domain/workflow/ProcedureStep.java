package kz.elicensing.domain.workflow;

import java.util.Objects;

/** One step of a service's own procedure (service 8): its code, names and responsible unit in ru/kk, its term. */
public record ProcedureStep(
        int ord,
        String code,
        String nameRu,
        String nameKz,
        String unitRu,
        String unitKz,
        Term term,
        boolean refusable) {

    public ProcedureStep {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(term, "term");
    }
}
