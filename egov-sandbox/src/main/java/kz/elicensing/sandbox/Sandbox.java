package kz.elicensing.sandbox;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import jakarta.xml.ws.Endpoint;
import jakarta.xml.ws.handler.Handler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import kz.elicensing.sandbox.admin.AdminClient;
import kz.elicensing.sandbox.admin.AdminServer;
import kz.elicensing.sandbox.admin.FaultRoutes;
import kz.elicensing.sandbox.admin.NcaLayerRoutes;
import kz.elicensing.sandbox.admin.RevocationFaults;
import kz.elicensing.sandbox.admin.RevocationRoutes;
import kz.elicensing.sandbox.gateway.FaultFilter;
import kz.elicensing.sandbox.gateway.GatewayCalls;
import kz.elicensing.sandbox.gateway.GatewayEndpoint;
import kz.elicensing.sandbox.gateway.HeldExchanges;
import kz.elicensing.sandbox.gateway.RequestVerifyingHandler;
import kz.elicensing.sandbox.gateway.ResponseSigningHandler;
import kz.elicensing.sandbox.gateway.fault.GatewayFaults;
import kz.elicensing.sandbox.gateway.journal.CallJournal;
import kz.elicensing.sandbox.ncalayer.KeyPicker;
import kz.elicensing.sandbox.ncalayer.NcaLayerProtocol;
import kz.elicensing.sandbox.ncalayer.NcaLayerServer;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.ProviderKeys;
import kz.elicensing.sandbox.pki.RevocationUrls;
import kz.elicensing.sandbox.pki.TestPki;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.registry.LegalEntityRegistry;
import kz.elicensing.sandbox.registry.PaymentRegistry;

/** Starts and stops the whole outside world (PKI, registries, ShEP gateway, admin API, NCALayer); the in-process API for tests. */
public final class Sandbox implements AutoCloseable {

    private final SandboxConfig config;
    private final TestPki pki;
    private final DemoIdentities demo;
    private final LegalEntityRegistry legalEntities;
    private kz.elicensing.sandbox.registry.IndividualRegistry individuals;
    private final PaymentRegistry payments;
    private final GatewayEndpoint gateway;
    private final ExecutorService executor;
    private final HttpServer gatewayServer;
    private final Endpoint endpoint;
    private final AdminServer admin;
    private final String gatewayUrl;
    private final RevocationFaults revocationFaults;
    private final GatewayFaults faults;
    private final CallJournal journal;
    private final HeldExchanges held;
    private final ScheduledExecutorService scheduler;
    private ProviderKeys providerKeys;
    private KeyPicker keyPicker;
    private NcaLayerServer ncalayer;

    private Sandbox(
            SandboxConfig config,
            TestPki pki,
            DemoIdentities demo,
            LegalEntityRegistry legalEntities,
            PaymentRegistry payments,
            GatewayEndpoint gateway,
            ExecutorService executor,
            HttpServer gatewayServer,
            Endpoint endpoint,
            AdminServer admin,
            RevocationFaults revocationFaults,
            GatewayFaults faults,
            CallJournal journal,
            HeldExchanges held,
            ScheduledExecutorService scheduler) {
        this.config = config;
        this.pki = pki;
        this.demo = demo;
        this.legalEntities = legalEntities;
        this.payments = payments;
        this.gateway = gateway;
        this.executor = executor;
        this.gatewayServer = gatewayServer;
        this.endpoint = endpoint;
        this.admin = admin;
        this.revocationFaults = revocationFaults;
        this.faults = faults;
        this.journal = journal;
        this.held = held;
        this.scheduler = scheduler;
        this.gatewayUrl = "http://" + hostForUrl(config.host()) + ":"
                + gatewayServer.getAddress().getPort() + GatewayEndpoint.PATH;
    }

