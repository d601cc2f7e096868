package kz.elicensing.interfaces.rest.admin;

import java.math.BigDecimal;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** Form values of the admin API as typed values; a value that is not one is a typed refusal (SCHEMA_VIOLATION). */
final class AdminForms {
    private AdminForms() {}

    /** {@code true} or {@code false}, nothing else. */
    static boolean bool(String value) {
        String v = value == null ? "" : value.strip();
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw ElicensingException.withMessage(
                ErrorCode.SCHEMA_VIOLATION, "admin.catalog.choice", "true or false, not " + value, value);
    }

    /** A whole number of days. */
    static int term(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION, "admin.catalog.term", "a term is a whole number: " + value, 366);
        }
    }

    /** An amount in tenge, e.g. {@code 19660} or {@code 19660.00}. */
    static BigDecimal money(String value) {
        try {
            return new BigDecimal(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION, "admin.catalog.fee", "a fee is an amount in tenge: " + value);
        }
    }

    /** A value of {@code type} by its name (blank: {@code otherwise}). */
    static <E extends Enum<E>> E choice(Class<E> type, String value, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION,
                    "admin.catalog.choice",
                    "not a " + type.getSimpleName() + ": " + value,
                    value);
        }
    }
}
