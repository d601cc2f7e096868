package kz.elicensing.sandbox.ncalayer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.DefaultSSLWebSocketServerFactory;
import org.java_websocket.server.WebSocketServer;

/**
 * The sandbox's NCALayer: a WebSocket server (wss:// with a certificate of the sandbox CA for the host, or ws://)
 * that greets every connection with the version and answers each text message with {@link NcaLayerProtocol}.
 */
public final class NcaLayerServer implements AutoCloseable {

    /** NCALayer's port. */
    public static final int DEFAULT_PORT = 13579;

    private final Server server;
    private final boolean tls;
    private final String host;

    private NcaLayerServer(Server server, boolean tls, String host) {
        this.server = server;
        this.tls = tls;
        this.host = host;
    }

    /**
     * Binds host:port (0 = a free port) and waits until it listens. With {@code tlsIdentity} non-null it serves wss://
     * with that key and certificate chain, else ws://.
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static NcaLayerServer start(String host, int port, NcaLayerProtocol protocol, IssuedIdentity tlsIdentity) {
        // Java-WebSocket's TLS channel (SSLSocketChannel2.processHandshake) asserts a handshake state that a client's
        // timing can break, and goes on correctly without it; under -ea (surefire, failsafe) the AssertionError killed
        // the selector thread and with it the whole server: every later connection refused (CI, 5 December 2026).
        // Its classes are initialized after this, so their asserts are off in any JVM that runs the sandbox.
        WebSocketServer.class.getClassLoader().setPackageAssertionStatus("org.java_websocket", false);
        Server server = new Server(new InetSocketAddress(host, port), protocol);
        server.setReuseAddr(true);
        server.setDaemon(true);
        if (tlsIdentity != null) {
            server.setWebSocketFactory(new DefaultSSLWebSocketServerFactory(sslContext(tlsIdentity)));
        }
        server.start();
        try {
            if (!server.started.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("NCALayer server did not start on " + host + ":" + port);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the NCALayer server", e);
        }
        if (server.failure != null) {
            stopQuietly(server);
            throw new UncheckedIOException(new IOException(
                    "NCALayer server cannot listen on " + host + ":" + port + ": " + server.failure, server.failure));
        }
        return new NcaLayerServer(server, tlsIdentity != null, host);
    }

    private static SSLContext sslContext(IssuedIdentity identity) {
        try {
            char[] pw = "ncalayer".toCharArray();
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(identity.toKeyStore(pw), pw);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS for the NCALayer server", e);
        }
    }

    /** The bound port. */
    public int port() {
        return server.getPort();
    }

    /** e.g. wss://127.0.0.1:13579 (ws:// when plain). */
    public String url() {
        return (tls ? "wss" : "ws") + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The Java-WebSocket server: greeting on open, one answer per text message. */
    private static final class Server extends WebSocketServer {
        private final NcaLayerProtocol protocol;
        private final CountDownLatch started = new CountDownLatch(1);
        private volatile Exception failure;

        Server(InetSocketAddress address, NcaLayerProtocol protocol) {
            super(address);
            this.protocol = Objects.requireNonNull(protocol);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send(NcaLayerProtocol.greeting());
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            conn.send(protocol.handle(message));
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            // nothing kept per connection
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            if (conn == null && started.getCount() > 0) {
                failure = ex;
                started.countDown();
            }
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