    /**
     * Opens (or creates) the CA and demo keys in the data directory, seeds the registries and publishes the
     * gateway at http://host:port/shep/bip-sync/ and the admin API at port+1 (port 0: free ports for both),
     * which also serves the CA's OCSP responder (/ocsp), CRL (/crl/sandbox-ca.crl) and certificate
     * (/ca/sandbox-ca.cer); issued certificates name these URLs ({@code <data>/pki/revocation-base.txt}).
     * The gateway signs its answers with the ShEP gateway's demo key, injects the configured faults and journals
     * every call (admin: /admin/faults, /admin/journal).
     */
    public static Sandbox start(SandboxConfig config) {
        HttpServer server = null;
        Endpoint endpoint = null;
        ExecutorService executor = null;
        ScheduledExecutorService scheduler = null;
        HeldExchanges held = null;
        AdminServer admin = null;
        NcaLayerServer ncalayer = null;
        try {
            Files.createDirectories(config.dataDir());
            PaymentRegistry payments = new PaymentRegistry();
            // unbounded, but only for work: delayed and held requests wait without a thread (FaultFilter,
            // HeldExchanges)
            executor = Executors.newCachedThreadPool(daemonThreads("sandbox-http-"));
            scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("sandbox-timer-"));
            held = new HeldExchanges(scheduler);
            // the admin port first: certificates name its OCSP responder and CRL
            int adminPort = config.port() == 0 ? 0 : config.port() + 1;
            admin = AdminServer.start(config.host(), adminPort, payments, executor);
            TestPki pki = TestPki.open(config.dataDir(), admin.url());
            RevocationFaults revocationFaults = new RevocationFaults();
            RevocationRoutes.install(admin, pki, revocationFaults);
            DemoIdentities demo = DemoIdentities.open(config.dataDir(), pki);
            ProviderKeys providerKeys = ProviderKeys.open(demo, pki);
            KeyPicker keyPicker = new KeyPicker(providerKeys);
            NcaLayerRoutes.install(admin, keyPicker, providerKeys);
            ncalayer = NcaLayerServer.start(
                    config.host(),
                    config.ncalayerPort(),
                    new NcaLayerProtocol(keyPicker),
                    config.ncalayerPlain() ? null : pki.issueTlsServer(tlsAddress(config.host())));
            LegalEntityRegistry legalEntities = new LegalEntityRegistry();
            kz.elicensing.sandbox.registry.IndividualRegistry individuals =
                    new kz.elicensing.sandbox.registry.IndividualRegistry();
            GatewayFaults faults = new GatewayFaults();
            config.faults().forEach(faults::set);
            CallJournal journal = new CallJournal();
            GatewayCalls calls = new GatewayCalls();
            FaultRoutes.install(admin, faults, journal);
            kz.elicensing.sandbox.admin.RegistryRoutes.install(admin, legalEntities);
            GatewayEndpoint gateway = new GatewayEndpoint(legalEntities, payments, pki.caCertificate(), calls);
            gateway.useIndividuals(individuals);
            installPortalRoutes(admin, gateway.portalInbox());

            server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
            server.setExecutor(executor);
            endpoint = Endpoint.create(gateway);
            endpoint.setMetadata(GatewayEndpoint.metadata());
            endpoint.getBinding()
                    .setHandlerChain(List.<Handler>of(
                            new RequestVerifyingHandler(
                                    new kz.elicensing.sandbox.xml.XmlSignatureVerifier(pki.caCertificate())),
                            new ResponseSigningHandler(demo.shepGateway(), calls)));
            HttpContext context = server.createContext(GatewayEndpoint.PATH);
            context.getFilters().add(new FaultFilter(faults, journal, calls, held, scheduler, executor));
            endpoint.publish(context);
            server.start();
            Sandbox started = new Sandbox(
                    config,
                    pki,
                    demo,
                    legalEntities,
                    payments,
                    gateway,
                    executor,
                    server,
                    endpoint,
                    admin,
                    revocationFaults,
                    faults,
                    journal,
                    held,
                    scheduler);
            started.individuals = individuals;
            started.providerKeys = providerKeys;
            started.keyPicker = keyPicker;
            started.ncalayer = ncalayer;
            return started;
        } catch (IOException e) {
            closeNcaLayer(ncalayer);
            cleanup(held, admin, endpoint, server, executor, scheduler);
            throw new UncheckedIOException("sandbox cannot start: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeNcaLayer(ncalayer);
            cleanup(held, admin, endpoint, server, executor, scheduler);
            throw e;
        }
    }

    private static void closeNcaLayer(NcaLayerServer ncalayer) {
        if (ncalayer != null) {
            ncalayer.close();
        }
    }

