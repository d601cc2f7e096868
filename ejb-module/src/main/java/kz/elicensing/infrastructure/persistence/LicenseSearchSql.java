package kz.elicensing.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;
import kz.elicensing.application.registry.LicenseFilter;
import kz.elicensing.domain.licence.LicenseNumber;

/**
 * The registry search as SQL: a filter becomes a WHERE clause of bound parameters (never text pasted into the SQL), an
 * exact match where the value is whole (a license number, a 12-digit IIN/BIN: the unique and holder indexes), a prefix
 * where it is the beginning of one, a case-insensitive substring for the holder's name (ru or kk). Newest first, with
 * LIMIT/OFFSET paging ({@code license_issued_idx}, {@code license_provider_issued_idx}).
 */
final class LicenseSearchSql {
    private static final String FROM = " FROM license l JOIN license_service s ON s.code = l.service_code"
            + " JOIN provider p ON p.code = l.provider_code";
    private static final String COLUMNS = "SELECT l.license_number, l.status, l.service_code, s.title_ru, s.title_kz,"
            + " l.holder_id, l.holder_name, l.provider_code, p.region_code, l.issued_at";

    private final String where;
    private final List<Object> parameters;

    private LicenseSearchSql(String where, List<Object> parameters) {
        this.where = where;
        this.parameters = List.copyOf(parameters);
    }

    static LicenseSearchSql of(LicenseFilter f) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.number() != null) {
            if (LicenseNumber.isValid(f.number())) {
                conditions.add("l.license_number = ?");
                params.add(f.number());
            } else {
                conditions.add("l.license_number LIKE ? ESCAPE '\\'");
                params.add(like(f.number()) + "%");
            }
        }
        if (f.holderId() != null) {
            if (f.holderId().matches("[0-9]{12}")) {
                conditions.add("l.holder_id = ?");
                params.add(f.holderId());
            } else {
                conditions.add("l.holder_id LIKE ? ESCAPE '\\'");
                params.add(like(f.holderId()) + "%");
            }
        }
        if (f.name() != null) {
            conditions.add("(LOWER(l.holder_name) LIKE LOWER(?) ESCAPE '\\'"
                    + " OR LOWER(l.holder_name_kz) LIKE LOWER(?) ESCAPE '\\')");
            String part = "%" + like(f.name()) + "%";
            params.add(part);
            params.add(part);
        }
        equal(conditions, params, "l.service_code", f.serviceCode());
        equal(conditions, params, "l.status", f.status());
        equal(conditions, params, "p.region_code", f.regionCode());
        equal(conditions, params, "l.provider_code", f.providerCode());
        return new LicenseSearchSql(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    /** How many match, up to the last parameter. */
    String countSql() {
        // the matches up to a limit (the last parameter), never every license: the unfiltered registry has a year's
        return "SELECT COUNT(*) FROM (SELECT 1" + FROM + where + " LIMIT ?) m";
    }

    /** One page, newest first; the last two parameters are the page's size and offset. */
    String pageSql() {
        return COLUMNS + FROM + where + " ORDER BY l.issued_at DESC, l.id DESC LIMIT ? OFFSET ?";
    }

    /** The filter's parameters in the order of their placeholders. */
    List<Object> parameters() {
        return parameters;
    }

    String where() {
        return where;
    }

    private static void equal(List<String> conditions, List<Object> params, String column, String value) {
        if (value != null) {
            conditions.add(column + " = ?");
            params.add(value);
        }
    }

    /** The value with LIKE's wildcards (and the escape itself) taken literally. */
    static String like(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
