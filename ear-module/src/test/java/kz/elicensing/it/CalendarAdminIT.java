package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The working calendar administered through the API (issue 14, Administration): a year is refused before it is loaded
 * (CALENDAR_NOT_LOADED), loaded from the holidays law with its Kurban Ait, counted at once, a day off moved, malformed
 * and duplicate rows refused; every change in the change log with the administrator's login. No SQL.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarAdminIT {

    @Test
    void aYearIsCountedOnceLoadedAndADayOffMoves() throws Exception {
        ApiClient admin = ApiClient.signIn("admin", "admin-demo-pass");
        HttpResponse<String> before = admin.get("api/admin/calendar/count?from=2029-03-01&days=15");
        assertEquals(422, before.statusCode(), before.body());
        assertEquals("CALENDAR_NOT_LOADED", ApiClient.object(before).getString("code"));
        assertTrue(ApiClient.object(before).getString("messageRu").contains("2029"), before.body());
        assertFalse(ApiClient.object(admin.get("api/admin/calendar/2029")).getBoolean("loaded"));

        HttpResponse<String> loaded = admin.post(
                "api/admin/calendar/2029/load", Map.of("kurbanAit", "2029-04-24", "note", "IT: the holidays law"));
        assertEquals(200, loaded.statusCode(), loaded.body());
        JsonObject year = ApiClient.object(loaded);
        assertTrue(year.getBoolean("loaded"));
        assertTrue(kinds(year).contains("2029-03-21 HOLIDAY"), loaded.body());
        assertTrue(kinds(year).contains("2029-04-24 HOLIDAY"), "Kurban Ait: " + loaded.body());

        // counted at once: 15 working days after Thursday 1 March 2029 skip 8 and 21-23 March
        HttpResponse<String> counted = admin.get("api/admin/calendar/count?from=2029-03-01&days=15");
        assertEquals(200, counted.statusCode(), counted.body());
        assertEquals("2029-03-28", ApiClient.object(counted).getString("lastDay"));

        // the government's move: Saturday 5 May 2029 worked, Friday 4 May off
        HttpResponse<String> moved =
                admin.post("api/admin/calendar/2029/move", Map.of("from", "2029-05-05", "to", "2029-05-04"));
        assertEquals(200, moved.statusCode(), moved.body());
        assertTrue(
                kinds(ApiClient.object(moved))
                        .containsAll(List.of("2029-05-04 MOVED_DAY_OFF", "2029-05-05 MOVED_WORKING_DAY")),
                moved.body());
        assertEquals(
                "2029-05-05",
                ApiClient.object(admin.get("api/admin/calendar/count?from=2029-05-03&days=1"))
                        .getString("lastDay"),
                "Friday is off, Saturday is worked");

        AdminOfficersIT.assertRefused(
                admin.post("api/admin/calendar/2029/load", Map.of("kurbanAit", "2029-04-24")), "CALENDAR_YEAR_LOADED");
        AdminOfficersIT.assertRefused(
                admin.post("api/admin/calendar/2029/move", Map.of("from", "2029-01-01", "to", "2029-01-04")),
                "CALENDAR_MOVE_NOT_ALLOWED");

        HttpResponse<String> log = admin.get("api/admin/changes?area=CALENDAR&subject=2029");
        List<String> actions = ((JsonArray) ApiClient.json(log))
                .stream()
                        .map(JsonObject.class::cast)
                        .peek(c -> assertEquals("admin", c.getString("actor"), c.toString()))
                        .map(c -> c.getString("action"))
                        .collect(Collectors.toList());
        assertEquals(List.of("MOVE", "LOAD"), actions, log.body());
    }

    @Test
    void malformedAndDuplicateRowsAreRefusedAndNothingIsLoaded() throws Exception {
        ApiClient admin = ApiClient.signIn("admin", "admin-demo-pass");
        AdminOfficersIT.assertRefused(
                admin.post("api/admin/calendar/2033/load", Map.of("rows", "2033-02-30;HOLIDAY;Х;Х")),
                "CALENDAR_DAY_INVALID");
        AdminOfficersIT.assertRefused(
                admin.post(
                        "api/admin/calendar/2033/load",
                        Map.of("kurbanAit", "2033-03-01", "rows", "2033-01-01;HOLIDAY;Новый год;Жаңа жыл")),
                "CALENDAR_DAY_DUPLICATE");
        AdminOfficersIT.assertRefused(
                admin.post("api/admin/calendar/2033/load", Map.of("rows", "2033-01-05;MOVED_WORKING_DAY;А;Ә")),
                "CALENDAR_DAY_INVALID");
        assertFalse(ApiClient.object(admin.get("api/admin/calendar/2033")).getBoolean("loaded"));
        HttpResponse<String> log = admin.get("api/admin/changes?area=CALENDAR&subject=2033");
        assertEquals("[]", log.body().strip(), "nothing refused is logged");
        // a list alone makes a year
        HttpResponse<String> listed = admin.post(
                "api/admin/calendar/2033/load",
                Map.of("rows", "2033-01-03;HOLIDAY;Новый год;Жаңа жыл\n2033-01-04;MOVED_DAY_OFF;Выходной;Демалыс"));
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(2, ApiClient.object(listed).getJsonArray("days").size(), listed.body());
        assertTrue(((JsonArray) ApiClient.json(admin.get("api/admin/calendar")))
                .toString()
                .contains("2033"));
    }

    @Test
    void adminShLoadsShowsAndMovesAYear() throws Exception {
        java.nio.file.Path rows = java.nio.file.Files.createTempFile("calendar-2032", ".txt");
        java.nio.file.Files.writeString(
                rows,
                "# the decree\n2032-01-10;MOVED_WORKING_DAY;Рабочая суббота;Жұмыс сенбісі\n"
                        + "2032-01-09;MOVED_DAY_OFF;Выходной;Демалыс\n");
        ItEnvironment.ScriptRun load =
                ItEnvironment.adminScript("admin.sh", "calendar", "load", "2032", "2032-03-22", rows.toString());
        assertEquals(0, load.exit(), load.output());
        assertTrue(load.output().contains("\"loaded\":true"), load.output());
        assertTrue(load.output().contains("MOVED_WORKING_DAY"), load.output());
        assertTrue(load.output().contains("Жұмыс сенбісі"), "Kazakh letters survive: " + load.output());
        ItEnvironment.ScriptRun move =
                ItEnvironment.adminScript("admin.sh", "calendar", "move", "2032", "2032-02-07", "2032-02-06");
        assertEquals(0, move.exit(), move.output());
        ItEnvironment.ScriptRun show = ItEnvironment.adminScript("admin.sh", "calendar", "show", "2032");
        assertTrue(show.output().contains("\"date\":\"2032-02-06\""), show.output());
        assertTrue(
                show.output().contains("\"kind\":\"MOVED_WORKING_DAY\",\"nameKz\":\"Жұмыс күні (демалыс 06.02.2032"),
                show.output());
        ItEnvironment.ScriptRun again = ItEnvironment.adminScript("admin.sh", "calendar", "load", "2032", "2032-03-22");
        assertTrue(again.exit() != 0 && again.output().contains("CALENDAR_YEAR_LOADED"), again.output());
    }

    private static List<String> kinds(JsonObject year) {
        return year.getJsonArray("days").stream()
                .map(JsonObject.class::cast)
                .map(d -> d.getString("date") + " " + d.getString("kind"))
                .toList();
    }
}
