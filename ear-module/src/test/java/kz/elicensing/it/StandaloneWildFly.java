package kz.elicensing.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly of the test's own, outside Arquillian, that the test can kill with SIGKILL and start again: the
 * provisioned server's modules ({@code jboss.home}, shared, read-only) with a server base directory of its own (a copy
 * of the provisioned configuration, the EAR in {@code deployments}, its own data, tmp and log), started by
 * {@code bin/standalone.sh} with the given server arguments.
 */
final class StandaloneWildFly implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path jbossHome;
    private final Path baseDir;
    private final int httpPort;
    private final List<String> serverArguments;
    private final Thread reaper = new Thread(this::killQuietly, "standalone-wildfly-reaper");
    private Process script;
    private int starts;

    private StandaloneWildFly(Path jbossHome, Path baseDir, int httpPort, List<String> serverArguments) {
        this.jbossHome = jbossHome;
        this.baseDir = baseDir;
        this.httpPort = httpPort;
        this.serverArguments = List.copyOf(serverArguments);
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * Prepares {@code baseDir}: the provisioned {@code standalone/configuration} of {@code jbossHome} (datasource,
     * credential store with the keystore passwords, security realm; without the deployments the running IT server has)
     * and {@code ear} in {@code deployments}.
     * {@code serverArguments} go to standalone.sh (port offset, bind addresses, system properties).
     */
    static StandaloneWildFly prepare(Path jbossHome, Path baseDir, Path ear, int httpPort, List<String> serverArguments)
            throws IOException {
        Path configuration = jbossHome.resolve("standalone/configuration");
        copyTree(configuration, baseDir.resolve("configuration"), "standalone_xml_history");
        // not the deployment of the Arquillian server running beside it (OneDeployment): only the EAR copied below
        Path standaloneXml = baseDir.resolve("configuration/standalone.xml");
        Files.writeString(
                standaloneXml,
                Files.readString(standaloneXml).replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
        Files.createDirectories(baseDir.resolve("deployments"));
        Files.copy(ear, baseDir.resolve("deployments").resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return new StandaloneWildFly(jbossHome, baseDir, httpPort, serverArguments);
    }

    /** Starts the server (again); its console goes to {@code console-N.log} in the base directory. */
    void start() throws IOException {
        if (portOpen(httpPort)) {
            throw new IllegalStateException("port " + httpPort + " is in use: is a server of an earlier run still up?");
        }
        starts++;
        List<String> command = new ArrayList<>();
        command.add("sh");
        command.add(jbossHome.resolve("bin/standalone.sh").toString());
        command.add("-Djboss.server.base.dir=" + baseDir);
        command.addAll(serverArguments);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(baseDir.resolve("console-" + starts + ".log").toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("JBOSS_HOME", jbossHome.toString());
        pb.environment().put("JBOSS_JAVA_SIZING", "-Xms128m -Xmx768m");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("LAUNCH_JBOSS_IN_BACKGROUND");
        script = pb.start();
    }

    /** Polls {@code path} (e.g. the readiness page) until it answers 200; fails early if the server process ends. */
    void awaitOk(String path, Duration timeout) throws InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + httpPort + path);
        Instant end = Instant.now().plus(timeout);
        int last = -1;
        while (Instant.now().isBefore(end)) {
            if (!script.isAlive()) {
                throw new AssertionError("the server ended with " + script.exitValue() + " before " + uri
                        + " answered: " + consoleTail());
            }
            try {
                last = HTTP.send(
                                HttpRequest.newBuilder(uri)
                                        .timeout(Duration.ofSeconds(5))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (last == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(uri + " answered " + last + ", not 200, within " + timeout + ": " + consoleTail());
    }

    /** The server's JVM: the descendant of standalone.sh that runs jboss-modules. */
    ProcessHandle jvm() {
        if (script == null) {
            throw new IllegalStateException("not started");
        }
        return script.descendants()
                .filter(StandaloneWildFly::isServerJvm)
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("no server JVM under standalone.sh (pid " + script.pid() + ")"));
    }

    private static boolean isServerJvm(ProcessHandle p) {
        Optional<String> commandLine = p.info().commandLine();
        return commandLine
                .map(c -> c.contains("jboss-modules.jar"))
                .orElse(p.info().command().map(c -> c.endsWith("/java")).orElse(false));
    }

    /** SIGKILL to the server's JVM ({@code kill -9}: no shutdown hook, no clean close); returns its pid once it is gone. */
    long kill() throws Exception {
        ProcessHandle jvm = jvm();
        if (!jvm.destroyForcibly()) {
            throw new IllegalStateException("could not kill pid " + jvm.pid());
        }
        jvm.onExit().get(30, TimeUnit.SECONDS);
        if (!script.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("standalone.sh did not end after its JVM was killed");
        }
        if (portOpen(httpPort)) {
            throw new IllegalStateException("port " + httpPort + " still open after pid " + jvm.pid() + " was killed");
        }
        return jvm.pid();
    }

    /** Stops the server the ordinary way (SIGTERM: WildFly shuts down cleanly), or kills it after a minute. */
    void stop() throws InterruptedException {
        if (script == null || !script.isAlive()) {
            return;
        }
        Optional<ProcessHandle> jvm =
                script.descendants().filter(StandaloneWildFly::isServerJvm).findFirst();
        jvm.ifPresent(ProcessHandle::destroy);
        if (jvm.isEmpty() || !script.waitFor(60, TimeUnit.SECONDS)) {
            killQuietly();
        }
    }

    /** Stops the server; the base directory (logs, data) stays for inspection. */
    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killQuietly();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    private void killQuietly() {
        if (script != null) {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
        }
    }

    /** The last lines the server wrote to its console. */
    String consoleTail() {
        Path console = baseDir.resolve("console-" + starts + ".log");
        try {
            List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
            return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no console: " + e + ")";
        }
    }

    static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /** Copies a directory tree, leaving out entries with the name {@code skip}. */
    static void copyTree(Path from, Path to, String skip) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(p -> skip == null || !from.relativize(p).toString().startsWith(skip))
                    .forEach(p -> {
                        try {
                            Path target = to.resolve(from.relativize(p).toString());
                            if (Files.isDirectory(p)) {
                                Files.createDirectories(target);
                            } else {
                                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }
}
