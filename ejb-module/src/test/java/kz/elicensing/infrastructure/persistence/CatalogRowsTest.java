package kz.elicensing.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The catalog's kept rows: read once per catalog version and query, again after a change, never kept when older. */
class CatalogRowsTest {
    private static final String SQL = "SELECT code FROM activity_subtype WHERE service_code = ?1";

    private final CatalogRows rows = new CatalogRows();
    private final AtomicInteger reads = new AtomicInteger();
    private final List<String> table = new ArrayList<>(List.of("A"));

    private Supplier<List<Object[]>> query() {
        return () -> {
            reads.incrementAndGet();
            return table.stream().map(c -> new Object[] {c}).toList();
        };
    }

    private List<Object> codes(long version, Object... parameters) {
        return rows.get(version, SQL, Arrays.asList(parameters), query()).stream()
                .map(r -> r[0])
                .toList();
    }

    @Test
    void sameVersionAndParametersAreReadOnce() {
        assertEquals(List.of("A"), codes(3, "SERVICE_1"));
        assertEquals(List.of("A"), codes(3, "SERVICE_1"));
        assertEquals(1, reads.get());
        codes(3, "SERVICE_2");
        codes(3, (Object) null);
        codes(3, (Object) null);
        assertEquals(3, reads.get(), "other parameters (a null one too) are a query of their own");
    }

    @Test
    void aChangeOfTheCatalogIsReadAtItsNewVersion() {
        codes(3, "SERVICE_1");
        table.add("B");
        assertEquals(List.of("A", "B"), codes(4, "SERVICE_1"));
        assertEquals(List.of("A", "B"), codes(4, "SERVICE_1"));
        assertEquals(2, reads.get());
    }

    @Test
    void aTransactionAtAnOlderVersionReadsTheTablesAndKeepsNothing() {
        codes(4, "SERVICE_1");
        table.add("B");
        assertEquals(List.of("A", "B"), codes(3, "SERVICE_1"));
        assertEquals(List.of("A", "B"), codes(3, "SERVICE_1"));
        assertEquals(3, reads.get());
        assertEquals(List.of("A"), codes(4, "SERVICE_1"), "the newest version's rows stay kept");
        assertEquals(3, reads.get());
    }
}
