package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A lost race with a concurrent transaction is told apart from other database errors, however deeply wrapped. */
class SqlErrorsTest {

    @Test
    void aUniqueViolationOfH2IsAConflictEvenWrappedAndBatched() throws SQLException {
        try (TestDatabase db = TestDatabase.create("h2");
                Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO sender (sender_id, password_hash, enabled) VALUES ('X', 'h', TRUE)");
            SQLException duplicate = null;
            try {
                s.execute("INSERT INTO sender (sender_id, password_hash, enabled) VALUES ('X', 'h', TRUE)");
            } catch (SQLException e) {
                duplicate = e;
            }
            BatchUpdateException batch = new BatchUpdateException("batch", "", 0, new int[0]);
            batch.setNextException(duplicate);
            assertTrue(SqlErrors.isConcurrencyConflict(new RuntimeException(new IllegalStateException(batch))));
            RuntimeException suppressing = new RuntimeException("commit failed");
            suppressing.addSuppressed(duplicate);
            assertTrue(SqlErrors.isConcurrencyConflict(suppressing));
        }
    }

    @Test
    void otherErrorsAreNoConflict() {
        assertFalse(SqlErrors.isConcurrencyConflict(new RuntimeException(new SQLException("syntax", "42001"))));
        assertFalse(SqlErrors.isConcurrencyConflict(new SQLException("not null", "23502")));
        assertFalse(SqlErrors.isConcurrencyConflict(new IllegalStateException()));
        assertTrue(SqlErrors.isConcurrencyConflict(new SQLException("deadlock", "40P01")));
        assertTrue(SqlErrors.isConcurrencyConflict(new jakarta.persistence.PersistenceException(
                new jakarta.persistence.OptimisticLockException("a row changed since it was read"))));
    }
}
