package kz.elicensing.sandbox.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import kz.elicensing.sandbox.RevocationClient;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.SharedSandbox;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin API's fault and journal routes as plain HTTP (curl's view), and the AdminClient's error handling. */
class FaultRoutesTest {

    static Sandbox sandbox;
    static HttpClient http;

    @BeforeAll
    static void start() {
        sandbox = SharedSandbox.get();
        http = HttpClient.newHttpClient();
    }

    @AfterEach
    void clear() {
        sandbox.faults().clearAll();
    }

    private static HttpResponse<String> send(String method, String pathAndQuery) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(sandbox.adminUrl() + pathAndQuery))
                        .timeout(Duration.ofSeconds(10))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void faultsAreSetWithFormParametersListedAndCleared() throws Exception {
        HttpResponse<String> set = RevocationClient.postForm(
                sandbox.adminUrl() + "/admin/faults", "serviceId=GbdulInfoByBin_v2&fault=delay&millis=1500&times=3");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals(
                "OK GbdulInfoByBin_v2=delay,millis=1500,times=3", set.body().trim());
        // query parameters work as well as a form
        assertEquals(
                200,
                send("POST", "/admin/faults?serviceId=PEP_PaymentCheck&fault=soapFault&code=PAYMENT_NOT_FOUND")
                        .statusCode());
        assertEquals(
                Map.of(
                        "GbdulInfoByBin_v2",
                        FaultSpec.delay(Duration.ofMillis(1500)).times(3),
                        "PEP_PaymentCheck",
                        FaultSpec.soapFault("PAYMENT_NOT_FOUND")),
                sandbox.faults().active());

        HttpResponse<String> list = send("GET", "/admin/faults");
        assertEquals(
                "GbdulInfoByBin_v2=delay,millis=1500,times=3\nPEP_PaymentCheck=soapFault,code=PAYMENT_NOT_FOUND",
                list.body().trim());

        assertEquals(
                "OK cleared 1",
                send("DELETE", "/admin/faults?serviceId=PEP_PaymentCheck")
                        .body()
                        .trim());
        assertEquals(
                Map.of(
                        "GbdulInfoByBin_v2",
                        FaultSpec.delay(Duration.ofMillis(1500)).times(3)),
                sandbox.faults().active());
        assertEquals(
                200,
                send("POST", "/admin/faults?serviceId=GbdulInfoByBin_v2&fault=none")
                        .statusCode());
        assertTrue(sandbox.faults().active().isEmpty());
        assertEquals("OK cleared 0", send("DELETE", "/admin/faults").body().trim());
    }

    @Test
    void badFaultRequestsAreRefusedWith400() throws Exception {
        String url = sandbox.adminUrl() + "/admin/faults";
        assertEquals(400, RevocationClient.postForm(url, "fault=http500").statusCode(), "no serviceId");
        assertEquals(
                400, RevocationClient.postForm(url, "serviceId=X&fault=explode").statusCode());
        assertEquals(
                400,
                RevocationClient.postForm(url, "serviceId=X&fault=http500&millis=5")
                        .statusCode());
        assertEquals(
                400, RevocationClient.postForm(url, "serviceId=X&fault=delay").statusCode(), "delay without millis");
        assertEquals(
                400,
                RevocationClient.postForm(url, "serviceId=X&fault=down&probability=2")
                        .statusCode());
        assertEquals(
                400,
                RevocationClient.postForm(url, "serviceId=X&fault=down&times=-1")
                        .statusCode());
        assertEquals(
                400,
                RevocationClient.postForm(url, "serviceId=X&fault=soapFault&code=not%20a%20code")
                        .statusCode());
        assertEquals(
                400,
                RevocationClient.postForm(url, "serviceId=X&fault=down&colour=red")
                        .statusCode());
        assertEquals(405, send("PUT", "/admin/faults").statusCode());
        assertEquals(405, send("POST", "/admin/journal").statusCode());
        assertEquals(400, send("GET", "/admin/journal/counts?by=colour").statusCode());
        assertTrue(sandbox.faults().active().isEmpty());
    }

    @Test
    void theClientSurfacesRefusalsAndUnreachableServers() throws Exception {
        AdminClient client = sandbox.adminClient();
        assertTrue(client.isHealthy());
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> client.setFault("", FaultSpec.down()));
        assertTrue(e.getMessage().contains("400"), e.getMessage());

        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        AdminClient nowhere = new AdminClient("http://127.0.0.1:" + closedPort + "/", Duration.ofSeconds(2));
        assertEquals("http://127.0.0.1:" + closedPort, nowhere.url());
        assertTrue(!nowhere.isHealthy());
        assertThrows(java.io.UncheckedIOException.class, nowhere::clearFaults);
    }
}
