package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The persistent deadline timer marks open applications nearing and past their deadlines, officers see the marks and
 * the SLA summary counts a late decision; the applicant answers the quality questionnaire once, after the result.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlinesAndQualityIT {
    private static final Duration CHECKS = Duration.ofSeconds(60);
    /** The timer runs every minute. */
    private static final Duration TIMER = Duration.ofSeconds(80);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void marksSlaAndTheQuestionnaire() throws Exception {
        FreshCompany late = FreshCompany.registeredAndPaid();
        FreshCompany nearing = FreshCompany.registeredAndPaid();
        String lateApp = submit(late);
        String nearingApp = submit(nearing);
        ItEnvironment.awaitStatus(lateApp, "IN_REVIEW", CHECKS);
        ItEnvironment.awaitStatus(nearingApp, "IN_REVIEW", CHECKS);
        // as if registered long ago: one deadline yesterday, the other today, both Almaty's days as the server counts
        LocalDate today = almatyTodayLastingTheTimer();
        try (var db = ItEnvironment.database();
                var s = db.prepareStatement("UPDATE application SET deadline = ? WHERE app_number = ?")) {
            s.setObject(1, today.minusDays(1));
            s.setString(2, lateApp);
            s.executeUpdate();
            s.setObject(1, today);
            s.setString(2, nearingApp);
            s.executeUpdate();
        }
        OfficerBrowser officer = new OfficerBrowser();
        officer.signIn("officer1", "officer-demo-pass");
        String page = awaitMark(officer, lateApp, "OVERDUE");
        assertTrue(
                Pattern.compile("id=\"watch-" + Pattern.quote(nearingApp) + "\" data-mark=\"NEARING\"")
                        .matcher(page)
                        .find(),
                page);
        page = officer.get("officer/deadlines?lang=kk").body();
        assertTrue(page.contains("Мерзімі бұзылды"), "the mark in Kazakh");
        int lateBefore = slaLate(page);

        // the questionnaire waits for the result
        ShepFaultException early = assertThrows(ShepFaultException.class, () -> questionnaire(lateApp, late.bin()));
        assertEquals("RESULT_NOT_READY", early.errorCode(), early.errorMessage());

        OfficerApi.done(OfficerApi.signIn("officer1", "officer-demo-pass").approve(lateApp));
        assertEquals(lateBefore + 1, slaLate(officer.get("officer/deadlines").body()), "decided after its deadline");

        SendResult answered = questionnaire(lateApp, late.bin());
        assertEquals("SUCCESS", answered.statusCode(), answered.statusMessage());
        assertTrue(ItEnvironment.element(answered.dataXml(), "messageKz").contains("Рахмет"));
        ShepFaultException again = assertThrows(ShepFaultException.class, () -> questionnaire(lateApp, late.bin()));
        assertEquals("QUESTIONNAIRE_ALREADY_ANSWERED", again.errorCode());
        ShepFaultException stranger =
                assertThrows(ShepFaultException.class, () -> questionnaire(lateApp, nearing.bin()));
        assertEquals("APPLICATION_NOT_FOUND", stranger.errorCode(), "only the applicant answers");
        Matcher quality = Pattern.compile("id=\"quality-SECURITY_ACTIVITY\" data-answers=\"(\\d+)\"")
                .matcher(officer.get("officer/deadlines").body());
        assertTrue(quality.find() && Integer.parseInt(quality.group(1)) >= 1, "the summary counts the answer");
    }

    /**
     * Almaty's today, once it lasts until the timer has run: a few minutes before Almaty's midnight (19:00 UTC) this
     * waits for the new day, so that "today" does not turn into "yesterday" under the test.
     */
    private static LocalDate almatyTodayLastingTheTimer() throws InterruptedException {
        Duration margin = TIMER.plus(Duration.ofMinutes(1));
        ZonedDateTime now = ZonedDateTime.now(ItEnvironment.ALMATY);
        ZonedDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay(ItEnvironment.ALMATY);
        if (Duration.between(now, midnight).compareTo(margin) < 0) {
            Thread.sleep(Duration.between(now, midnight).plusSeconds(1).toMillis());
        }
        return ItEnvironment.almatyToday();
    }

    private static String submit(FreshCompany c) {
        SendResult receipt = ItEnvironment.portal().submitApplication(c.signedApplication());
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        return ItEnvironment.element(receipt.dataXml(), "applicationNumber");
    }

    private static SendResult questionnaire(String number, String applicantId) {
        return ItEnvironment.portal()
                .send(
                        "ELICENSE_SubmitQuestionnaire",
                        "<Questionnaire xmlns=\"urn:kz:elicensing:v1\">"
                                + "<applicationNumber>" + number + "</applicationNumber><applicantId>" + applicantId
                                + "</applicantId>"
                                + "<processQuality>SATISFIED</processQuality><informationQuality>PARTLY_SATISFIED</informationQuality>"
                                + "</Questionnaire>",
                        "kk");
    }

    private static String awaitMark(OfficerBrowser officer, String number, String mark) throws Exception {
        Instant end = Instant.now().plus(TIMER);
        String body = "";
        while (Instant.now().isBefore(end)) {
            body = officer.get("officer/deadlines").body();
            if (body.contains("id=\"watch-" + number + "\" data-mark=\"" + mark + "\"")) {
                return body;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError(number + " not marked " + mark + " within " + TIMER + ": " + body);
    }

    private static int slaLate(String page) {
        Matcher m = Pattern.compile("id=\"sla-SECURITY_ACTIVITY\" data-on-time=\"\\d+\" data-late=\"(\\d+)\"")
                .matcher(page);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
