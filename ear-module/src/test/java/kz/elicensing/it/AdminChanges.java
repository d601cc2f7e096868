package kz.elicensing.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrative change log (table admin_change) as the server wrote it, read from its database (H2 or
 * PostgreSQL) until its own page and API (/api/admin/changes) are there to ask.
 */
final class AdminChanges {
    private AdminChanges() {}

    /** The actions recorded by {@code actor} on {@code subject} of {@code area}, oldest first, joined by commas. */
    static String actions(String area, String subject, String actor) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection db = ItEnvironment.database();
                PreparedStatement q =
                        db.prepareStatement("SELECT action FROM admin_change WHERE area = ? AND subject = ?"
                                + " AND actor = ? ORDER BY id")) {
            q.setString(1, area);
            q.setString(2, subject);
            q.setString(3, actor);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        }
        return String.join(",", actions);
    }

    /** The details recorded for {@code subject} of {@code area}, oldest first, one per line. */
    static String details(String area, String subject) throws SQLException {
        List<String> details = new ArrayList<>();
        try (Connection db = ItEnvironment.database();
                PreparedStatement q = db.prepareStatement(
                        "SELECT actor, action, detail FROM admin_change WHERE area = ? AND subject = ? ORDER BY id")) {
            q.setString(1, area);
            q.setString(2, subject);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    details.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return String.join("\n", details);
    }
}
