package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * Officers administered through the API (issue 14, Administration): an added officer signs in at once with its role
 * and provider, a disabled one cannot, a reset password replaces the old one, refusals carry their codes, and every
 * change is in the change log with the administrator's login. No SQL.
 */
@ExtendWith(ArquillianExtension.class)
class AdminOfficersIT {
    private static final String PASSWORD = "it-officer-pass-1";

    @Test
    void anAddedOfficerSignsInADisabledOneCannotAndEveryChangeIsLogged() throws Exception {
        ApiClient admin = ApiClient.signIn("admin", "admin-demo-pass");
        HttpResponse<String> added = admin.post(
                "api/admin/officers",
                Map.of(
                        "username", "itofficer1",
                        "fullName", "Сәрсенбаева Гүлнұр",
                        "provider", "DP_ASTANA",
                        "role", "officer",
                        "password", PASSWORD));
        assertEquals(200, added.statusCode(), added.body());
        JsonObject row = ApiClient.object(added);
        assertEquals("DP_ASTANA", row.getString("providerCode"));
        assertTrue(row.getBoolean("enabled"));
        assertFalse(added.body().contains(PASSWORD), "the password is not answered");
        assertFalse(added.body().contains("$2a$"), "nor its hash");

        // the new officer signs in with its role, works the officer pages and not the admin ones
        ApiClient officer = ApiClient.signIn("itofficer1", PASSWORD);
        JsonObject me = ApiClient.object(officer.get("api/officer/me"));
        assertEquals("itofficer1", me.getString("user"));
        assertEquals("[\"officer\"]", me.getJsonArray("roles").toString());
        assertEquals(200, officer.get("officer/index.xhtml").statusCode());
        assertEquals(403, officer.get("api/admin/officers").statusCode());
        assertEquals(403, officer.get("admin/officers.xhtml").statusCode());
        JsonObject listed = officers(admin).stream()
                .map(JsonObject.class::cast)
                .filter(o -> o.getString("username").equals("itofficer1"))
                .findFirst()
                .orElseThrow();
        assertEquals("DP_ASTANA", listed.getString("providerCode"));
        assertFalse(listed.getString("providerNameKz").isBlank(), listed.toString());

        // disabled: no sign-in; enabled again: the same password works
        HttpResponse<String> disabled = admin.post("api/admin/officers/itofficer1/disable", Map.of());
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertFalse(ApiClient.object(disabled).getBoolean("enabled"));
        assertThrows(AssertionError.class, () -> ApiClient.signIn("itofficer1", PASSWORD));
        assertEquals(
                200,
                admin.post("api/admin/officers/itofficer1/enable", Map.of()).statusCode());
        ApiClient.signIn("itofficer1", PASSWORD);

        // made head of the office; a new password replaces the old one
        HttpResponse<String> head = admin.post(
                "api/admin/officers/itofficer1",
                Map.of("fullName", "Сәрсенбаева Гүлнұр", "provider", "DP_ASTANA", "role", "head"));
        assertEquals("head", ApiClient.object(head).getString("role"), head.body());
        assertEquals(
                200,
                admin.post("api/admin/officers/itofficer1/password", Map.of("password", "it-officer-pass-2"))
                        .statusCode());
        assertThrows(AssertionError.class, () -> ApiClient.signIn("itofficer1", PASSWORD));
        JsonObject headMe = ApiClient.object(
                ApiClient.signIn("itofficer1", "it-officer-pass-2").get("api/officer/me"));
        assertEquals("[\"head\"]", headMe.getJsonArray("roles").toString());

        // the change log: who (admin) did what to itofficer1, newest first
        HttpResponse<String> log = admin.get("api/admin/changes?area=OFFICER&subject=itofficer1");
        assertEquals(200, log.statusCode(), log.body());
        List<String> actions = ((JsonArray) ApiClient.json(log))
                .stream()
                        .map(JsonObject.class::cast)
                        .peek(c -> assertEquals("admin", c.getString("actor"), c.toString()))
                        .peek(c -> assertFalse(c.getString("changedAt").isBlank()))
                        .map(c -> c.getString("action"))
                        .collect(Collectors.toList());
        assertEquals(List.of("RESET_PASSWORD", "CHANGE", "ENABLE", "DISABLE", "ADD"), actions, log.body());
        assertFalse(log.body().contains(PASSWORD), "no password in the log");
    }

