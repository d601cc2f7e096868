package kz.elicensing.sandbox;

import java.nio.file.Path;

/**
 * One sandbox for all test classes of this JVM (free ports, data in target/test-sandbox, reused across runs),
 * so the suite creates keys and warms up jaxws-rt only once.
 */
public final class SharedSandbox {

    private static Sandbox sandbox;

    private SharedSandbox() {}

    public static synchronized Sandbox get() {
        if (sandbox == null) {
            Sandbox s = Sandbox.start(SandboxConfig.forTests(Path.of("target", "test-sandbox")));
            Runtime.getRuntime().addShutdownHook(new Thread(s::close, "test-sandbox-stop"));
            sandbox = s;
        }
        return sandbox;
    }
}
