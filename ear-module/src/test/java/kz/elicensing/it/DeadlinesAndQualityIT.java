package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import org.jboss.arquillian.junit5.ArquillianExtension;
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
        ApiClient api = ApiClient.signIn("officer1", "officer-demo-pass");
        JsonObject overview = awaitMark(api, lateApp, "OVERDUE");
        assertEquals("NEARING", watched(overview, nearingApp).getString("mark"), overview.toString());
        assertTrue(watched(overview, lateApp).getString("markKk").contains("Мерзімі бұзылды"), "the mark in Kazakh");
        int lateBefore = slaLate(overview);

        // the questionnaire waits for the result
        ShepFaultException early = assertThrows(ShepFaultException.class, () -> questionnaire(lateApp, late.bin()));
        assertEquals("RESULT_NOT_READY", early.errorCode(), early.errorMessage());

        OfficerApi.done(OfficerApi.signIn("officer1", "officer-demo-pass").approve(lateApp));
        assertEquals(lateBefore + 1, slaLate(deadlines(api)), "decided after its deadline");

        SendResult answered = questionnaire(lateApp, late.bin());
        assertEquals("SUCCESS", answered.statusCode(), answered.statusMessage());
        assertTrue(ItEnvironment.element(answered.dataXml(), "messageKz").contains("Рахмет"));
        ShepFaultException again = assertThrows(ShepFaultException.class, () -> questionnaire(lateApp, late.bin()));
        assertEquals("QUESTIONNAIRE_ALREADY_ANSWERED", again.errorCode());
        ShepFaultException stranger =
                assertThrows(ShepFaultException.class, () -> questionnaire(lateApp, nearing.bin()));
        assertEquals("APPLICATION_NOT_FOUND", stranger.errorCode(), "only the applicant answers");
        JsonObject quality = ofService(deadlines(api).getJsonArray("quality"));
        assertTrue(quality != null && quality.getInt("answers") >= 1, "the summary counts the answer");
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

    /** The deadlines overview of the API ({@code GET api/officer/deadlines}). */
    private static JsonObject deadlines(ApiClient api) throws Exception {
        HttpResponse<String> r = api.get("api/officer/deadlines");
        assertEquals(200, r.statusCode(), r.body());
        return ApiClient.object(r);
    }

    private static JsonObject awaitMark(ApiClient api, String number, String mark) throws Exception {
        Instant end = Instant.now().plus(TIMER);
        JsonObject overview = null;
        while (Instant.now().isBefore(end)) {
            overview = deadlines(api);
            JsonObject w = watched(overview, number);
            if (w != null && mark.equals(w.getString("mark", null))) {
                return overview;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(number + " not marked " + mark + " within " + TIMER + ": " + overview);
    }

    /** The watched application {@code number} of the overview, or null. */
    private static JsonObject watched(JsonObject overview, String number) {
        return overview.getJsonArray("watched").getValuesAs(JsonObject.class).stream()
                .filter(w -> number.equals(w.getString("number")))
                .findFirst()
                .orElse(null);
    }

    /** The row of service 1 (SECURITY_ACTIVITY) in a per-service list, or null. */
    private static JsonObject ofService(JsonArray rows) {
        return rows.getValuesAs(JsonObject.class).stream()
                .filter(r -> "SECURITY_ACTIVITY".equals(r.getString("serviceCode")))
                .findFirst()
                .orElse(null);
    }

    private static int slaLate(JsonObject overview) {
        JsonObject row = ofService(overview.getJsonArray("sla"));
        return row == null ? 0 : row.getInt("late");
    }
}
