package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.elicensing.application.deadline.SlaStore;
import kz.elicensing.application.registry.LicenseFilter;
import kz.elicensing.application.registry.LicenseRow;
import kz.elicensing.domain.licence.LicenseNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry search and the SLA summary are SQL: a filter becomes bound parameters (exact where a value is whole,
 * prefix or substring otherwise, wildcards taken literally), and both run on the migrated schema (H2, PostgreSQL mode)
 * with the database doing the filtering, counting and paging.
 */
class RegistrySearchAndSlaSqlTest {
    private static final LicenseNumber ONE = LicenseNumber.of("LAA", 1);
    private static final LicenseNumber TWO = LicenseNumber.of("LAA", 2);
    private static final LicenseNumber THREE = LicenseNumber.of("LAA", 3);
    private static MigratedDatabase db;
    private static long ids = 100;

    @BeforeAll
    static void registry() throws SQLException {
        db = MigratedDatabase.create();
        // two licenses of one holder in Almaty (DP_ALMATY), one private bailiff's (MOJ_ENFORCEMENT, republic-wide)
        license(ONE, "SECURITY_ACTIVITY", "DP_ALMATY", "150140000012", "ТОО «Қорғау-Сервис»", "ISSUED", "2026-01-10");
        license(
                TWO,
                "SECURITY_ACTIVITY",
                "DP_ALMATY",
                "150140000012",
                "ТОО «Қорғау-Сервис»",
                "SUSPENDED",
                "2026-03-10");
        license(
                THREE,
                "PRIVATE_BAILIFF",
                "MOJ_ENFORCEMENT",
                "900515300018",
                "Сәрсенбаев Нұрлан",
                "ISSUED",
                "2026-02-10");
        // SLA of DP_ALMATY: one decided on time, one late, one open past its deadline, one open in time
        application("DP_ALMATY", "SECURITY_ACTIVITY", "ISSUED", "2026-11-02", "2026-11-23", "2026-11-20");
        application("DP_ALMATY", "SECURITY_ACTIVITY", "REFUSED", "2026-11-02", "2026-11-23", "2026-11-25");
        application("DP_ALMATY", "SECURITY_ACTIVITY", "IN_REVIEW", "2026-11-10", "2026-12-01", null);
        application("DP_ALMATY", "SECURITY_ACTIVITY", "IN_REVIEW", "2026-11-20", "2026-12-11", null);
        // rows written by SQL, not by the mapping that keeps the rollup: the migration's backfill counts them
        try (Connection c = db.connect()) {
            SlaRollupBackfill.run(c);
        }
    }

    @Test
    void aWholeNumberOrIinBinIsAnExactMatchAndTheRestBoundParameters() {
        LicenseSearchSql sql = LicenseSearchSql.of(new LicenseFilter(
                " " + ONE.value().toLowerCase() + " ",
                "150140000012",
                null,
                "SECURITY_ACTIVITY",
                "issued",
                "ALMATY",
                null));
        assertEquals(
                " WHERE l.license_number = ? AND l.holder_id = ? AND l.service_code = ? AND l.status = ?"
                        + " AND p.region_code = ?",
                sql.where());
        assertEquals(List.of(ONE.value(), "150140000012", "SECURITY_ACTIVITY", "ISSUED", "ALMATY"), sql.parameters());
        assertTrue(sql.pageSql().endsWith(" ORDER BY l.issued_at DESC, l.id DESC LIMIT ? OFFSET ?"), sql.pageSql());
    }

