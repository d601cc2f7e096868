package kz.elicensing.application.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.catalog.Operation;
import org.junit.jupiter.api.Test;

class ApplicationViewTest {

    private static ApplicationView view(Instant receivedAt, LocalDate registeredOn) {
        return new ApplicationView(
                "EL-2026-00000001",
                "SECURITY_ACTIVITY",
                Operation.ISSUE,
                "150140000012",
                "ТОО",
                ApplicationStatus.CHECKING,
                receivedAt,
                registeredOn,
                registeredOn.plusDays(21),
                List.of(),
                false,
                null,
                null);
    }

    @Test
    void onAWorkingDayTheRegistrationIsTheReceipt() {
        Instant tuesdayMorning = Instant.parse("2026-11-24T04:00:00Z");
        assertEquals(
                tuesdayMorning, view(tuesdayMorning, LocalDate.of(2026, 11, 24)).registeredAt());
    }

    @Test
    void onADayOffTheRegistrationIsTheNextWorkingDaysStartInAlmaty() {
        Instant saturday = Instant.parse("2026-11-28T07:00:00Z");
        assertEquals(
                Instant.parse("2026-11-29T19:00:00Z"),
                view(saturday, LocalDate.of(2026, 11, 30)).registeredAt());
    }
}