    @Test
    void refusalsCarryTheirCodesInBothLanguages() throws Exception {
        ApiClient admin = ApiClient.signIn("admin", "admin-demo-pass");
        assertRefused(
                admin.post(
                        "api/admin/officers",
                        Map.of("username", "officer1", "fullName", "X", "provider", "DP_ALMATY", "password", PASSWORD)),
                "OFFICER_EXISTS");
        assertRefused(
                admin.post(
                        "api/admin/officers",
                        Map.of(
                                "username",
                                "itofficer9",
                                "fullName",
                                "X",
                                "provider",
                                "DP_ALMATY",
                                "password",
                                "short")),
                "PASSWORD_TOO_SHORT");
        assertRefused(
                admin.post(
                        "api/admin/officers",
                        Map.of("username", "itofficer9", "fullName", "X", "provider", "NOWHERE", "password", PASSWORD)),
                "PROVIDER_UNKNOWN");
        assertRefused(
                admin.post(
                        "api/admin/officers",
                        Map.of("username", "itofficer9", "fullName", "X", "role", "head", "password", PASSWORD)),
                "OFFICER_ROLE_INVALID");
        assertRefused(
                admin.post(
                        "api/admin/officers",
                        Map.of(
                                "username",
                                "it officer",
                                "fullName",
                                "X",
                                "provider",
                                "DP_ALMATY",
                                "password",
                                PASSWORD)),
                "OFFICER_FIELDS_INVALID");
        assertRefused(admin.post("api/admin/officers/admin/disable", Map.of()), "OFFICER_SELF_CHANGE");
        assertRefused(admin.post("api/admin/officers/nobody/disable", Map.of()), "OFFICER_UNKNOWN");
        assertTrue(officers(admin).stream()
                .map(JsonObject.class::cast)
                .noneMatch(o -> o.getString("username").equals("itofficer9")));
        ApiClient.signIn("admin", "admin-demo-pass");
    }

    @Test
    void adminShAddsListsAndDisablesAnOfficerThroughTheApi() throws Exception {
        ItEnvironment.ScriptRun add = ItEnvironment.adminScript(
                Map.of("ELICENSING_NEW_PASSWORD", "it-script-pass-1"),
                "admin.sh",
                "officer",
                "add",
                "itscript1",
                "Ғабитов Нұрлан",
                "DP_ALMATY",
                "head");
        assertEquals(0, add.exit(), add.output());
        assertTrue(add.output().contains("\"role\":\"head\""), add.output());
        assertTrue(add.output().contains("\"fullName\":\"Ғабитов Нұрлан\""), "Kazakh letters survive: " + add.output());
        assertFalse(add.output().contains("it-script-pass-1"), add.output());
        ApiClient.signIn("itscript1", "it-script-pass-1");
        ItEnvironment.ScriptRun list = ItEnvironment.adminScript("admin.sh", "officer", "list");
        assertEquals(0, list.exit(), list.output());
        assertTrue(list.output().contains("\"username\":\"itscript1\""), list.output());
        ItEnvironment.ScriptRun disable = ItEnvironment.adminScript("admin.sh", "officer", "disable", "itscript1");
        assertEquals(0, disable.exit(), disable.output());
        assertTrue(disable.output().contains("\"enabled\":false"), disable.output());
        assertThrows(AssertionError.class, () -> ApiClient.signIn("itscript1", "it-script-pass-1"));
        ItEnvironment.ScriptRun refused = ItEnvironment.adminScript(
                Map.of("ELICENSING_NEW_PASSWORD", "it-script-pass-1"),
                "admin.sh",
                "officer",
                "add",
                "itscript1",
                "Ғабитов Нұрлан",
                "DP_ALMATY");
        assertTrue(refused.exit() != 0, refused.output());
        assertTrue(refused.output().contains("OFFICER_EXISTS"), refused.output());
    }

    private static JsonArray officers(ApiClient admin) throws Exception {
        HttpResponse<String> list = admin.get("api/admin/officers");
        assertEquals(200, list.statusCode(), list.body());
        return (JsonArray) ApiClient.json(list);
    }

    static void assertRefused(HttpResponse<String> r, String code) {
        assertEquals(422, r.statusCode(), r.body());
        JsonObject error = ApiClient.object(r);
        assertEquals(code, error.getString("code"), r.body());
        assertFalse(error.getString("messageRu").isBlank(), r.body());
        assertFalse(error.getString("messageRu").equals(error.getString("messageKk")), r.body());
    }
}
