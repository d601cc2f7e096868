package kz.elicensing.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import kz.elicensing.application.decision.SigningTool;
import kz.elicensing.application.decision.SigningToolSettings;
import kz.elicensing.application.signin.SignInLimits;
import kz.elicensing.application.signin.SignInSettings;
import kz.elicensing.domain.message.MessageWindow;
import kz.elicensing.shep.FrontDoorSettings;
import kz.elicensing.shep.IdempotencySettings;

/**
 * Every configuration knob of E-licensing, read from system properties (set them in standalone.xml with jboss-cli
 * or with -D on start). Paths default to places under {@code elicensing.home}.
 */
@ApplicationScoped
public class ElicensingConfig implements IdempotencySettings, FrontDoorSettings, SignInSettings, SigningToolSettings {

    /** Data directory: trust anchors, keys. Default {@code ${jboss.server.data.dir}/elicensing}. */
    public Path home() {
        String home = System.getProperty("elicensing.home");
        if (home == null || home.isBlank()) {
            home = System.getProperty("jboss.server.data.dir", ".") + "/elicensing";
        }
        return Path.of(home);
    }

    /** Directory of trusted CA certificates (PEM or DER, one per file). */
    public Path trustDirectory() {
        return path("elicensing.trust.dir", home().resolve("trust"));
    }

    /** PKCS#12 keystore of the provider's authorized person, who signs licenses and refusals. */
    public Path signingKeystore() {
        return path("elicensing.signing.keystore", home().resolve("keys/provider-signer.p12"));
    }

    /** From the server's credential store (an ${ENC::...} system property set by provisioning), never from the EAR. */
    public char[] signingKeystorePassword() {
        return required("elicensing.signing.keystore.password").toCharArray();
    }

    /** PKCS#12 keystore of E-licensing itself, which signs requests to the registries. */
    public Path systemKeystore() {
        return path("elicensing.system.keystore", home().resolve("keys/elicensing-system.p12"));
    }

    /** From the server's credential store, like the signing keystore's password. */
    public char[] systemKeystorePassword() {
        return required("elicensing.system.keystore.password").toCharArray();
    }

    /**
     * Directory of the providers' system seals, {@code seal-<provider code lowercased>.p12}: {@code elicensing.seal-dir},
     * default {@code <home>/keys}. A seal signs the provider's automatic results (issue 15).
     */
    public Path sealDirectory() {
        return path("elicensing.seal-dir", home().resolve("keys"));
    }

    /** The seals' keystore password ({@code elicensing.seal.password}, from the credential store); none: no seals. */
    public java.util.Optional<char[]> sealPassword() {
        return java.util.Optional.ofNullable(System.getProperty("elicensing.seal.password"))
                .map(String::toCharArray);
    }

