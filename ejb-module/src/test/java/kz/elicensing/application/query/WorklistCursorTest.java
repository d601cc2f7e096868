package kz.elicensing.application.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Channel;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** The worklist's keyset cursor: the last row's sort value and number, as an opaque token that only its sort takes. */
class WorklistCursorTest {
    private static final WorklistRow ROW = new WorklistRow(
            "EL-2026-00000042",
            ApplicationStatus.IN_REVIEW,
            "SECURITY_ACTIVITY",
            null,
            null,
            Operation.ISSUE,
            "150140000012",
            null,
            Channel.PORTAL,
            Instant.parse("2026-11-02T05:00:00.123456Z"),
            LocalDate.of(2026, 11, 20),
            null,
            null,
            "officer1",
            false,
            null);

    private static WorklistFilter sortedBy(String sort) {
        return new WorklistFilter(null, null, null, null, null, false, sort, false);
    }

    @Test
    void aTokenCarriesTheSortedValueTypedAsItsColumnAndTheNumber() {
        WorklistCursor byDeadline =
                WorklistCursor.of(WorklistCursor.after(ROW, "deadline").token(), sortedBy(null));
        assertEquals(LocalDate.of(2026, 11, 20), byDeadline.typedValue());
        assertEquals("EL-2026-00000042", byDeadline.number());
        assertEquals(
                Instant.parse("2026-11-02T05:00:00.123456Z"),
                WorklistCursor.of(WorklistCursor.after(ROW, "received").token(), sortedBy("received"))
                        .typedValue());
        assertEquals(
                ApplicationStatus.IN_REVIEW,
                WorklistCursor.of(WorklistCursor.after(ROW, "status").token(), sortedBy("status"))
                        .typedValue());
        assertEquals("", WorklistCursor.after(ROW, "applicant").value(), "no name sorts as empty text");
        assertEquals("officer1", WorklistCursor.after(ROW, "assignee").value());
    }

    @Test
    void aTokenOfAnotherSortOrNoTokenIsASchemaViolation() {
        String byDeadline = WorklistCursor.after(ROW, "deadline").token();
        for (String token : new String[] {byDeadline, "not-base64!", "", "ZGVhZGxpbmUKeAp5"}) {
            ElicensingException e = assertThrows(
                    ElicensingException.class,
                    () -> WorklistCursor.of(token, token.equals(byDeadline) ? sortedBy("number") : sortedBy(null)),
                    token);
            assertEquals(ErrorCode.SCHEMA_VIOLATION, e.code());
        }
    }
}
