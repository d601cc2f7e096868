package kz.elicensing.application.catalog;

import java.math.BigDecimal;

/** One operation of a catalog service as the administrator's overview shows it: offered or not, term and fee. */
public record OperationRow(String service, String operation, boolean enabled, int term, String unit, BigDecimal fee) {}
