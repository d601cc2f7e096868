package kz.elicensing.sandbox.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portal keeps a notice once per messageId, in arrival order, per application. */
class PortalInboxTest {

    private static PortalInbox.Notice notice(String messageId, String number, String kind) {
        return new PortalInbox.Notice(
                messageId,
                "ELICENSE",
                number,
                "150140000012",
                kind,
                "IN_REVIEW",
                Instant.parse("2026-11-23T05:00:00Z"),
                "ru",
                "kk",
                null,
                null,
                1);
    }

    @Test
    void aResentNoticeIsKeptOnceAndCounted() {
        PortalInbox inbox = new PortalInbox();
        assertTrue(inbox.accept(notice("m-1", "EL-1", "REGISTERED")));
        assertTrue(inbox.accept(notice("m-2", "EL-2", "REGISTERED")));
        assertTrue(inbox.accept(notice("m-3", "EL-1", "IN_REVIEW")));
        assertFalse(inbox.accept(notice("m-1", "EL-1", "REGISTERED")), "the same messageId again");

        List<PortalInbox.Notice> el1 = inbox.of("EL-1");
        assertEquals(
                List.of("REGISTERED", "IN_REVIEW"),
                el1.stream().map(PortalInbox.Notice::notice).toList());
        assertEquals(2, el1.get(0).deliveries());
        assertEquals(3, inbox.all().size());
        assertTrue(
                el1.get(0).line().contains("result=none resultBytes=0 deliveries=2"),
                el1.get(0).line());
        inbox.clear();
        assertTrue(inbox.all().isEmpty());
    }
}
