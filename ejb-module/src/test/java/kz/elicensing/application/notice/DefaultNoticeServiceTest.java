package kz.elicensing.application.notice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.domain.application.ApplicantNotice;
import kz.elicensing.domain.application.InMemoryApplications;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.PortalNotice;
import org.junit.jupiter.api.Test;

/** A notice is built from the stored application: texts in both languages, the signed result only with the decision. */
class DefaultNoticeServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-23T05:00:00Z");

    private final InMemoryApplications applications = new InMemoryApplications(T0);
    private final List<String> delivered = new ArrayList<>();
    private final List<PortalNotice> notices = new ArrayList<>();
    private final DefaultNoticeService service = new DefaultNoticeService();

    DefaultNoticeServiceTest() {
        service.applications = applications;
        service.portal = (notice, messageId) -> {
            notices.add(notice);
            delivered.add(notice.applicationNumber() + " " + notice.notice() + " " + messageId);
        };
    }

    @Test
    void theResultGoesWithTheDecisionExactlyAsSignedAndTheTextsNameTheNumberAndDeadline() {
        LicenseApplication a = applications.checking("EL-2026-00000001");
        a.confirmApplicant(T0);
        a.confirmPayment(T0);
        service.send(a.number(), ApplicantNotice.IN_REVIEW, T0, "m-1");
        byte[] license = "<License Id=\"x\">signed</License>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        a.issue(license, T0.plusSeconds(60), "officer1");
        service.send(a.number(), ApplicantNotice.ISSUED, T0.plusSeconds(60), "m-2");

        assertEquals(List.of(a.number() + " IN_REVIEW m-1", a.number() + " ISSUED m-2"), delivered);
        PortalNotice review = notices.get(0);
        assertNull(review.resultDocument(), "no result before the decision");
        assertTrue(review.textRu().contains(a.number()) && review.textRu().contains("14.12.2026"), review.textRu());
        assertTrue(review.textKk().contains(a.number()) && review.textKk().contains("14.12.2026"), review.textKk());
        PortalNotice issued = notices.get(1);
        assertEquals("LICENSE", issued.resultKind());
        assertArrayEquals(license, issued.resultDocument());
        assertEquals(T0.plusSeconds(60), issued.occurredAt());
        assertEquals("150140000012", issued.applicantId());
    }
}