    @Test
    void partsArePrefixesOrSubstringsWithTheirWildcardsTakenLiterally() {
        LicenseSearchSql sql = LicenseSearchSql.of(new LicenseFilter("kz1", "1501", "50%_off", null, null, null, null));
        assertEquals(
                " WHERE l.license_number LIKE ? ESCAPE '\\' AND l.holder_id LIKE ? ESCAPE '\\'"
                        + " AND (LOWER(l.holder_name) LIKE LOWER(?) ESCAPE '\\'"
                        + " OR LOWER(l.holder_name_kz) LIKE LOWER(?) ESCAPE '\\')",
                sql.where());
        assertEquals(List.of("KZ1%", "1501%", "%50\\%\\_off%", "%50\\%\\_off%"), sql.parameters());
        assertFalse(sql.where().contains("50"), "no value in the SQL text");
        assertEquals("", LicenseSearchSql.of(LicenseFilter.any()).where());
        assertTrue(sql.byName());
        assertTrue(
                sql.fewMatchesPageSql()
                        .contains(
                                " FROM (SELECT * FROM license l WHERE (LOWER(l.holder_name) LIKE LOWER(?) ESCAPE '\\'"
                                        + " OR LOWER(l.holder_name_kz) LIKE LOWER(?) ESCAPE '\\') OFFSET 0) l JOIN license_service s"),
                sql.fewMatchesPageSql());
        assertTrue(
                sql.fewMatchesPageSql()
                        .endsWith(" WHERE l.license_number LIKE ? ESCAPE '\\' AND l.holder_id LIKE ? ESCAPE '\\'"
                                + " ORDER BY l.issued_at DESC, l.id DESC LIMIT ? OFFSET ?"),
                "the name only in the subquery: " + sql.fewMatchesPageSql());
        assertEquals(
                List.of("%50\\%\\_off%", "%50\\%\\_off%", "KZ1%", "1501%"),
                sql.fewMatchesParameters(),
                "the name's parameters for the subquery, then the rest of the filter's");
        assertFalse(LicenseSearchSql.of(LicenseFilter.any()).byName());
    }

    @Test
    void aNameSearchWithFewMatchesReadsThemFirstThenSortsAndPages() throws SQLException {
        try (Connection c = db.connect()) {
            LicenseFilter korgau = new LicenseFilter(null, null, "ҚОРҒАУ", null, null, null, null);
            assertEquals(
                    List.of(TWO.value(), ONE.value()),
                    JdbcLicenseSearch.page(c, korgau, 0, 10).stream()
                            .map(LicenseRow::number)
                            .toList(),
                    "newest first");
            assertEquals(
                    List.of(ONE.value()),
                    JdbcLicenseSearch.page(c, korgau, 1, 1).stream()
                            .map(LicenseRow::number)
                            .toList(),
                    "page 2 of 1");
            assertEquals(
                    List.of(ONE.value()),
                    JdbcLicenseSearch.page(
                                    c,
                                    new LicenseFilter(null, null, "қорғау", null, "issued", "ALMATY", null)
                                            .ofProvider("DP_ALMATY"),
                                    0,
                                    10)
                            .stream()
                            .map(LicenseRow::number)
                            .toList(),
                    "with the other filters");
        }
    }

    @Test
    void theDatabaseFiltersCountsAndPagesNewestFirst() throws SQLException {
        try (Connection c = db.connect()) {
            List<LicenseRow> byBin = JdbcLicenseSearch.page(
                    c, new LicenseFilter(null, "150140000012", null, null, null, null, null), 0, 10);
            assertEquals(
                    List.of(TWO.value(), ONE.value()),
                    byBin.stream().map(LicenseRow::number).toList());
            assertEquals("license.status.SUSPENDED", byBin.get(0).statusKey());
            assertEquals("ALMATY", byBin.get(0).regionCode());
            assertEquals(
                    List.of(THREE.value()),
                    JdbcLicenseSearch.page(c, new LicenseFilter(null, null, "сәрсен", null, null, null, null), 0, 10)
                            .stream()
                            .map(LicenseRow::number)
                            .toList(),
                    "part of the name, any case");
            assertEquals(
                    1,
                    JdbcLicenseSearch.count(
                            c,
                            new LicenseFilter(null, null, null, null, "suspended", "ALMATY", null)
                                    .ofProvider("DP_ALMATY"),
                            100));
            assertEquals(3, JdbcLicenseSearch.count(c, LicenseFilter.any(), 100));
            assertEquals(2, JdbcLicenseSearch.count(c, LicenseFilter.any(), 1), "counted up to the cap and one more");
            List<LicenseRow> second = JdbcLicenseSearch.page(c, LicenseFilter.any(), 1, 1);
            assertEquals(
                    List.of(THREE.value()),
                    second.stream().map(LicenseRow::number).toList(),
                    "page 2 of 1");
            assertEquals(
                    0, JdbcLicenseSearch.count(c, new LicenseFilter(null, null, "%", null, null, null, null), 100));
        }
    }

