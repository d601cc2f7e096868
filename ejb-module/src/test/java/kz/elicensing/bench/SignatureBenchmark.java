package kz.elicensing.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.signature.OnlineRevocationCheckerAccess;
import kz.elicensing.infrastructure.signature.SecureXml;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.SandboxConfig;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.PortalClient;
import kz.elicensing.sandbox.portal.XmlSigner;

/**
 * Prints signature throughput on this machine and the ratios the targets are stated in: raw RSA-2048 verify/s,
 * parse/s of a 30 KB application, full pipeline verifications/s (OCSP answer cached), and, with {@code --soap URL
 * --data DIR} against a running server (./start.sh), signed-intake requests/s through SOAP.
 */
public final class SignatureBenchmark {
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 5));

    private SignatureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String soapUrl = null;
        Path data = null;
        for (int i = 0; i < args.length; i++) {
            if ("--soap".equals(args[i])) {
                soapUrl = args[++i];
            } else if ("--data".equals(args[i])) {
                data = Path.of(args[++i]);
            }
        }
        Path tmp = Files.createTempDirectory("bench");
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.forTests(tmp))) {
            IssuedIdentity company = sandbox.demo().company();
            byte[] application = realisticApplication(company);
            System.out.printf("application size: %,d bytes%n", application.length);

            double rawVerify = rate("raw RSA-2048 verify", rawVerify(company));
            double parse = rate("hardened parse of the application", () -> SecureXml.parse(application));
            System.setProperty("elicensing.trust.dir", sandbox.trustDir().toString());
            var reader = OnlineRevocationCheckerAccess.reader(new ElicensingConfig());
            reader.read(application, Instant.now());
            double pipeline = rate("full pipeline (parse, schema, signature, path, OCSP cached, identity)",
                    () -> reader.read(application, Instant.now()));
            double baseline = 1 / (1 / parse + 1 / rawVerify);
            System.out.printf("parse + raw verify: %,.0f/s; pipeline / (parse + raw verify) = %.2f (target >= 0.50)%n",
                    baseline, pipeline / baseline);
            System.out.printf("pipeline / raw verify = %.2f%n", pipeline / rawVerify);
        }
        if (soapUrl != null) {
            soapIntake(soapUrl, data == null ? Path.of("data") : data);
        }
    }

    private static byte[] realisticApplication(IssuedIdentity signer) {
        ApplicationBuilder app = ApplicationBuilder.securityActivity().forDemoCompany().requestId(UUID.randomUUID().toString());
        for (int i = 0; i < 60; i++) {
            app.addObject("г. Алматы, Медеуский район, ул. Абая, д. " + (i + 1) + ", офис " + (100 + i),
                    "Охраняемый объект №" + (i + 1) + ": торговый центр «Қазақстан», периметр, видеонаблюдение, пост охраны");
        }
        for (int i = 0; i < 40; i++) {
            app.field("staff" + i, "Сотрудник охраны " + i + ": Нұрланов Ержан, удостоверение №" + (100_000 + i));
        }
        byte[] pdf = new byte[8_000];
        new SecureRandom().nextBytes(pdf);
        app.attachment("charter.pdf", "application/pdf", pdf);
        return new XmlSigner(signer).signToXml(app.build()).getBytes(StandardCharsets.UTF_8);
    }

    private static Runnable rawVerify(IssuedIdentity identity) throws Exception {
        PrivateKey key = identity.privateKey();
        PublicKey publicKey = identity.certificate().getPublicKey();
        byte[] data = new byte[32];
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(data);
        byte[] sig = signer.sign();
        return () -> {
            try {
                Signature v = Signature.getInstance("SHA256withRSA");
                v.initVerify(publicKey);
                v.update(data);
                if (!v.verify(sig)) {
                    throw new IllegalStateException("verify failed");
                }
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Operations per second of {@code op} on one thread, after a warm-up. */
    private static double rate(String name, Runnable op) {
        long warmEnd = System.nanoTime() + RUN.toNanos() / 2;
        while (System.nanoTime() < warmEnd) {
            op.run();
        }
        long n = 0;
        long start = System.nanoTime();
        long end = start + RUN.toNanos();
        while (System.nanoTime() < end) {
            op.run();
            n++;
        }
        double perSecond = n / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%-75s %,10.0f/s (1 thread)%n", name, perSecond);
        return perSecond;
    }

    private static void soapIntake(String url, Path data) throws Exception {
        IssuedIdentity company = IssuedIdentity.loadP12(data.resolve("keys/company-head.p12"), "demo1234".toCharArray());
        int threads = Integer.getInteger("bench.threads", 8);
        int prepared = 4_000;
        System.out.printf("signing %,d applications for the SOAP run ...%n", prepared);
        List<String> signed = new ArrayList<>();
        for (int i = 0; i < prepared; i++) {
            signed.add(new XmlSigner(company).signToXml(ApplicationBuilder.securityActivity().forDemoCompany()
                    .requestId(UUID.randomUUID().toString()).payment("PAY-BENCH-" + i, new BigDecimal("19660.00")).build()));
        }
        AtomicLong next = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + RUN.toNanos() * 2;
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                PortalClient client = new PortalClient(url);
                while (System.nanoTime() < end) {
                    int i = (int) (next.getAndIncrement() % signed.size());
                    try {
                        if (client.submitApplication(signed.get(i)).isSuccess()) {
                            ok.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-75s %,10.0f/s (%d client threads, %d answers, %d faults; target >= 400/s)%n",
                "signed intake through SOAP on the running server", ok.get() / seconds, threads, ok.get(), failed.get());
    }
}
