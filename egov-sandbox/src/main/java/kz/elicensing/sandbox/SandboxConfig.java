package kz.elicensing.sandbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the sandbox keeps its data and where it listens: data directory, loopback host, gateway port
 * (admin on port+1; 0 = free ports) and E-licensing's SyncChannel URL.
 */
public record SandboxConfig(Path dataDir, String host, int port, String elicensingUrl) {

    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 18080;
    public static final String DEFAULT_ELICENSING_URL = "http://127.0.0.1:8080/elicensing/SyncChannel";

    public SandboxConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(elicensingUrl, "elicensingUrl");
        if (port < 0 || port > 65534) {
            throw new IllegalArgumentException("port must be 0..65534 (admin listens on port+1)");
        }
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("the sandbox binds to loopback only, not " + host);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    /** Defaults with the given data directory. */
    public static SandboxConfig of(Path dataDir) {
        return builder().dataDir(dataDir).build();
    }

    /** Defaults with the given data directory and port 0 (free ports): what tests want. */
    public static SandboxConfig forTests(Path dataDir) {
        return builder().dataDir(dataDir).port(0).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().dataDir(dataDir).host(host).port(port).elicensingUrl(elicensingUrl);
    }

    /** Builder with defaults: data, 127.0.0.1, 18080, http://127.0.0.1:8080/elicensing/SyncChannel. */
    public static final class Builder {
        private Path dataDir = DEFAULT_DATA_DIR;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String elicensingUrl = DEFAULT_ELICENSING_URL;

        public Builder dataDir(Path v) { this.dataDir = v; return this; }
        public Builder host(String v) { this.host = v; return this; }
        /** Gateway port; admin listens on port+1; 0 picks free ports for both. */
        public Builder port(int v) { this.port = v; return this; }
        public Builder elicensingUrl(String v) { this.elicensingUrl = v; return this; }

        public SandboxConfig build() {
            return new SandboxConfig(dataDir, host, port, elicensingUrl);
        }
    }
}
