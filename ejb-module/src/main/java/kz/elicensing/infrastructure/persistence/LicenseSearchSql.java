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
    private final String nameCondition;
    private final String otherWhere;
    private final List<Object> fewMatchesParameters;

    private LicenseSearchSql(
            String where,
            List<Object> parameters,
            String nameCondition,
            String otherWhere,
            List<Object> fewMatchesParameters) {
        this.where = where;
        this.parameters = List.copyOf(parameters);
        this.nameCondition = nameCondition;
        this.otherWhere = otherWhere;
        this.fewMatchesParameters = List.copyOf(fewMatchesParameters);
    }

    static LicenseSearchSql of(LicenseFilter f) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        String nameCondition = null;
        int nameAt = -1;
        int nameParameterAt = -1;
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
            nameCondition = "(LOWER(l.holder_name) LIKE LOWER(?) ESCAPE '\\'"
                    + " OR LOWER(l.holder_name_kz) LIKE LOWER(?) ESCAPE '\\')";
            nameAt = conditions.size();
            nameParameterAt = params.size();
            conditions.add(nameCondition);
            String part = "%" + like(f.name()) + "%";
            params.add(part);
            params.add(part);
        }
        equal(conditions, params, "l.service_code", f.serviceCode());
        equal(conditions, params, "l.status", f.status());
        equal(conditions, params, "p.region_code", f.regionCode());
        equal(conditions, params, "l.provider_code", f.providerCode());
        // the filter without the name, and the name's parameters first: the few-matches page's subquery takes the name
        List<String> others = new ArrayList<>(conditions);
        List<Object> fewMatchesParams = new ArrayList<>(params);
        if (nameAt >= 0) {
            others.remove(nameAt);
            fewMatchesParams.add(0, fewMatchesParams.remove(nameParameterAt + 1));
            fewMatchesParams.add(0, fewMatchesParams.remove(nameParameterAt + 1));
        }
        return new LicenseSearchSql(where(conditions), params, nameCondition, where(others), fewMatchesParams);
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
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

    /**
     * One page of a holder-name search with few matches, newest first: the matches read first through the name's
     * trigram indexes (a subquery with {@code OFFSET 0}, which the planner keeps apart) and only they sorted. Without it
     * the planner may walk every license newest first and test each name (its estimate of a substring's matches is a
     * guess): tens of thousands of rows for a rare name. Parameters: {@link #fewMatchesParameters}, size, offset.
     */
    String fewMatchesPageSql() {
        if (nameCondition == null) {
            throw new IllegalStateException("not a holder-name search");
        }
        return COLUMNS + " FROM (SELECT * FROM license l WHERE " + nameCondition + " OFFSET 0) l"
                + FROM.substring(FROM.indexOf(" JOIN")) + otherWhere
                + " ORDER BY l.issued_at DESC, l.id DESC LIMIT ? OFFSET ?";
    }

    /** Whether the filter has a holder-name substring. */
    boolean byName() {
        return nameCondition != null;
    }

    /** The filter's parameters in the order of their placeholders. */
    List<Object> parameters() {
        return parameters;
    }

    /** {@link #fewMatchesPageSql}'s parameters before the size and offset: the name's, then the rest of the filter's. */
    List<Object> fewMatchesParameters() {
        return fewMatchesParameters;
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
