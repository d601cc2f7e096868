package kz.elicensing.bench;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.signature.OnlineRevocationCheckerAccess;
import kz.elicensing.infrastructure.signature.SecureXml;
import kz.elicensing.infrastructure.signature.ValidationReport;
import kz.elicensing.sandbox.Sandbox;
import kz.elicensing.sandbox.SandboxConfig;
import kz.elicensing.sandbox.pki.DemoIdentities;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.XmlSigner;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.utils.UnsyncBufferedOutputStream;
import org.w3c.dom.Document;

/**
 * Prints single-thread signature throughput on this machine and the ratios the targets are stated in: raw RSA-2048
 * verify/s, parse/s of a 31 KB application, the full pipeline warm (one document, every cache warm) and cold (a new
 * signer's certificate each time, caches forgotten, the OCSP answer asked anew), the intake read; with
 * {@code -Dbench.figures=FILE} also as properties for benchmark.sh. Signed intake under load: benchmark.sh (Gatling).
 */
public final class SignatureBenchmark {
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 5));
    /** Signers of the cold measure: each round starts on a certificate the caches have forgotten. */
    private static final int COLD_SIGNERS = 16;

    private SignatureBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("bench");
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.forTests(tmp))) {
            IssuedIdentity company = sandbox.demo().company();
            byte[] application = realisticApplication(company);
            System.out.printf("application size: %,d bytes%n", application.length);

            System.setProperty("elicensing.trust.dir", sandbox.trustDir().toString());
            var verifier = OnlineRevocationCheckerAccess.verifier(new ElicensingConfig());
            var reader = OnlineRevocationCheckerAccess.reader(new ElicensingConfig());
            reader.read(application, Instant.now());
            Document parsed = SecureXml.parse(application);
            Canonicalizer exclusive = Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            List<byte[]> coldDocuments = new ArrayList<>();
            for (int i = 0; i < COLD_SIGNERS; i++) {
                coldDocuments.add(realisticApplication(sandbox.pki()
                        .issue(IdentitySpec.builder(IdentitySpec.Kind.LEGAL_ENTITY_HEAD)
                                .iin(DemoIdentities.COMPANY_HEAD_IIN)
                                .bin(DemoIdentities.COMPANY_BIN)
                                .surname(DemoIdentities.COMPANY_HEAD_SURNAME)
                                .name(DemoIdentities.COMPANY_HEAD_NAME)
                                .organisation(DemoIdentities.COMPANY_NAME)
                                .build())));
            }
            ElicensingConfig coldConfig = new ElicensingConfig();
            var coldVerifier = OnlineRevocationCheckerAccess.verifier(coldConfig);
            AtomicLong coldNext = new AtomicLong();
            Map<String, Runnable> ops = new LinkedHashMap<>();
            ops.put("raw RSA-2048 verify", rawVerify(company));
            ops.put("hardened parse of the application (limits, no DTD, one walk)", () -> SecureXml.parse(application));
            ops.put("Santuario exclusive C14N + SHA-256 of the parsed application, alone", () -> {
                try (OutputStream out = new UnsyncBufferedOutputStream(
                        new DigestOutputStream(OutputStream.nullOutputStream(), sha256))) {
                    exclusive.canonicalizeSubtree(parsed.getDocumentElement(), out);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                sha256.reset();
            });
            ops.put(
                    "full pipeline (limits+parse, signature, wrapping, path, OCSP cached, key usage, identity, report)",
                    () -> {
                        ValidationReport report = new ValidationReport(Instant.now());
                        verifier.verify(verifier.parse(application, report), Instant.now(), report);
                    });
            ops.put("full pipeline cold (a new signer's certificate, caches forgotten, OCSP asked anew)", () -> {
                byte[] doc = coldDocuments.get((int) (coldNext.getAndIncrement() % coldDocuments.size()));
                OnlineRevocationCheckerAccess.forgetCaches(coldVerifier, coldConfig);
                ValidationReport report = new ValidationReport(Instant.now());
                coldVerifier.verify(coldVerifier.parse(doc, report), Instant.now(), report);
            });
            ops.put(
                    "intake read (the pipeline + schema in the same pass + form + report XML)",
                    () -> reader.read(application, Instant.now()));
            Map<String, Double> rates = rates(ops);
            double rawVerify = rates.get("raw RSA-2048 verify");
            double parse = rates.get("hardened parse of the application (limits, no DTD, one walk)");
            double c14n = rates.get("Santuario exclusive C14N + SHA-256 of the parsed application, alone");
            double pipeline = rates.get(
                    "full pipeline (limits+parse, signature, wrapping, path, OCSP cached, key usage, identity, report)");
            double intake = rates.get("intake read (the pipeline + schema in the same pass + form + report XML)");
            double cold =
                    rates.get("full pipeline cold (a new signer's certificate, caches forgotten, OCSP asked anew)");
            double baseline = 1 / (1 / parse + 1 / rawVerify);
            System.out.printf(
                    "parse + raw verify: %,.0f/s; pipeline / (parse + raw verify) = %.2f (target >= 0.50)%n",
                    baseline, pipeline / baseline);
            System.out.printf(
                    "ceiling of that ratio with Santuario's C14N, whatever else the pipeline does:"
                            + " (parse + verify) / (parse + C14N + verify) = %.2f%n",
                    (1 / parse + 1 / rawVerify) / (1 / parse + 1 / c14n + 1 / rawVerify));
            System.out.printf(
                    "pipeline / raw verify = %.2f; intake read / pipeline = %.2f; pipeline cold / warm = %.2f%n",
                    pipeline / rawVerify, intake / pipeline, cold / pipeline);
            String figures = System.getProperty("bench.figures");
            if (figures != null) {
                Files.writeString(
                        Path.of(figures),
                        String.format(
                                java.util.Locale.ROOT,
                                "raw_rsa_verify=%.0f%nparse=%.0f%nc14n_sha256=%.0f%npipeline_warm=%.0f%n"
                                        + "pipeline_cold=%.0f%nintake_read=%.0f%n",
                                rawVerify,
                                parse,
                                c14n,
                                pipeline,
                                cold,
                                intake));
            }
        }
    }

    private static byte[] realisticApplication(IssuedIdentity signer) {
        ApplicationBuilder app = ApplicationBuilder.securityActivity()
                .forDemoCompany()
                .requestId(UUID.randomUUID().toString());
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

    /**
     * Operations per second of each op on one thread: after a warm-up, the ops take turns in short rounds and each
     * keeps its best round, so that a neighbour's load on the machine skews the ratios less.
     */
    private static Map<String, Double> rates(Map<String, Runnable> ops) {
        long slice = RUN.toNanos() / 5;
        ops.values().forEach(op -> runFor(op, slice));
        Map<String, Double> best = new LinkedHashMap<>();
        for (int round = 0; round < 5; round++) {
            ops.forEach((name, op) -> best.merge(name, runFor(op, slice), Math::max));
        }
        best.forEach((name, perSecond) -> System.out.printf("%-100s %,10.0f/s (1 thread)%n", name, perSecond));
        return best;
    }

    private static double runFor(Runnable op, long nanos) {
        long n = 0;
        long start = System.nanoTime();
        long end = start + nanos;
        while (System.nanoTime() < end) {
            op.run();
            n++;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
