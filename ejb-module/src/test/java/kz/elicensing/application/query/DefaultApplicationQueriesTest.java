package kz.elicensing.application.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import kz.elicensing.application.sender.SenderKind;
import kz.elicensing.application.sender.SenderScope;
import kz.elicensing.domain.application.InMemoryApplications;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** Status and results within the sender's scope: another's application is answered exactly like a missing number. */
class DefaultApplicationQueriesTest {
    final InMemoryApplications applications = new InMemoryApplications(Instant.parse("2026-11-23T05:00:00Z"));
    final DefaultApplicationQueries queries = new DefaultApplicationQueries();

    DefaultApplicationQueriesTest() {
        queries.applications = applications;
        applications.checking("KZ-0001"); // submitted by PORTAL, provider DP_ALMATY
    }

    @Test
    void theSubmittingSenderAndTheProvidersSystemSeeIt() {
        assertEquals(
                "KZ-0001",
                queries.byNumber("KZ-0001", SenderScope.unbound("PORTAL")).number());
        SenderScope office = new SenderScope("OFFICE", SenderKind.SYSTEM, Set.of("DP_ALMATY"));
        assertEquals("KZ-0001", queries.byNumber("KZ-0001", office).number());
        assertEquals(1, queries.byApplicant("150140000012", office).size());
    }

    @Test
    void anotherSendersApplicationIsNotFoundExactlyLikeANumberThatDoesNotExist() {
        SenderScope other = SenderScope.unbound("EGOV_MOBILE");
        ElicensingException hidden = assertThrows(ElicensingException.class, () -> queries.byNumber("KZ-0001", other));
        ElicensingException missing = assertThrows(ElicensingException.class, () -> queries.byNumber("KZ-0002", other));
        assertEquals(ErrorCode.APPLICATION_NOT_FOUND, hidden.code());
        assertEquals(missing.code(), hidden.code());
        assertEquals(missing.messageKey(), hidden.messageKey());
        assertArrayEquals(new Object[] {"KZ-0001"}, hidden.arguments(), "only the number asked for");
        assertEquals(missing.getMessage().replace("KZ-0002", "KZ-0001"), hidden.getMessage());
        assertEquals(
                ErrorCode.APPLICATION_NOT_FOUND,
                assertThrows(ElicensingException.class, () -> queries.result("KZ-0001", other))
                        .code(),
                "not RESULT_NOT_READY, which would tell the number exists");
        assertEquals(List.of(), queries.byApplicant("150140000012", other), "the applicant's list leaves it out");
    }
}
