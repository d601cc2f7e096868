package kz.elicensing.sandbox;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import kz.elicensing.sandbox.admin.AdminClient;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.Revocation;
import kz.elicensing.sandbox.pki.Revocations;
import kz.elicensing.sandbox.pki.TestPki;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import kz.elicensing.sandbox.portal.XmlSigner;
import kz.elicensing.sandbox.xml.SafeXml;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Command-line entry point: serve the sandbox, revoke certificates, or sign and submit applications and query E-licensing as the portal. */
public final class SandboxMain {

    static final String USAGE = """
            Usage: java -jar egov-sandbox-cli.jar <command> [options]

              serve  [--data DIR] [--port N] [--elicensing URL] [--fault SERVICE=FAULT]...
                     [--ncalayer-port M] [--ncalayer-plain]
                     Start the ShEP gateway (port N, default 18080), admin API (N+1), test PKI, and NCALayer
                     (wss://127.0.0.1:M, default 13579; ws:// with --ncalayer-plain); Ctrl-C stops.
                     --fault (repeatable) makes the gateway misbehave for one serviceId (* = every service
                     without a fault of its own); FAULT is KIND[,key=value]..., KIND one of:
                       delay,millis=N      answer after N ms
                       timeout[,millis=N]  never answer: hold the connection until the sandbox stops (or N ms,
                                           then close it)
                       http500             HTTP 500 with an HTML body
                       soapFault[,code=C]  SOAP fault, ErrorInfo errorCode C (default UPSTREAM_UNAVAILABLE)
                       malformed           HTTP 200 with XML that is not well-formed
                       wrongSignature      the answer's WS-Security signature does not verify
                       duplicate           the registry is asked twice (the journal shows two calls)
                       down                close the connection without an answer
                       wrongCorrelation    a signed answer whose correlationId is not the request's messageId
                       otherSubject        a signed, correlated answer about another BIN, IIN or payment reference
                       none                no fault
                     and for any kind: times=N (only the next N calls, then the service recovers),
                     probability=P (0 < P <= 1, the chance that a call is hit). Examples:
                       --fault GbdulInfoByBin_v2=http500,times=2 --fault PEP_PaymentCheck=delay,millis=3000
                     Change faults at run time with the admin API: POST/GET/DELETE /admin/faults;
                     the gateway's call journal: GET/DELETE /admin/journal, GET /admin/journal/counts.
              submit [--data DIR] [--as company|person|other-company] [--service SECURITY_ACTIVITY]
                     [--payment REF] [--amount 19660.00] [--pay] [--timestamp] [--elicensing URL] [--admin URL] [--out signed.xml]
                     Build, sign and submit an application (ELICENSE_SubmitApplication). --timestamp adds a XAdES
                     signature timestamp from the sandbox TSA (keys/tsa.p12). --pay first registers
                     the payment at the running sandbox (admin URL, default http://127.0.0.1:18081);
                     without --payment: a fresh PAY-... with --pay, PAY-DEMO-0001 otherwise.
              sign   --data DIR --as company --in app.xml --out signed.xml
                     Sign an existing document (existing root signatures are replaced).
              revoke --data DIR [--reason N] [--at 2025-01-31T10:15:30Z] SERIAL_HEX
              revoke --data DIR [--reason N] [--at ...] --as company
                     Revoke a certificate of the sandbox CA (offline: appends to DIR/pki/revoked.txt; a running
                     sandbox's OCSP responder and CRL pick it up at once). N is the RFC 5280 CRLReason
                     (0 unspecified - default, 1 keyCompromise, 3 affiliationChanged, 4 superseded,
                     5 cessationOfOperation, 6 certificateHold, ...); --at defaults to now.
              status APPNUMBER [--elicensing URL] [--data DIR]   (requests are signed with the portal system key from DIR/keys)
              result APPNUMBER [--out FILE] [--elicensing URL] [--data DIR]   (--out writes the signed license/refusal itself)
                     Ask E-licensing for an application's status / result and print the answer XML.

            Defaults: --data data, --elicensing http://127.0.0.1:8080/elicensing/SyncChannel
            Identities for --as: company, company-auth, other-company, person, provider, system, gateway
            (keystores in DIR/keys, password demo1234).
            """;

    private static final String DEFAULT_ADMIN = AdminClient.DEFAULT_URL;

    private SandboxMain() {}

