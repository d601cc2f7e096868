package kz.elicensing.infrastructure.config;

import java.util.UUID;

/**
 * This JVM's identity for claims: the node's name (stable across restarts: WildFly's node name, else the host name)
 * and a boot id drawn once per start, so a claim tells whether the JVM that made it still runs.
 */
public record NodeBoot(String node, String boot) {
    private static final String THIS_BOOT = UUID.randomUUID().toString();

    /** This JVM's node and boot. */
    public static NodeBoot current(ElicensingConfig config) {
        return new NodeBoot(config.nodeName(), THIS_BOOT);
    }
}
