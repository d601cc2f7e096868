package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The worklist's keyset pagination through the REST API (issue 16, item 4): 30 applications on three deadlines (ten
 * ties each), paged by deadline 7 at a time with each page's {@code next}, come back each once, in the database's
 * order, none skipped, whatever else the provider holds.
 */
@ExtendWith(ArquillianExtension.class)
class WorklistKeysetIT {

    @Test
    void pagesByDeadlineWithTiesNeitherRepeatNorSkipRows() throws Exception {
        String run = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 9_000_000) + 1_000_000);
        LocalDate base = LocalDate.of(2026, 12, 14);
        try (Connection db = database()) {
            for (int n = 0; n < 30; n++) {
                insert(
                        db,
                        900_000_000L + Long.parseLong(run) * 100 + n,
                        "EL-2026-K" + run + String.format("%02d", n),
                        base.plusDays(n % 3));
            }
        }
        OfficerApi head = OfficerApi.signIn("head1", "head-demo-pass");
        List<String> paged = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonObject page = head.worklist("status=ALL&sort=deadline&limit=7"
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)));
            page.getJsonArray("rows").forEach(r -> paged.add(r.asJsonObject().getString("number")));
            after = page.get("next") instanceof JsonString next ? next.getString() : null;
            assertTrue(++pages < 1000, "the pages end");
        } while (after != null);

        List<String> expected = new ArrayList<>();
        try (Connection db = database();
                PreparedStatement q = db.prepareStatement("SELECT app_number FROM application"
                        + " WHERE provider_code = 'DP_ALMATY' ORDER BY deadline, app_number")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    expected.add(rs.getString(1));
                }
            }
        }
        assertEquals(paged.size(), new HashSet<>(paged).size(), "no row twice");
        assertEquals(expected, paged, "every row once, by deadline, ties by number");
        List<String> mine =
                paged.stream().filter(n -> n.startsWith("EL-2026-K" + run)).toList();
        assertEquals(30, mine.size());
        assertEquals("EL-2026-K" + run + "00", mine.get(0));
        assertEquals("EL-2026-K" + run + "03", mine.get(1), "the next of the same deadline");

        JsonObject withOffset = head.worklist("status=ALL&sort=deadline&limit=7&offset=7");
        assertEquals(
                expected.subList(7, Math.min(14, expected.size())),
                withOffset.getJsonArray("rows").stream()
                        .map(r -> r.asJsonObject().getString("number"))
                        .toList(),
                "a jump by offset lands on the same rows");
        assertTrue(withOffset.getBoolean("totalExact"));
        assertTrue(withOffset.get("next") instanceof JsonString, "a page jumped to has a next page too");
        assertEquals(expected.size(), withOffset.getInt("total"));
    }

    private static void insert(Connection db, long id, String number, LocalDate deadline) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO application (id, version, app_number,"
                + " request_id, service_code, provider_code, operation, lang, applicant_kind, applicant_id,"
                + " applicant_name, signer_iin, payment_reference, payment_amount, sender_id, message_id,"
                + " status, received_at, registered_on, deadline, applicant_confirmed, payment_confirmed,"
                + " signed_document, deadline_mark, channel) VALUES (?, 0, ?, ?, 'SECURITY_ACTIVITY', 'DP_ALMATY',"
                + " 'ISSUE', 'ru', 'LEGAL_ENTITY', '150140000012', 'ТОО «Кілт»', '900515300018', ?, 19660.00,"
                + " 'PORTAL', ?, 'IN_REVIEW', TIMESTAMP WITH TIME ZONE '2026-11-23 10:00:00+05', DATE '2026-11-23',"
                + " ?, TRUE, TRUE, ?, 'ON_TRACK', 'PORTAL')")) {
            ps.setLong(1, id);
            ps.setString(2, number);
            ps.setString(3, UUID.randomUUID().toString());
            ps.setString(4, "PAY-" + number);
            ps.setString(5, UUID.randomUUID().toString());
            ps.setObject(6, deadline);
            // a byte string both databases take (H2's X'00' literal is a bit string in PostgreSQL)
            ps.setBytes(7, "<form/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ps.executeUpdate();
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("elicensing.it.jdbc.url"),
                System.getProperty("elicensing.it.jdbc.user"),
                System.getProperty("elicensing.it.jdbc.password"));
    }
}