    /**
     * Where the case page's script finds NCALayer on the person's computer ({@code elicensing.ncalayer-url}, default
     * {@code wss://127.0.0.1:13579}): a setting of the browser side only.
     */
    @Override
    public SigningTool signingTool() {
        return new SigningTool(System.getProperty("elicensing.ncalayer-url", "wss://127.0.0.1:13579"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(
                    property + " is not set: store it in the credential store (README, Configuration)");
        }
        return value;
    }

    /** BIN of E-licensing's operator, sent as RequestorBIN. */
    public String systemBin() {
        return System.getProperty("elicensing.system.bin", "101040000072");
    }

    /** URL of the ShEP gateway's SyncChannel. */
    public String gatewayUrl() {
        return System.getProperty("elicensing.gateway.url", "http://127.0.0.1:18080/shep/bip-sync/");
    }

    public String gatewaySenderId() {
        return System.getProperty("elicensing.gateway.sender-id", "ELICENSE");
    }

    public String gatewayPassword() {
        return System.getProperty("elicensing.gateway.password", "elicense-demo-pass");
    }

    /** The BIN (OU=BIN...) of the organisation whose certificate must sign the gateway's answers (the sandbox's ShEP). */
    public String gatewayCertificateBin() {
        return System.getProperty("elicensing.gateway.certificate-bin", "041240000056");
    }

    /** Connect timeout and, separately, receive timeout of one gateway call (JAX-WS request context, see ShepClient). */
    public Duration gatewayTimeout() {
        return Duration.ofMillis(Long.getLong("elicensing.gateway.timeout-ms", 10_000L));
    }

    /** How many working days before its deadline an open application is marked NEARING (deadline timer). */
    public int deadlineWarningWorkingDays() {
        return Integer.getInteger("elicensing.deadline.warning-working-days", 2);
    }

    /** How often a gateway call is tried before its application moves to CHECK_FAILED for an officer. */
    public int outboxMaxAttempts() {
        return Integer.getInteger("elicensing.outbox.max-attempts", 8);
    }

    /**
     * The base of the outbox's exponential back-off: after the n-th failed try the next one waits between half and
     * the whole of 2^n × this (at most 10 min). Default 1 s (2 s, 4 s, 8 s ...); tests make it short.
     */
    public Duration outboxBackoffBase() {
        return Duration.ofMillis(Math.max(1L, Long.getLong("elicensing.outbox.backoff-base-ms", 1_000L)));
    }

    /**
     * Room in an outbox claim's lease beyond its batch's gateway timeouts (10 × 2 × {@link #gatewayTimeout()}), for the
     * rest of a check's work. Rows claimed by a server that died come back after the lease. Default 1 min.
     */
    public Duration outboxLeaseMargin() {
        return Duration.ofMillis(Math.max(0L, Long.getLong("elicensing.outbox.lease-margin-ms", 60_000L)));
    }

    /** This server's name in the outbox's {@code claimed_by} column: WildFly's node name, else the host name. */
    public String nodeName() {
        String node = System.getProperty("jboss.node.name");
        if (node == null || node.isBlank()) {
            try {
                node = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                node = "unknown";
            }
        }
        return node;
    }

    @Override
    public Duration answerWait() {
        return Duration.ofMillis(Long.getLong("elicensing.idempotency.wait-ms", 15_000L));
    }

    /**
     * A node whose heartbeat is older than this is taken for dead: its claims on messages are released so a resend is
     * answered at once (ClaimRecovery beats every 5 s). Default 20 s: a survivor takes a dead node's claims over
     * 15-25 s after its death, so a resend is answered within 30 s of it (issue 16).
     */
    public Duration nodeDeadAfter() {
        return Duration.ofSeconds(Math.max(10L, Long.getLong("elicensing.cluster.node-dead-after-seconds", 20L)));
    }

    @Override
    public Duration abandonedClaim() {
        return Duration.ofSeconds(Long.getLong("elicensing.idempotency.abandoned-after-seconds", 600L));
    }

    /**
     * How long answers (and final refusals) are kept for resends; older rows of the ledger are deleted nightly. Never
     * shorter than twice {@link #messageWindow()}, the longest time between two accepted copies of one message.
     */
    public Duration idempotencyRetention() {
        return new MessageWindow(messageWindow())
                .retention(Duration.ofDays(Long.getLong("elicensing.idempotency.retention-days", 30L)));
    }

    /** How long the bounded records of refused unauthenticated messages are kept (deleted nightly). */
    public Duration refusedMessageRetention() {
        return Duration.ofDays(Long.getLong("elicensing.refused-message.retention-days", 30L));
    }

    /** Default: twice the largest payload plus 1 MiB (an escaped payload grows; the header and signature add some). */
    @Override
    public int maxEnvelopeBytes() {
        return Integer.getInteger("elicensing.max-envelope-bytes", 2 * maxPayloadBytes() + 1024 * 1024);
    }

    @Override
    public Duration messageWindow() {
        return Duration.ofMinutes(Math.max(1L, Long.getLong("elicensing.message-window-minutes", 15L)));
    }

    @Override
    public Duration rateLimitWindow() {
        return Duration.ofSeconds(Math.max(1L, Long.getLong("elicensing.rate-limit.window-seconds", 60L)));
    }

    @Override
    public int senderMessagesPerWindow() {
        return Integer.getInteger("elicensing.rate-limit.sender-messages", 60_000);
    }

    @Override
    public int addressRefusalsPerWindow() {
        return Integer.getInteger("elicensing.rate-limit.address-refusals", 100);
    }

    /** Readiness is DOWN when a due outbox row has waited longer than this (0: never, the age is only reported). */
    public Duration outboxStuckAfter() {
        return Duration.ofMinutes(Long.getLong("elicensing.health.outbox-stuck-minutes", 10L));
    }

    /** How long an OCSP/CRL answer is reused. */
    public Duration revocationCacheTime() {
        return Duration.ofSeconds(Long.getLong("elicensing.revocation.cache-seconds", 300L));
    }

    /** How far an OCSP answer's or a CRL's times may lie off our clock (thisUpdate/producedAt ahead, nextUpdate behind). */
    public Duration revocationClockSkew() {
        return Duration.ofSeconds(Long.getLong("elicensing.revocation.skew-seconds", 300L));
    }

    /** The oldest thisUpdate an OCSP answer may have when it is used (also a cached one), whatever its nextUpdate. */
    public Duration ocspMaxAnswerAge() {
        return Duration.ofSeconds(Long.getLong("elicensing.revocation.ocsp-max-age-seconds", 900L));
    }

    /** Connect and read timeout of OCSP and CRL requests. */
    public Duration revocationTimeout() {
        return Duration.ofMillis(Long.getLong("elicensing.revocation.timeout-ms", 5_000L));
    }

    /** How long the working calendar (holidays, moved days off) is reused before it is read from the database again. */
    public Duration calendarCacheTime() {
        return Duration.ofSeconds(Long.getLong("elicensing.calendar.cache-seconds", 60L));
    }

    /** Largest accepted payload (bytes of requestData/data). */
    public int maxPayloadBytes() {
        return Integer.getInteger("elicensing.max-payload-bytes", 4 * 1024 * 1024);
    }

    /** Whether the demo data (demo senders, officers, admin) is loaded: off unless {@code elicensing.demo-data=true}. */
    public boolean demoData() {
        return Boolean.parseBoolean(System.getProperty("elicensing.demo-data", "false"));
    }

    // sign-ins (issue 13 item 8, docs/security.md section 8)

    /**
     * Senders: {@code elicensing.sender.max-failed-sign-ins} (default 5) wrong SOAP passwords in a row, each within the
     * lockout of the one before, lock the sender id out for {@code elicensing.sender.lockout-seconds} (default 900).
     */
    @Override
    public SignInLimits senderLimits() {
        return new SignInLimits(
                Integer.getInteger("elicensing.sender.max-failed-sign-ins", 5),
                Duration.ofSeconds(Long.getLong("elicensing.sender.lockout-seconds", 900L)));
    }

    /**
     * Officers and admins: the limits of Elytron's brute-force protection on the officer realm, read from the same
     * properties configure.cli sets ({@code wildfly.elytron.realm.ElicensingRealm.brute-force.max-failed-attempts},
     * {@code ...lockout-interval} in minutes), so the audit's LOCKED row matches Elytron's lockout.
     */
    @Override
    public SignInLimits officerLimits() {
        return new SignInLimits(
                Integer.getInteger(ELYTRON_BRUTE_FORCE + "max-failed-attempts", 10),
                Duration.ofMinutes(Integer.getInteger(ELYTRON_BRUTE_FORCE + "lockout-interval", 15)));
    }

    private static final String ELYTRON_BRUTE_FORCE = "wildfly.elytron.realm.ElicensingRealm.brute-force.";

    /**
     * How long a sender's verified password is remembered so its next messages skip PBKDF2:
     * {@code elicensing.sender.verified-password-seconds}, default 300; 0 turns the cache off.
     */
    public Duration senderVerifiedPasswordTime() {
        return Duration.ofSeconds(Long.getLong("elicensing.sender.verified-password-seconds", 300L));
    }

    private static Path path(String property, Path fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
