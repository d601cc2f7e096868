package kz.elicensing.application.decision;

import java.util.List;
import java.util.Optional;
import kz.elicensing.domain.workflow.Procedure;

/** A service's own procedure of steps (service 8) as the decision page shows it: each step's names, unit and refusability. */
public record ProcedureView(List<Step> steps) {

    public ProcedureView {
        steps = List.copyOf(steps);
    }

    /** One step: code, name and responsible unit in ru and kk, and whether an officer may refuse there. */
    public record Step(String code, String nameRu, String nameKz, String unitRu, String unitKz, boolean refusable) {}

    /** The step by code, if the procedure has it. */
    public Optional<Step> find(String code) {
        return steps.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** True for the step that issues the result. */
    public boolean isLast(String code) {
        return !steps.isEmpty() && steps.get(steps.size() - 1).code().equals(code);
    }

    static ProcedureView of(Procedure p) {
        return new ProcedureView(p.steps().stream()
                .map(s -> new Step(s.code(), s.nameRu(), s.nameKz(), s.unitRu(), s.unitKz(), s.refusable()))
                .toList());
    }
}
