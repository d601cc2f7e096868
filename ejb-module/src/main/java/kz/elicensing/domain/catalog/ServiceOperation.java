package kz.elicensing.domain.catalog;

import java.math.BigDecimal;
import java.util.Objects;
import kz.elicensing.domain.workflow.Term;

/**
 * One operation (issue, re-issue, duplicate) of a catalog service: whether it is offered, its term, its fee and the
 * budget code the fee is paid to (null: the catalog sets none).
 */
public record ServiceOperation(
        String serviceCode, Operation operation, boolean enabled, Term term, BigDecimal fee, String budgetCode) {

    /** An operation whose budget code the catalog does not set. */
    public ServiceOperation(String serviceCode, Operation operation, boolean enabled, Term term, BigDecimal fee) {
        this(serviceCode, operation, enabled, term, fee, null);
    }

    public ServiceOperation {
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(fee, "fee");
    }
}