    @Test
    void theSlaIsCountedInTheDatabaseOnTheDayItIsAskedAbout() throws SQLException {
        try (Connection c = db.connect()) {
            List<SlaStore.ServiceCounts> counts = JdbcSlaStore.counts(c, "DP_ALMATY", LocalDate.of(2026, 12, 5));
            assertEquals(List.of(new SlaStore.ServiceCounts("SECURITY_ACTIVITY", 2, 1, 2, 1)), counts);
            assertEquals(
                    2,
                    JdbcSlaStore.counts(c, "DP_ALMATY", LocalDate.of(2026, 12, 12))
                            .get(0)
                            .openOverdue(),
                    "a week later both open ones are overdue");
            List<SlaStore.SpanDay> spans = JdbcSlaStore.spanDays(c, "DP_ALMATY");
            assertEquals(
                    Set.of(
                            new SlaStore.SpanDay("SECURITY_ACTIVITY", LocalDate.of(2026, 11, 2), 0, 2),
                            new SlaStore.SpanDay("SECURITY_ACTIVITY", LocalDate.of(2026, 11, 20), 1, 0),
                            new SlaStore.SpanDay("SECURITY_ACTIVITY", LocalDate.of(2026, 11, 25), 1, 0)),
                    Set.copyOf(spans),
                    "two spans start on the 2nd, one ends on the 20th and one on the 25th");
            assertEquals(
                    List.of(new SlaStore.ServiceCounts("PRIVATE_BAILIFF", 0, 0, 0, 0)),
                    JdbcSlaStore.counts(c, "MOJ_ENFORCEMENT", LocalDate.of(2026, 12, 5)),
                    "another provider's, issued with no decision day: neither decided nor open");
        }
    }

    private static void license(
            LicenseNumber number,
            String service,
            String provider,
            String holder,
            String name,
            String status,
            String issued)
            throws SQLException {
        // its application: ISSUED without a decision day, so that it stays out of the SLA counts below
        String app = application(provider, service, "ISSUED", issued, issued, null);
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("INSERT INTO license (id, license_number, app_number,"
                        + " service_code, provider_code, holder_id, holder_name, status, issued_at, signed_document,"
                        + " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE), X'00',"
                        + " CAST(? AS TIMESTAMP WITH TIME ZONE))")) {
            ps.setLong(1, ++ids);
            ps.setString(2, number.value());
            ps.setString(3, app);
            ps.setString(4, service);
            ps.setString(5, provider);
            ps.setString(6, holder);
            ps.setString(7, name);
            ps.setString(8, status);
            ps.setString(9, issued + " 10:00:00+05");
            ps.setString(10, issued + " 10:00:00+05");
            ps.executeUpdate();
        }
    }

    /** An application row of the provider; returns its number. */
    private static String application(
            String provider, String service, String status, String registered, String deadline, String decided)
            throws SQLException {
        String number = "EL-2026-" + String.format("%08d", ++ids);
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("INSERT INTO application (id,"
                        + " version, app_number, request_id, service_code, provider_code, operation, lang, applicant_kind,"
                        + " applicant_id, signer_iin, payment_reference, payment_amount, sender_id, message_id, status,"
                        + " received_at, registered_on, deadline, applicant_confirmed, payment_confirmed, signed_document,"
                        + " decided_on) VALUES (?, 0, ?, ?, ?, ?, 'ISSUE', 'ru', 'LEGAL_ENTITY', '150140000012',"
                        + " '900515300018', ?, 19660.00, 'PORTAL', ?, ?, TIMESTAMP WITH TIME ZONE"
                        + " '2026-11-02 10:00:00+05', ?, ?, TRUE, TRUE, X'00', ?)")) {
            ps.setLong(1, ids);
            ps.setString(2, number);
            ps.setString(3, UUID.randomUUID().toString());
            ps.setString(4, service);
            ps.setString(5, provider);
            ps.setString(6, "PAY-" + number);
            ps.setString(7, UUID.randomUUID().toString());
            ps.setString(8, status);
            ps.setObject(9, LocalDate.parse(registered));
            ps.setObject(10, LocalDate.parse(deadline));
            ps.setObject(11, decided == null ? null : LocalDate.parse(decided));
            ps.executeUpdate();
        }
        return number;
    }
}