    /** Thrown for bad command-line arguments. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        int code;
        try {
            code = run(args, out);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.print(USAGE);
            code = 1;
        } catch (ShepFaultException e) {
            err.println("FAULT " + e.errorCode() + ": " + e.errorMessage());
            if (e.errorData() != null) {
                err.println("      " + e.errorData());
            }
            code = 2;
        } catch (Exception e) {
            err.println("error: " + e);
            code = 2;
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs one command; returns the exit code (0 ok). {@code serve} blocks until interrupted. */
    static int run(String[] argv, PrintStream out) throws Exception {
        if (argv.length == 0 || Set.of("-h", "--help", "help").contains(argv[0])) {
            out.print(USAGE);
            return 0;
        }
        String command = argv[0];
        Args a = Args.parse(argv, 1);
        return switch (command) {
            case "serve" -> serve(a, out);
            case "submit" -> submit(a, out);
            case "sign" -> sign(a, out);
            case "status" -> status(a, out);
            case "result" -> result(a, out);
            case "revoke" -> revoke(a, out);
            default -> throw new UsageException("unknown command '" + command + "'");
        };
    }

    private static int serve(Args a, PrintStream out) throws UsageException, InterruptedException {
        a.allow("data", "port", "elicensing", "fault", "ncalayer-port", "ncalayer-plain");
        a.noPositional();
        SandboxConfig config = SandboxConfig.builder()
                .dataDir(a.path("data", SandboxConfig.DEFAULT_DATA_DIR))
                .port(a.integer("port", SandboxConfig.DEFAULT_PORT))
                .ncalayerPort(a.integer("ncalayer-port", SandboxConfig.DEFAULT_NCALAYER_PORT))
                .ncalayerPlain(a.flag("ncalayer-plain"))
                .elicensingUrl(a.get("elicensing", SandboxConfig.DEFAULT_ELICENSING_URL))
                .faults(faults(a.all("fault")))
                .build();
        Sandbox sandbox = Sandbox.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sandbox.close();
                            stopped.countDown();
                        },
                        "sandbox-shutdown"));
        out.println("E-licensing sandbox is running");
        out.println("  ShEP gateway:   " + sandbox.gatewayUrl() + "   (WSDL: " + sandbox.gatewayUrl() + "?wsdl)");
        out.println("  admin API:      " + sandbox.adminUrl() + "/admin/health, POST /admin/payments,"
                + " POST /admin/revoke, POST /admin/revocation, /admin/faults, /admin/journal");
        out.println("  gateway faults: " + sandbox.faults());
        out.println("  OCSP / CRL:     " + sandbox.ocspUrl() + "   " + sandbox.crlUrl());
        out.println("  NCALayer:       " + sandbox.ncalayerUrl()
                + "   (key picked by POST /admin/ncalayer/key?alias=...;" + " persons: GET /admin/ncalayer/keys)");
        out.println("  trust dir:      " + sandbox.trustDir().toAbsolutePath());
        out.println("  keys dir:       " + sandbox.keysDir().toAbsolutePath() + "   (password "
                + DemoIdentities.PASSWORD + ")");
        out.println("  E-licensing:    " + config.elicensingUrl());
        out.println("Press Ctrl-C to stop.");
        stopped.await();
        return 0;
    }

    /** Parses repeated {@code --fault SERVICE=KIND[,key=value]...} values, in order (a later one for a service wins). */
    static Map<String, FaultSpec> faults(List<String> values) throws UsageException {
        Map<String, FaultSpec> m = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw new UsageException(
                        "--fault must be SERVICE=KIND[,key=value]..., e.g. GbdulInfoByBin_v2=http500,times=2");
            }
            try {
                m.put(v.substring(0, eq).trim(), FaultSpec.parse(v.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--fault " + v + ": " + e.getMessage());
            }
        }
        return m;
    }

    private static int submit(Args a, PrintStream out) throws Exception {
        a.allow("data", "as", "service", "payment", "amount", "pay", "elicensing", "admin", "out", "timestamp");
        a.noPositional();
        Path data = a.path("data", SandboxConfig.DEFAULT_DATA_DIR);
        String as = a.get("as", "company");
        ApplicationBuilder app = new ApplicationBuilder();
        switch (as) {
            case "company" -> app.forDemoCompany();
            case "other-company" -> app.forOtherDemoCompany();
            case "person" -> app.forDemoPerson();
            default -> throw new UsageException("--as must be company, person or other-company");
        }
        app.service(a.get("service", "SECURITY_ACTIVITY"));
        BigDecimal amount;
        try {
            amount = new BigDecimal(a.get("amount", "19660.00"));
        } catch (NumberFormatException e) {
            throw new UsageException("--amount is not a decimal");
        }
        boolean pay = a.flag("pay");
        String reference = a.get(
                "payment",
                pay ? "PAY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT) : "PAY-DEMO-0001");
        app.payment(reference, amount);
        if (pay) {
            String adminUrl = a.get("admin", DEFAULT_ADMIN);
            out.println("payment: " + registerPayment(adminUrl, reference, app.applicantId(), amount));
        }
        IssuedIdentity signer = identity(data, as);
        String signed;
        if (a.flag("timestamp")) {
            // a XAdES SignatureTimeStamp from the sandbox TSA (tsa.p12 in the data directory), at this moment
            org.w3c.dom.Document doc = new XmlSigner(signer).sign(app.build());
            kz.elicensing.sandbox.portal.XadesTimestamper.stamp(
                    doc,
                    new kz.elicensing.sandbox.pki.TimeStampAuthority(identity(data, "tsa")),
                    java.time.Instant.now());
            signed = XmlSigner.toXml(doc);
        } else {
            signed = new XmlSigner(signer).signToXml(app.build());
        }
        if (a.has("out")) {
            Files.writeString(Path.of(a.get("out", null)), signed, StandardCharsets.UTF_8);
            out.println("signed application written to " + a.get("out", null));
        }
        out.println("application " + app.id() + " (requestId " + app.requestId() + ") signed by " + signer.subjectDn());
        PortalClient client = new PortalClient(a.get("elicensing", SandboxConfig.DEFAULT_ELICENSING_URL))
                .signedBy(identity(data, "portal"));
        print(out, client.submitApplication(signed));
        return 0;
    }

    private static int sign(Args a, PrintStream out) throws Exception {
        a.allow("data", "as", "in", "out");
        a.noPositional();
        Path data = a.path("data", SandboxConfig.DEFAULT_DATA_DIR);
        Path in = Path.of(a.required("in"));
        Path target = Path.of(a.required("out"));
        Document doc;
        try (InputStream is = Files.newInputStream(in)) {
            doc = SafeXml.parse(is);
        } catch (SAXException e) {
            throw new IllegalArgumentException(in + " is not well-formed XML: " + e.getMessage(), e);
        }
        IssuedIdentity signer = identity(data, a.get("as", "company"));
        XmlSigner.stripSignatures(doc);
        Files.writeString(target, new XmlSigner(signer).signToXml(doc), StandardCharsets.UTF_8);
        out.println("signed " + in + " -> " + target + " as " + signer.subjectDn());
        return 0;
    }

    private static int revoke(Args a, PrintStream out) throws UsageException {
        a.allow("data", "reason", "at", "as");
        Path data = a.path("data", SandboxConfig.DEFAULT_DATA_DIR);
        if (!Files.exists(data.resolve(TestPki.CA_KEYSTORE))) {
            throw new UsageException("no sandbox CA in " + data.resolve(TestPki.CA_KEYSTORE));
        }
        BigInteger serial;
        if (a.has("as")) {
            a.noPositional();
            serial = identity(data, a.get("as", null)).certificate().getSerialNumber();
        } else {
            try {
                serial = Revocation.parseSerial(a.onePositional("SERIAL_HEX"));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        int reason = a.integer("reason", Revocation.UNSPECIFIED);
        Instant at;
        try {
            at = a.has("at") ? Instant.parse(a.get("at", null)) : Instant.now();
        } catch (DateTimeParseException e) {
            throw new UsageException("--at must be an ISO-8601 instant such as 2025-01-31T10:15:30Z");
        }
        Revocation r;
        try {
            r = Revocations.open(data).revoke(serial, reason, at);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        out.println("revoked " + Revocation.hex(r.serial()) + " reason " + r.reason() + " at " + r.revokedAt() + " ("
                + data.resolve(Revocations.FILE) + ")");
        return 0;
    }

    private static int status(Args a, PrintStream out) throws UsageException {
        a.allow("elicensing", "data");
        String number = a.onePositional("APPNUMBER");
        print(
                out,
                new PortalClient(a.get("elicensing", SandboxConfig.DEFAULT_ELICENSING_URL))
                        .signedBy(identity(a.path("data", SandboxConfig.DEFAULT_DATA_DIR), "portal"))
                        .getStatus(number));
        return 0;
    }

    private static int result(Args a, PrintStream out) throws UsageException, IOException {
        a.allow("elicensing", "out", "data");
        String number = a.onePositional("APPNUMBER");
        SendResult r = new PortalClient(a.get("elicensing", SandboxConfig.DEFAULT_ELICENSING_URL))
                .signedBy(identity(a.path("data", SandboxConfig.DEFAULT_DATA_DIR), "portal"))
                .getResult(number);
        print(out, r);
        if (a.has("out") && r.dataXml() != null) {
            String document = signedDocument(r.dataXml());
            Files.writeString(Path.of(a.get("out", null)), document, StandardCharsets.UTF_8);
            out.println("signed result document written to " + a.get("out", null));
        }
        return 0;
    }

    /** The signed License/Refusal carried as text in a Result answer, exactly as signed. */
    private static String signedDocument(String resultXml) throws IOException {
        try {
            org.w3c.dom.NodeList n = kz.elicensing.sandbox.xml.SafeXml.parse(resultXml)
                    .getElementsByTagNameNS("urn:kz:elicensing:v1", "signedDocument");
            return n.getLength() == 0 ? resultXml : n.item(0).getTextContent();
        } catch (org.xml.sax.SAXException e) {
            throw new IOException("the answer is not XML", e);
        }
    }

    private static IssuedIdentity identity(Path data, String alias) throws UsageException {
        DemoIdentities.Demo demo;
        try {
            demo = DemoIdentities.Demo.byAlias(alias);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path file = data.resolve(DemoIdentities.KEYS_DIR).resolve(demo.fileName());
        if (Files.exists(file)) {
            return IssuedIdentity.loadP12(file, DemoIdentities.PASSWORD.toCharArray());
        }
        return DemoIdentities.open(data, TestPki.open(data)).get(demo);
    }

    private static String registerPayment(String adminUrl, String reference, String payerId, BigDecimal amount) {
        return new AdminClient(adminUrl).registerPayment(reference, payerId, amount);
    }

    private static void print(PrintStream out, SendResult r) {
        if (r.dataXml() != null) {
            out.println(r.dataXml());
        }
        out.println("status: " + r.statusCode() + " " + (r.statusMessage() == null ? "" : r.statusMessage())
                + " (correlationId " + r.correlationId() + ")");
    }

    /** Minimal "--name value" / "--flag" / positional argument parser. */
    static final class Args {
        private static final Set<String> FLAGS = Set.of("pay", "timestamp", "ncalayer-plain");
        private static final Set<String> REPEATABLE = Set.of("fault");
        private final Map<String, String> options = new HashMap<>();
        private final Map<String, List<String>> repeated = new HashMap<>();
        private final List<String> positional = new ArrayList<>();

        static Args parse(String[] argv, int from) throws UsageException {
            Args a = new Args();
            for (int i = from; i < argv.length; i++) {
                String s = argv[i];
                if (s.startsWith("--")) {
                    String name = s.substring(2);
                    String value;
                    int eq = name.indexOf('=');
                    if (eq >= 0) {
                        value = name.substring(eq + 1);
                        name = name.substring(0, eq);
                    } else if (FLAGS.contains(name)) {
                        value = "true";
                    } else {
                        if (i + 1 >= argv.length) {
                            throw new UsageException("option --" + name + " needs a value");
                        }
                        value = argv[++i];
                    }
                    if (REPEATABLE.contains(name)) {
                        a.repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                        a.options.put(name, value);
                    } else if (a.options.put(name, value) != null) {
                        throw new UsageException("option --" + name + " given twice");
                    }
                } else {
                    a.positional.add(s);
                }
            }
            return a;
        }

        void allow(String... names) throws UsageException {
            Set<String> allowed = Set.of(names);
            for (String k : options.keySet()) {
                if (!allowed.contains(k)) {
                    throw new UsageException("unknown option --" + k);
                }
            }
        }

        void noPositional() throws UsageException {
            if (!positional.isEmpty()) {
                throw new UsageException("unexpected argument '" + positional.get(0) + "'");
            }
        }

        String onePositional(String what) throws UsageException {
            if (positional.size() != 1) {
                throw new UsageException("expected exactly one " + what);
            }
            return positional.get(0);
        }

        boolean has(String name) {
            return options.containsKey(name);
        }

        boolean flag(String name) {
            return "true".equalsIgnoreCase(options.get(name));
        }

        /** Every value of a repeatable option, in order. */
        List<String> all(String name) {
            return repeated.getOrDefault(name, List.of());
        }

        String get(String name, String def) {
            return options.getOrDefault(name, def);
        }

        String required(String name) throws UsageException {
            String v = options.get(name);
            if (v == null) {
                throw new UsageException("--" + name + " is required");
            }
            return v;
        }

        Path path(String name, Path def) {
            String v = options.get(name);
            return v == null ? def : Path.of(v);
        }

        int integer(String name, int def) throws UsageException {
            String v = options.get(name);
            if (v == null) {
                return def;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a number");
            }
        }
    }
}
