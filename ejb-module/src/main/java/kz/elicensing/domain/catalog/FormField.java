package kz.elicensing.domain.catalog;

import java.util.regex.Pattern;

/** A field of a service's request form (Application/fields/field@name), with its labels and the rule its value meets. */
public record FormField(String name, String labelRu, String labelKz, boolean required, String pattern) {

    /** True when {@code value} meets the field's pattern (a field without a pattern takes any value). */
    public boolean accepts(String value) {
        return value != null && (pattern == null || pattern.isBlank() || Pattern.matches(pattern, value));
    }
}
