package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The licensors' authorized persons administered through the API (issue 15): added, listed with the demo person, ended
 * (kept, no longer current), a new period after the end; each refusal with its code in both languages; every change in
 * the change log with the administrator's login; admin.sh's person commands; officers may not.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizedPersonsAdminIT {
    private static final String IIN = "850302400123";
    private static final String SCRIPT_IIN = "791103600450";

    private static Map<String, String> person(String provider, String iin, String from, String to) {
        Map<String, String> form = new HashMap<>(Map.of(
                "provider", provider,
                "iin", iin,
                "surname", "Нұрмағамбетова",
                "givenName", "Әйгерім",
                "patronymic", "Қайратқызы",
                "positionRu", "Заместитель начальника департамента",
                "positionKz", "Департамент бастығының орынбасары",
                "validFrom", from));
        if (to != null) {
            form.put("validTo", to);
        }
        return form;
    }

    @Test
    void anAddedPersonIsListedEndedKeptAndEveryChangeIsLogged() throws Exception {
        ApiClient admin = ApiClient.signIn("admin", "admin-demo-pass");
        HttpResponse<String> added =
                admin.post("api/admin/authorized-persons", person("DP_ASTANA", IIN, "2026-01-01", null));
        assertEquals(200, added.statusCode(), added.body());
        JsonObject row = ApiClient.object(added);
        long id = row.getJsonNumber("id").longValue();
        assertTrue(id >= 1000, "an id of authorized_person_seq, above the demo rows: " + id);
        assertEquals("Нұрмағамбетова Әйгерім Қайратқызы", row.getString("fullName"), "Kazakh letters survive");
        assertEquals("2026-01-01", row.getString("validFrom"));
        assertTrue(row.getBoolean("current"), row.toString());

        JsonArray listed = list(admin, "DP_ASTANA");
        assertTrue(listed.size() >= 2, "with the demo person of V1120: " + listed);
        assertTrue(listed.stream()
                .map(JsonObject.class::cast)
                .anyMatch(p -> p.getString("iin").equals(IIN)));

        // a second period of the same person may not overlap the first
        assertRefused(
                admin.post("api/admin/authorized-persons", person("DP_ASTANA", IIN, "2026-06-01", "2026-06-30")),
                "AUTHORIZED_PERSON_PERIOD_OVERLAPS");

        // ended on 31 March: kept in the list, no longer current; a later end is refused, an earlier one before the
        // start too
        HttpResponse<String> ended =
                admin.post("api/admin/authorized-persons/" + id + "/end", Map.of("lastDay", "2026-03-31"));
        assertEquals(200, ended.statusCode(), ended.body());
        assertEquals("2026-03-31", ApiClient.object(ended).getString("validTo"));
        assertFalse(ApiClient.object(ended).getBoolean("current"));
        JsonObject kept = list(admin, "DP_ASTANA").stream()
                .map(JsonObject.class::cast)
                .filter(p -> p.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
        assertEquals("2026-03-31", kept.getString("validTo"), "never deleted");
        assertRefused(
                admin.post("api/admin/authorized-persons/" + id + "/end", Map.of("lastDay", "2026-04-30")),
                "AUTHORIZED_PERSON_ENDED");
        assertRefused(
                admin.post("api/admin/authorized-persons/" + id + "/end", Map.of("lastDay", "2025-12-31")),
                "AUTHORIZED_PERSON_PERIOD_INVALID");

        // after the end the person may be authorized anew; the first period may move back in time
        HttpResponse<String> again =
                admin.post("api/admin/authorized-persons", person("DP_ASTANA", IIN, "2026-04-01", null));
        assertEquals(200, again.statusCode(), again.body());
        HttpResponse<String> moved = admin.post(
                "api/admin/authorized-persons/" + id + "/period",
                Map.of("validFrom", "2025-07-01", "validTo", "2026-03-31"));
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals("2025-07-01", ApiClient.object(moved).getString("validFrom"));
        assertRefused(
                admin.post(
                        "api/admin/authorized-persons/" + id + "/period",
                        Map.of("validFrom", "2025-07-01", "validTo", "2026-04-01")),
                "AUTHORIZED_PERSON_PERIOD_OVERLAPS");

        HttpResponse<String> log = admin.get("api/admin/changes?area=AUTHORIZED_PERSON&subject=DP_ASTANA/" + IIN);
        assertEquals(200, log.statusCode(), log.body());
        List<String> actions = ((JsonArray) ApiClient.json(log))
                .stream()
                        .map(JsonObject.class::cast)
                        .peek(c -> assertEquals("admin", c.getString("actor"), c.toString()))
                        .map(c -> c.getString("action"))
                        .collect(Collectors.toList());
        assertEquals(List.of("CHANGE_PERIOD", "ADD", "END", "ADD"), actions, log.body());
    }

    @Test
    void refusalsCarryTheirCodesInBothLanguagesAndKeepNothing() throws Exception {
        ApiClient admin = ApiClient.signIn("admin", "admin-demo-pass");
        int before = list(admin, "DP_ALMATY").size();
        assertRefused(
                admin.post("api/admin/authorized-persons", person("DP_ALMATY", "850302400124", "2026-01-01", null)),
                "AUTHORIZED_PERSON_IIN_INVALID");
        assertRefused(
                admin.post("api/admin/authorized-persons", person("DP_NOWHERE", IIN, "2026-01-01", null)),
                "PROVIDER_UNKNOWN");
        assertRefused(admin.get("api/admin/authorized-persons?provider=DP_NOWHERE"), "PROVIDER_UNKNOWN");
        assertRefused(
                admin.post(
                        "api/admin/authorized-persons",
                        person("DP_ALMATY", "880525500673", "2026-02-01", "2026-01-31")),
                "AUTHORIZED_PERSON_PERIOD_INVALID");
        assertRefused(
                admin.post("api/admin/authorized-persons", person("DP_ALMATY", "880525500673", "01.02.2026", null)),
                "AUTHORIZED_PERSON_PERIOD_INVALID");
        Map<String, String> noPosition = person("DP_ALMATY", "880525500673", "2026-01-01", null);
        noPosition.remove("positionKz");
        assertRefused(admin.post("api/admin/authorized-persons", noPosition), "AUTHORIZED_PERSON_FIELDS_INVALID");
        // the demo person of DP_ALMATY (V1120), valid since 2025 without end
        assertRefused(
                admin.post("api/admin/authorized-persons", person("DP_ALMATY", "871214400161", "2026-01-01", null)),
                "AUTHORIZED_PERSON_PERIOD_OVERLAPS");
        assertRefused(admin.post("api/admin/authorized-persons/999999/end", Map.of()), "AUTHORIZED_PERSON_UNKNOWN");
        assertEquals(before, list(admin, "DP_ALMATY").size(), "nothing kept");

        ApiClient officer = ApiClient.signIn("officer1", "officer-demo-pass");
        assertEquals(
                403,
                officer.get("api/admin/authorized-persons?provider=DP_ALMATY").statusCode());
        assertEquals(403, officer.get("admin/authorized-persons.xhtml").statusCode());
    }

    @Test
    void adminShAddsListsAndEndsAPersonThroughTheApi() throws Exception {
        ItEnvironment.ScriptRun add = ItEnvironment.adminScript(
                "admin.sh",
                "person",
                "add",
                "DP_KARAGANDA",
                SCRIPT_IIN,
                "Жолдасбеков",
                "Ерғали",
                "-",
                "Начальник управления",
                "Басқарма бастығы",
                "2026-01-01");
        assertEquals(0, add.exit(), add.output());
        assertTrue(add.output().contains("\"fullName\":\"Жолдасбеков Ерғали\""), "Kazakh letters: " + add.output());
        long id;
        try (JsonReader reader = Json.createReader(new StringReader(add.output().strip()))) {
            id = reader.readObject().getJsonNumber("id").longValue();
        }
        ItEnvironment.ScriptRun list = ItEnvironment.adminScript("admin.sh", "person", "list", "DP_KARAGANDA");
        assertEquals(0, list.exit(), list.output());
        assertTrue(list.output().contains("\"iin\":\"" + SCRIPT_IIN + "\""), list.output());
        ItEnvironment.ScriptRun end =
                ItEnvironment.adminScript("admin.sh", "person", "end", String.valueOf(id), "2026-02-28");
        assertEquals(0, end.exit(), end.output());
        assertTrue(end.output().contains("\"validTo\":\"2026-02-28\""), end.output());
        ItEnvironment.ScriptRun refused = ItEnvironment.adminScript(
                "admin.sh",
                "person",
                "add",
                "DP_KARAGANDA",
                "791103600451",
                "Жолдасбеков",
                "Ерғали",
                "-",
                "Начальник управления",
                "Басқарма бастығы",
                "2026-01-01");
        assertTrue(refused.exit() != 0, refused.output());
        assertTrue(refused.output().contains("AUTHORIZED_PERSON_IIN_INVALID"), refused.output());
    }

    private static JsonArray list(ApiClient admin, String provider) throws Exception {
        HttpResponse<String> list = admin.get("api/admin/authorized-persons?provider=" + provider);
        assertEquals(200, list.statusCode(), list.body());
        return (JsonArray) ApiClient.json(list);
    }

    private static void assertRefused(HttpResponse<String> r, String code) {
        AdminOfficersIT.assertRefused(r, code);
    }
}
