package kz.elicensing.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.xml.ws.Endpoint;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.xml.VerifiedSignature;
import kz.elicensing.sandbox.xml.XmlSignatureVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxMainTest {

    @TempDir
    static Path data;

    static Sandbox sandbox;
    static FakeElicensing fake;
    static HttpServer fakeServer;
    static Endpoint fakeEndpoint;
    static String fakeUrl;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SharedSandbox.get();
        fake = new FakeElicensing();
        fakeServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fakeEndpoint = Endpoint.create(fake);
        fakeEndpoint.publish(fakeServer.createContext("/elicensing/SyncChannel"));
        fakeServer.start();
        fakeUrl = "http://127.0.0.1:" + fakeServer.getAddress().getPort() + "/elicensing/SyncChannel";
    }

    @AfterAll
    static void stop() {
        fakeEndpoint.stop();
        fakeServer.stop(0);
    }

    private static String run(String... args) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = SandboxMain.run(args, new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void submitPaysSignsAndSendsAsThePortal() throws Exception {
        int before = fake.received.size();
        Path out = data.resolve("signed.xml");
        String printed = run(
                "submit",
                "--data",
                sandbox.config().dataDir().toString(),
                "--as",
                "person",
                "--pay",
                "--amount",
                "19660.00",
                "--admin",
                sandbox.adminUrl(),
                "--elicensing",
                fakeUrl,
                "--out",
                out.toString());

        assertTrue(printed.contains("<applicationNumber>APP-2025-000001</applicationNumber>"), printed);
        assertTrue(printed.contains("status: SUCCESS"), printed);
        assertEquals(before + 1, fake.received.size());
        var req = fake.received.get(before);
        assertEquals("ELICENSE_SubmitApplication", req.getRequestInfo().getServiceId());
        assertEquals("PORTAL", req.getRequestInfo().getSender().getSenderId());
        assertEquals("portal-demo-pass", req.getRequestInfo().getSender().getPassword());
        String sent = assertInstanceOf(String.class, req.getRequestData().getData(), "escaped XML text");
        assertEquals(Files.readString(out, StandardCharsets.UTF_8), sent);

        VerifiedSignature v = new XmlSignatureVerifier(sandbox.pki().caCertificate()).verify(sent);
        assertEquals(sandbox.demo().person().certificate(), v.signer());
        String reference = v.document()
                .getElementsByTagNameNS("urn:kz:elicensing:v1", "reference")
                .item(0)
                .getTextContent();
        assertTrue(reference.startsWith("PAY-") && !reference.startsWith("PAY-DEMO"), reference);
        var payment = sandbox.payments().find(reference).orElseThrow();
        assertEquals("751102300459", payment.payerId());
        assertEquals(new BigDecimal("19660.00"), payment.amount());
    }

    @Test
    void submitWithoutPayUsesTheFirstDemoPayment() throws Exception {
        int before = fake.received.size();
        run("submit", "--data", sandbox.config().dataDir().toString(), "--elicensing", fakeUrl);
        String sent = (String) fake.received.get(before).getRequestData().getData();
        assertTrue(sent.contains("<reference>PAY-DEMO-0001</reference>"));
        assertTrue(sent.contains("<bin>150140000012</bin>"));
        assertEquals(
                sandbox.demo().company().certificate(),
                new XmlSignatureVerifier(sandbox.pki().caCertificate())
                        .verify(sent)
                        .signer());
    }

    @Test
    void signReplacesTheSignature() throws Exception {
        Path in = data.resolve("in.xml");
        Path out = data.resolve("out.xml");
        Files.writeString(
                in,
                "<Application xmlns=\"urn:kz:elicensing:v1\" Id=\"app-1\">\n  <requestId>r</requestId>\n</Application>\n");
        run(
                "sign",
                "--data",
                sandbox.config().dataDir().toString(),
                "--as",
                "provider",
                "--in",
                in.toString(),
                "--out",
                out.toString());
        run(
                "sign",
                "--data",
                sandbox.config().dataDir().toString(),
                "--as",
                "other-company",
                "--in",
                out.toString(),
                "--out",
                out.toString());
        var v = new XmlSignatureVerifier(sandbox.pki().caCertificate())
                .verify(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(sandbox.demo().otherCompany().certificate(), v.signer());
        assertTrue(IssuedIdentity.subjectDn(v.signer()).contains("OU=BIN160540000039"));
    }

    @Test
    void statusSendsAStatusQuery() throws Exception {
        int before = fake.received.size();
        String printed = run("status", "APP-2025-000001", "--elicensing", fakeUrl);
        assertTrue(printed.contains("status: SUCCESS"));
        var req = fake.received.get(before);
        assertEquals("ELICENSE_GetApplicationStatus", req.getRequestInfo().getServiceId());
        assertTrue(
                ((String) req.getRequestData().getData())
                        .contains(
                                "<StatusQuery xmlns=\"urn:kz:elicensing:v1\"><applicationNumber>APP-2025-000001</applicationNumber></StatusQuery>"));
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThrows(SandboxMain.UsageException.class, () -> SandboxMain.run(new String[] {"bogus"}, System.out));
        assertThrows(SandboxMain.UsageException.class, () -> SandboxMain.run(new String[] {"status"}, System.out));
        assertThrows(
                SandboxMain.UsageException.class,
                () -> SandboxMain.run(new String[] {"submit", "--as", "nobody"}, System.out));
        assertThrows(
                SandboxMain.UsageException.class,
                () -> SandboxMain.run(new String[] {"serve", "--port", "x"}, System.out));
        assertThrows(
                SandboxMain.UsageException.class,
                () -> SandboxMain.run(new String[] {"serve", "--color", "red"}, System.out));
    }

    @Test
    void faultOptionsAreParsedAndBadOnesAreUsageErrors() throws Exception {
        assertEquals(
                Map.of(
                        "GbdulInfoByBin_v2",
                        FaultSpec.http500().times(2),
                        "PEP_PaymentCheck",
                        FaultSpec.delay(Duration.ofMillis(3000))),
                SandboxMain.faults(List.of("GbdulInfoByBin_v2=http500,times=2", "PEP_PaymentCheck=delay,millis=3000")));
        assertThrows(
                SandboxMain.UsageException.class,
                () -> SandboxMain.run(new String[] {"serve", "--fault", "GbdulInfoByBin_v2=explode"}, System.out));
        assertThrows(
                SandboxMain.UsageException.class,
                () -> SandboxMain.run(new String[] {"serve", "--fault", "http500"}, System.out));
        assertThrows(
                SandboxMain.UsageException.class,
                () -> SandboxMain.run(
                        new String[] {"serve", "--fault", "A=down", "--port", "1", "--port", "2"}, System.out));
        String help = run("--help");
        assertTrue(help.contains("--fault SERVICE=FAULT")
                && help.contains("wrongSignature")
                && help.contains("/admin/journal"));
    }

    @Test
    void sandboxRefusesNonLoopbackHosts() {
        assertThrows(
                IllegalArgumentException.class,
                () -> SandboxConfig.builder().dataDir(data).host("0.0.0.0").build());
    }
}
