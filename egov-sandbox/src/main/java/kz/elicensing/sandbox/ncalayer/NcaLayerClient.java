package kz.elicensing.sandbox.ncalayer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.admin.AdminClient;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * A Java client of the sandbox's NCALayer for tests (what a page's JavaScript does): one WebSocket connection per
 * request, wss:// trusting the sandbox CA; the key the "person" picks is set through the admin API.
 */
public final class NcaLayerClient {

    /** NCALayer answered with an error (code and message as sent). */
    public static final class NcaLayerException extends RuntimeException {
        private final String code;

        public NcaLayerException(String code, String message) {
            super(code + ": " + message);
            this.code = code;
        }

        /** e.g. 500, SIGNING_FAILURE, MODULE_NOT_FOUND. */
        public String code() {
            return code;
        }
    }

    /** The person closed the key dialog. */
    public static final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("cancelled by the user");
        }
    }

    private final URI url;
    private final SSLContext ssl;
    private final AdminClient admin;
    private final Duration timeout = Duration.ofSeconds(30);

    /**
     * A client of the NCALayer at {@code url} (wss://127.0.0.1:13579 or ws://...), trusting {@code trustedCa} for
     * wss, with the sandbox admin API at {@code adminUrl} for {@link #pick} and {@link #cancelNext}.
     */
    public NcaLayerClient(String url, X509Certificate trustedCa, String adminUrl) {
        this.url = URI.create(Objects.requireNonNull(url, "url"));
        this.ssl = url.startsWith("wss:") ? trusting(Objects.requireNonNull(trustedCa, "trustedCa")) : null;
        this.admin = new AdminClient(adminUrl);
    }

    /** A client of a sandbox of this JVM. */
    public static NcaLayerClient of(Sandbox sandbox) {
        return new NcaLayerClient(sandbox.ncalayerUrl(), sandbox.pki().caCertificate(), sandbox.adminUrl());
    }

    private static SSLContext trusting(X509Certificate ca) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setCertificateEntry("sandbox-ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot trust the sandbox CA", e);
        }
    }

    /** The person picks this key (a key alias of authorized-persons.tsv, or seal-...) in the next dialog. */
    public void pick(String alias) {
        admin.ncalayerPick(alias);
    }

    /** The person closes the next dialog. */
    public void cancelNext() {
        admin.ncalayerCancelNext();
    }

    /** The version NCALayer greets with. */
    public String version() {
        return exchange(null).get("greeting");
    }

    /**
     * {@code kz.gov.pki.knca.basics} {@code sign}, format xml, with signerParams iin / bin (null: no filter): the
     * signed XML.
     *
     * @throws CancelledException if the person cancelled
     * @throws NcaLayerException on an error answer
     */
    public String basicsSign(String xml, String iin, String bin) {
        JsonObjectBuilder signer = Json.createObjectBuilder().add("extKeyUsageOids", Json.createArrayBuilder());
        signer.add("iin", iin == null ? "" : iin)
                .add("bin", bin == null ? "" : bin)
                .add("serialNumber", "");
        JsonObject request = Json.createObjectBuilder()
                .add("module", NcaLayerProtocol.MODULE_BASICS)
                .add("method", "sign")
                .add(
                        "args",
                        Json.createObjectBuilder()
                                .add(
                                        "allowedStorages",
                                        Json.createArrayBuilder().add("PKCS12"))
                                .add("format", "xml")
                                .add("data", xml)
                                .add(
                                        "signingParams",
                                        Json.createObjectBuilder()
                                                .add("decode", true)
                                                .add("encapsulate", true)
                                                .add("digested", false))
                                .add("signerParams", signer)
                                .add("locale", "ru"))
                .build();
        JsonObject answer = parse(request(request.toString()));
        if (!answer.getBoolean("status", false)) {
            throw new NcaLayerException(answer.getString("code", ""), answer.getString("message", ""));
        }
        JsonObject body = answer.getJsonObject("body");
        if (body == null || !body.containsKey("result")) {
            throw new CancelledException();
        }
        JsonArray result = body.getJsonArray("result");
        return result.getString(0);
    }

    /**
     * {@code kz.gov.pki.knca.commonUtils} {@code signXml} (storage PKCS12, key type SIGNATURE, no XPaths): the signed
     * XML.
     *
     * @throws CancelledException if the person cancelled
     * @throws NcaLayerException on an error answer
     */
    public String signXml(String xml) {
        JsonObject request = Json.createObjectBuilder()
                .add("module", NcaLayerProtocol.MODULE_COMMON_UTILS)
                .add("method", "signXml")
                .add(
                        "args",
                        Json.createArrayBuilder()
                                .add("PKCS12")
                                .add("SIGNATURE")
                                .add(xml)
                                .add("")
                                .add(""))
                .build();
        JsonObject answer = parse(request(request.toString()));
        if (!"200".equals(answer.getString("code", ""))) {
            if (NcaLayerProtocol.CANCELED.equals(answer.getString("message", ""))) {
                throw new CancelledException();
            }
            throw new NcaLayerException(answer.getString("code", ""), answer.getString("message", ""));
        }
        return answer.getString("responseObject");
    }

    /** Sends one raw request text on a fresh connection and returns the raw answer (after the greeting). */
    public String request(String text) {
        return exchange(text).get("answer");
    }

    private Map<String, String> exchange(String text) {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        WebSocketClient ws = connection(messages, error);
        try {
            if (!ws.connectBlocking(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("cannot connect to NCALayer at " + url, error.get());
            }
            String greeting = take(messages);
            JsonValue version = parse(greeting).getJsonObject("result").get("version");
            if (text == null) {
                return Map.of("greeting", ((jakarta.json.JsonString) version).getString());
            }
            ws.send(text);
            return Map.of("answer", take(messages));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            ws.close();
        }
    }

    /** A connection (not yet open) whose messages, and an empty text at its close, go to {@code messages}. */
    private WebSocketClient connection(BlockingQueue<String> messages, AtomicReference<Exception> error) {
        WebSocketClient ws = new WebSocketClient(url) {
            @Override
            public void onOpen(ServerHandshake handshake) {
                // the server greets first
            }

            @Override
            public void onMessage(String message) {
                messages.add(message);
            }

            @Override
            public void onClose(int code, String reason, boolean remote) {
                messages.add("");
            }

            @Override
            public void onError(Exception ex) {
                error.compareAndSet(null, ex); // onClose follows
            }
        };
        if (ssl != null) {
            ws.setSocketFactory(ssl.getSocketFactory());
        }
        return ws;
    }

    private String take(BlockingQueue<String> messages) throws InterruptedException {
        String m = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (m == null || m.isEmpty()) {
            throw new IllegalStateException("NCALayer at " + url + " did not answer");
        }
        return m;
    }

    private static JsonObject parse(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }
}
