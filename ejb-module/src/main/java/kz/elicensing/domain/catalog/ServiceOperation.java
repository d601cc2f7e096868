package kz.elicensing.domain.catalog;

import java.math.BigDecimal;
import java.util.Objects;
import kz.elicensing.domain.workflow.Term;

/** One operation (issue, re-issue, duplicate) of a catalog service: whether it is offered, its term and its fee. */
public record ServiceOperation(String serviceCode, Operation operation, boolean enabled, Term term, BigDecimal fee) {

    public ServiceOperation {
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(fee, "fee");
    }
}