    /** The IP address the wss certificate names: the host's loopback address (127.0.0.1 for "localhost"). */
    private static String tlsAddress(String host) {
        try {
            return java.net.InetAddress.getByName(host).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    private static void cleanup(
            HeldExchanges held,
            AdminServer admin,
            Endpoint endpoint,
            HttpServer server,
            ExecutorService executor,
            ScheduledExecutorService scheduler) {
        if (held != null) {
            held.close();
        }
        if (admin != null) {
            admin.close();
        }
        if (endpoint != null && endpoint.isPublished()) {
            endpoint.stop();
        }
        if (server != null) {
            server.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /**
     * GET /admin/portal/notifications [applicationNumber]: the notices the portal received, one line each (oldest
     * first); DELETE: forget them.
     */
    private static void installPortalRoutes(AdminServer admin, kz.elicensing.sandbox.portal.PortalInbox inbox) {
        admin.route("/admin/portal/notifications", (method, params, ex) -> {
            if ("DELETE".equals(method)) {
                inbox.clear();
                return AdminServer.Reply.ok("cleared");
            }
            if (!"GET".equals(method)) {
                return AdminServer.Reply.methodNotAllowed();
            }
            String number = params.get("applicationNumber");
            StringBuilder out = new StringBuilder();
            for (var n : number == null || number.isBlank() ? inbox.all() : inbox.of(number.trim())) {
                out.append(n.line()).append('\n');
            }
            return AdminServer.Reply.ok(out.toString());
        });
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** The test PKI (CA in data/pki, trust anchor in data/trust). */
    public TestPki pki() {
        return pki;
    }

    /** The GBD UL emulation. */
    /** The individuals registry (GBD FL) behind the gateway. */
    public kz.elicensing.sandbox.registry.IndividualRegistry individuals() {
        return individuals;
    }

    public LegalEntityRegistry legalEntities() {
        return legalEntities;
    }

    /** The payment gateway emulation. */
    public PaymentRegistry payments() {
        return payments;
    }

    /** The catalog providers' authorized persons' keys and seals (data/keys, authorized-persons.tsv). */
    public ProviderKeys providerKeys() {
        return providerKeys;
    }

    /** The sandbox NCALayer's key dialog (what /admin/ncalayer/key and /admin/ncalayer/cancel-next set). */
    public KeyPicker ncalayerKeyPicker() {
        return keyPicker;
    }

    /** e.g. wss://127.0.0.1:13579 (ws:// with ncalayerPlain). */
    public String ncalayerUrl() {
        return ncalayer.url();
    }

    /** The NCALayer's bound port. */
    public int ncalayerPort() {
        return ncalayer.port();
    }

    /** The demo keystores in data/keys. */
    public DemoIdentities demo() {
        return demo;
    }

    /** The gateway endpoint (e.g. to register more sender systems). */
    /** The portal's inbox of PORTAL_Notification notices (also GET /admin/portal/notifications). */
    public kz.elicensing.sandbox.portal.PortalInbox portalInbox() {
        return gateway.portalInbox();
    }

    public GatewayEndpoint gateway() {
        return gateway;
    }

    /** e.g. http://127.0.0.1:18080/shep/bip-sync/ (E-licensing's ShEP URL). */
    public String gatewayUrl() {
        return gatewayUrl;
    }

    /** e.g. http://127.0.0.1:18081 (admin API base, no trailing slash). */
    public String adminUrl() {
        return admin.url();
    }

    /** e.g. http://127.0.0.1:18081/ocsp (the OCSP responder certificates name in their AIA). */
    public String ocspUrl() {
        return adminUrl() + RevocationUrls.OCSP_PATH;
    }

    /** e.g. http://127.0.0.1:18081/crl/sandbox-ca.crl (the CRL distribution point of issued certificates). */
    public String crlUrl() {
        return adminUrl() + RevocationUrls.CRL_PATH;
    }

    /** Switches to take the OCSP responder / CRL down or slow them (default up). */
    public RevocationFaults revocationFaults() {
        return revocationFaults;
    }

    /** The gateway's fault switches by serviceId (what /admin/faults sets). */
    public GatewayFaults faults() {
        return faults;
    }

    /** The gateway's journal of received calls (what /admin/journal lists). */
    public CallJournal journal() {
        return journal;
    }

    /** How many requests the gateway holds unanswered now (timeout fault). */
    public int heldRequests() {
        return held.size();
    }

    /** A client of this sandbox's admin API over HTTP. */
    public AdminClient adminClient() {
        return new AdminClient(adminUrl());
    }

    /** The admin server (to add routes). */
    public AdminServer admin() {
        return admin;
    }

    public SandboxConfig config() {
        return config;
    }

    /** data/trust: E-licensing's trust-anchor directory. */
    public Path trustDir() {
        return pki.trustDir();
    }

    /** data/keys: the demo keystores. */
    public Path keysDir() {
        return demo.keysDir();
    }

    /** A portal client (sender PORTAL, signing with the portal's system key) for the configured E-licensing URL. */
    public PortalClient portal() {
        return new PortalClient(config.elicensingUrl()).signedBy(demo.portalSystem());
    }

    /** Stops the gateway and admin servers; the data directory stays. */
    @Override
    public void close() {
        closeNcaLayer(ncalayer);
        cleanup(held, admin, endpoint, gatewayServer, executor, scheduler);
    }
}
