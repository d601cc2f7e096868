package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The scriptable API's door: signed in like a person, JSON answers, a change without X-Requested-By refused. */
@ExtendWith(ArquillianExtension.class)
class ApiBasicsIT {
    @Test
    void aSignedInOfficerIsNamedWithRoles() throws Exception {
        ApiClient head = ApiClient.signIn("head1", "head-demo-pass");
        HttpResponse<String> me = head.get("api/officer/me");
        assertEquals(200, me.statusCode(), me.body());
        JsonObject json = ApiClient.object(me);
        assertEquals("head1", json.getString("user"));
        assertTrue(json.getJsonArray("roles").toString().contains("head"), me.body());
    }

    @Test
    void aChangeWithoutTheHeaderIsRefusedInBothLanguages() throws Exception {
        ApiClient officer = ApiClient.signIn("officer1", "officer-demo-pass");
        HttpResponse<String> refused =
                officer.send(HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + "api/officer/me"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, refused.statusCode(), refused.body());
        JsonObject error = ApiClient.object(refused);
        assertEquals("CSRF_HEADER_MISSING", error.getString("code"));
        assertTrue(error.getString("messageKk").contains("қорғау"), refused.body());
        assertEquals(200, officer.post("api/officer/me", Map.of()).statusCode());
    }

    @Test
    void anonymousCallsGetNoData() throws Exception {
        HttpResponse<String> anonymous = new ApiClient().get("api/officer/me");
        assertFalse(anonymous.body().contains("\"user\""), anonymous.body());
    }
}
