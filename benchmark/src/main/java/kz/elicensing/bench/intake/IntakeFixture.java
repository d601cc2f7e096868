package kz.elicensing.bench.intake;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import kz.elicensing.sandbox.admin.AdminClient;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.XmlSigner;

/**
 * The untimed preparation of the intake load run: a pool of companies known to GBD UL with their heads' keys, then
 * for each application a payment of the full fee made at the sandbox's payment gateway, the application (by default
 * the realistic 31 KB one of SignatureBenchmark) signed by its company's head, and the SOAP envelope signed by the
 * portal's system key. The timed part only sends these bytes.
 */
public final class IntakeFixture {
    /** The SECURITY_ACTIVITY fee of the demo catalog. */
    public static final BigDecimal FEE = new BigDecimal("19660.00");

    private final Path data;
    private final AdminClient admin;
    private final List<BenchCompany> companies;
    private final SignedEnvelopes envelopes;
    private final boolean realistic;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    private IntakeFixture(Path data, String adminUrl, List<BenchCompany> companies, boolean realistic) {
        this.data = data;
        this.admin = new AdminClient(adminUrl);
        this.companies = companies;
        this.realistic = realistic;
        IssuedIdentity portal =
                IssuedIdentity.loadP12(data.resolve("keys/portal-system.p12"), "demo1234".toCharArray());
        this.envelopes = new SignedEnvelopes(PortalClient.PORTAL_SENDER, PortalClient.PORTAL_PASSWORD, portal);
    }

    /**
     * A fixture over the sandbox serving {@code data} (its admin API at {@code adminUrl}) with {@code companyCount}
     * fresh companies; {@code runSalt} keeps two runs' BINs apart at one sandbox.
     */
    public static IntakeFixture prepare(Path data, String adminUrl, int companyCount, int runSalt, boolean realistic) {
        List<BenchCompany> companies = new CompanyPool(data, adminUrl).create(companyCount, runSalt);
        return new IntakeFixture(data, adminUrl, companies, realistic);
    }

    /** The companies of the pool. */
    public int companyCount() {
        return companies.size();
    }

    /** {@code count} envelopes, each an application of its own (companies in turn), paid, signed twice. */
    public List<byte[]> paidSignedEnvelopes(int count) {
        return IntStream.range(0, count)
                .parallel()
                .mapToObj(this::paidSignedEnvelope)
                .toList();
    }

    private byte[] paidSignedEnvelope(int n) {
        BenchCompany company = companies.get(n % companies.size());
        String reference = "PAY-BENCH-" + runId + "-" + n;
        admin.registerPayment(reference, company.bin(), FEE);
        ApplicationBuilder app = ApplicationBuilder.securityActivity()
                .legalEntity(company.bin(), company.name(), company.headIin())
                .requestId(UUID.randomUUID().toString())
                .payment(reference, FEE);
        if (realistic) {
            realisticContent(app);
        }
        String signed = new XmlSigner(company.head()).signToXml(app.build());
        return envelopes.envelope(PortalClient.SUBMIT_APPLICATION, signed);
    }

    /** 36 guarded objects, 40 staff fields in Russian and Kazakh, an 8 KB attachment: ~31 KB signed. */
    private static void realisticContent(ApplicationBuilder app) {
        for (int i = 0; i < 36; i++) {
            app.addObject(
                    "г. Алматы, Медеуский район, ул. Абая, д. " + (i + 1) + ", офис " + (100 + i),
                    "Охраняемый объект №" + (i + 1)
                            + ": торговый центр «Қазақстан», периметр, видеонаблюдение, пост охраны");
        }
        for (int i = 0; i < 40; i++) {
            app.field("staff" + i, "Сотрудник охраны " + i + ": Нұрланов Ержан, удостоверение №" + (100_000 + i));
        }
        byte[] pdf = new byte[8_000];
        new SecureRandom().nextBytes(pdf);
        app.attachment("charter.pdf", "application/pdf", pdf);
    }

    /** The data directory of the sandbox (keys, trust) this fixture was made at. */
    public Path data() {
        return data;
    }

    /** A short text of one envelope, for a log line. */
    static String head(byte[] envelope) {
        String s = new String(envelope, StandardCharsets.UTF_8);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
