package kz.elicensing.domain.workflow;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/**
 * A service's procedure as a sequence of steps (Reg. 003 §5): the first step is the registration E-licensing does on
 * arrival; each later step's deadline runs from the day the step before ended, in its own working or calendar days.
 */
public final class Procedure {
    private final List<ProcedureStep> steps;

    public Procedure(List<ProcedureStep> steps) {
        if (steps.size() < 2) {
            throw new IllegalArgumentException("a procedure has a registration step and at least one more");
        }
        this.steps = steps.stream()
                .sorted(Comparator.comparingInt(ProcedureStep::ord))
                .toList();
    }

    public List<ProcedureStep> steps() {
        return steps;
    }

    /** The registration step (step 1). */
    public ProcedureStep registration() {
        return steps.get(0);
    }

    /** The step officers start with: the one after registration. */
    public ProcedureStep firstOfficerStep() {
        return steps.get(1);
    }

    /** The step that issues the result. */
    public ProcedureStep last() {
        return steps.get(steps.size() - 1);
    }

    public boolean isLast(String code) {
        return last().code().equals(code);
    }

    public ProcedureStep step(String code) {
        return steps.stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no step " + code + " in the procedure"));
    }

    /** The step after {@code code}; refused when {@code code} is the last (the result is issued there, not advanced). */
    public ProcedureStep next(String code) {
        int i = steps.indexOf(step(code));
        if (i == steps.size() - 1) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED, "step " + code + " is the last: issue the result");
        }
        return steps.get(i + 1);
    }

    /** The deadline of {@code step} when the step before it ended on {@code previousEnded}. */
    public LocalDate deadline(ProcedureStep step, LocalDate previousEnded, DeadlinePolicy policy) {
        return policy.lastDay(previousEnded, step.term());
    }

    /** The deadline of the first officer step, counted from the registration day through the registration step's term. */
    public LocalDate firstDeadline(LocalDate registrationDay, DeadlinePolicy policy) {
        return policy.lastDay(
                registrationDay,
                List.of(registration().term(), firstOfficerStep().term()));
    }

    /** The latest the whole procedure may end when every step takes its full term from registration. */
    public LocalDate outerDeadline(LocalDate registrationDay, DeadlinePolicy policy) {
        return policy.lastDay(
                registrationDay, steps.stream().map(ProcedureStep::term).toList());
    }

    /** The step by code, if the procedure has it. */
    public Optional<ProcedureStep> find(String code) {
        return steps.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
