package kz.elicensing.application.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** The worklist's filter: blanks are no filter, unknown sorts fall back, the text is a LIKE pattern with no wildcard. */
class WorklistFilterTest {

    @Test
    void blanksAreNoFilterAndAnUnknownSortIsTheDeadline() {
        WorklistFilter f = new WorklistFilter(" ", "", null, " ", "  ", false, "DROP TABLE", true);
        assertNull(f.status());
        assertNull(f.serviceCode());
        assertNull(f.assignee());
        assertNull(f.text());
        assertNull(f.textPattern());
        assertEquals("deadline", f.sortBy());
    }

    @Test
    void theTextIsLowerCasedAndItsWildcardsAreTakenLiterally() {
        WorklistFilter f = new WorklistFilter(null, null, null, null, " ТОО 50%_x\\ ", false, "number", false);
        assertEquals("%тоо 50\\%\\_x\\\\%", f.textPattern());
        assertEquals("number", f.sortBy());
    }

    @Test
    void anUnknownStatusOrMarkIsRefusedAsATypedRefusal() {
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(
                                ElicensingException.class,
                                () -> DefaultOfficerCases.check(
                                        new WorklistFilter("LOST", null, null, null, null, false, null, false)))
                        .code());
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(
                                ElicensingException.class,
                                () -> DefaultOfficerCases.check(
                                        new WorklistFilter(null, null, "ON_TRACK", null, null, false, null, false)))
                        .code());
        DefaultOfficerCases.check(new WorklistFilter("OPEN", null, "OVERDUE", null, null, false, null, false));
        DefaultOfficerCases.check(new WorklistFilter("IN_REVIEW", null, "NEARING", null, null, false, null, false));
    }
}
