package kz.elicensing.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.gateway.journal.JournalEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults given at start (serve --fault, SandboxConfig) are in force at once; held requests end when the sandbox closes. */
class SandboxStartFaultsTest {

    private static HttpRequest paymentCheck(String gatewayUrl, String messageId) {
        String envelope = """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                                  xmlns:typ="http://bip.bee.kz/SyncChannel/v10/Types">
                  <soapenv:Body><typ:SendMessage><request>
                    <requestInfo><messageId>%s</messageId><serviceId>PEP_PaymentCheck</serviceId>
                      <messageDate>2025-01-01T10:00:00+05:00</messageDate>
                      <sender><senderId>ELICENSE</senderId><password>elicense-demo-pass</password></sender></requestInfo>
                    <requestData><data>&lt;PaymentCheckRequest xmlns="urn:kz:elicensing:ext:pep:v1"&gt;&lt;reference&gt;PAY-DEMO-0001&lt;/reference&gt;&lt;/PaymentCheckRequest&gt;</data></requestData>
                  </request></typ:SendMessage></soapenv:Body></soapenv:Envelope>""".formatted(messageId);
        return HttpRequest.newBuilder(URI.create(gatewayUrl))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope))
                .build();
    }

    @Test
    void startFaultsApplyAndHeldRequestsEndWhenTheSandboxCloses(@TempDir Path dir) throws Exception {
        Map<String, FaultSpec> fromCli = SandboxMain.faults(List.of("PEP_PaymentCheck=http500,times=1", "*=timeout"));
        Sandbox sandbox = Sandbox.start(
                SandboxConfig.forTests(dir).toBuilder().faults(fromCli).build());
        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> held;
        try {
            assertEquals(
                    Map.of("PEP_PaymentCheck", FaultSpec.http500().times(1), "*", FaultSpec.timeout()),
                    sandbox.adminClient().faults());
            assertEquals(
                    500,
                    http.send(paymentCheck(sandbox.gatewayUrl(), "m-1"), HttpResponse.BodyHandlers.ofString())
                            .statusCode());
            held = http.sendAsync(paymentCheck(sandbox.gatewayUrl(), "m-2"), HttpResponse.BodyHandlers.ofString());
            Instant until = Instant.now().plusSeconds(10);
            while (sandbox.heldRequests() == 0 && Instant.now().isBefore(until)) {
                Thread.sleep(20);
            }
            assertEquals(1, sandbox.heldRequests(), "after its own fault is used up, PEP falls under *=timeout");
            assertEquals(
                    List.of("HTTP 500", JournalEntry.HELD),
                    sandbox.journal().list().stream().map(JournalEntry::outcome).toList());
            assertFalse(held.isDone());
        } finally {
            sandbox.close();
        }
        ExecutionException e = assertThrows(ExecutionException.class, () -> held.get(10, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, e.getCause());
        assertTrue(!(e.getCause() instanceof HttpTimeoutException), "closed by the sandbox, not timed out");
    }
}
