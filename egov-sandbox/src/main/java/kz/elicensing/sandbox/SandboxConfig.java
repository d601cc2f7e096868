package kz.elicensing.sandbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;

/**
 * Where the sandbox keeps its data and where it listens: data directory, loopback host, gateway port
 * (admin on port+1; 0 = free ports), E-licensing's SyncChannel URL and the gateway faults in force at start
 * (by serviceId, {@code *} for every service), and the NCALayer's port (0 = a free port) and whether it speaks plain ws://
 * instead of wss://.
 */
public record SandboxConfig(
        Path dataDir,
        String host,
        int port,
        String elicensingUrl,
        Map<String, FaultSpec> faults,
        int ncalayerPort,
        boolean ncalayerPlain) {

    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 18080;
    public static final String DEFAULT_ELICENSING_URL = "http://127.0.0.1:8080/elicensing/SyncChannel";
    /** NCALayer's port, 13579. */
    public static final int DEFAULT_NCALAYER_PORT = 13579;

    public SandboxConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(elicensingUrl, "elicensingUrl");
        Map<String, FaultSpec> copy = new LinkedHashMap<>();
        for (Map.Entry<String, FaultSpec> e : (faults == null ? Map.<String, FaultSpec>of() : faults).entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new IllegalArgumentException("a fault needs a serviceId (* for every service)");
            }
            copy.put(e.getKey().trim(), Objects.requireNonNull(e.getValue(), "fault of " + e.getKey()));
        }
        faults = Collections.unmodifiableMap(copy);
        if (port < 0 || port > 65534) {
            throw new IllegalArgumentException("port must be 0..65534 (admin listens on port+1)");
        }
        if (ncalayerPort < 0 || ncalayerPort > 65535) {
            throw new IllegalArgumentException("ncalayer-port must be 0..65535");
        }
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("the sandbox binds to loopback only, not " + host);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    /** Without start faults. */
    public SandboxConfig(Path dataDir, String host, int port, String elicensingUrl) {
        this(dataDir, host, port, elicensingUrl, Map.of());
    }

    /** NCALayer on wss://host:13579. */
    public SandboxConfig(Path dataDir, String host, int port, String elicensingUrl, Map<String, FaultSpec> faults) {
        this(dataDir, host, port, elicensingUrl, faults, DEFAULT_NCALAYER_PORT, false);
    }

    /** Defaults with the given data directory. */
    public static SandboxConfig of(Path dataDir) {
        return builder().dataDir(dataDir).build();
    }

    /** Defaults with the given data directory and port 0 (free ports, NCALayer's too): what tests want. */
    public static SandboxConfig forTests(Path dataDir) {
        return builder().dataDir(dataDir).port(0).ncalayerPort(0).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .dataDir(dataDir)
                .host(host)
                .port(port)
                .elicensingUrl(elicensingUrl)
                .faults(faults)
                .ncalayerPort(ncalayerPort)
                .ncalayerPlain(ncalayerPlain);
    }

    /** Builder with defaults: data, 127.0.0.1, 18080, http://127.0.0.1:8080/elicensing/SyncChannel, NCALayer wss 13579. */
    public static final class Builder {
        private Path dataDir = DEFAULT_DATA_DIR;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String elicensingUrl = DEFAULT_ELICENSING_URL;
        private final Map<String, FaultSpec> faults = new LinkedHashMap<>();
        private int ncalayerPort = DEFAULT_NCALAYER_PORT;
        private boolean ncalayerPlain;

        public Builder dataDir(Path v) {
            this.dataDir = v;
            return this;
        }

        public Builder host(String v) {
            this.host = v;
            return this;
        }
        /** Gateway port; admin listens on port+1; 0 picks free ports for both. */
        public Builder port(int v) {
            this.port = v;
            return this;
        }

        public Builder elicensingUrl(String v) {
            this.elicensingUrl = v;
            return this;
        }
        /** A gateway fault in force from the start for a serviceId ({@code *}: every service without its own). */
        public Builder fault(String serviceId, FaultSpec spec) {
            this.faults.put(serviceId, spec);
            return this;
        }
        /** Adds these start faults. */
        public Builder faults(Map<String, FaultSpec> v) {
            this.faults.putAll(v);
            return this;
        }

        /** NCALayer's port (default 13579; 0 = a free port). */
        public Builder ncalayerPort(int v) {
            this.ncalayerPort = v;
            return this;
        }
        /** True: NCALayer speaks ws:// instead of wss://. */
        public Builder ncalayerPlain(boolean v) {
            this.ncalayerPlain = v;
            return this;
        }

        public SandboxConfig build() {
            return new SandboxConfig(dataDir, host, port, elicensingUrl, faults, ncalayerPort, ncalayerPlain);
        }
    }
}
