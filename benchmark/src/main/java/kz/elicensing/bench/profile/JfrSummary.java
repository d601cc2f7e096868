package kz.elicensing.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples (jdk.ExecutionSample) of a JDK Flight Recorder file: the share of samples whose top
 * frame lies in each cost group (H2/MVStore, Xerces, Santuario C14N, RSA/BigInteger, JAXB, EclipseLink, ...), and the
 * share whose stack passes through E-licensing's own steps (evidence log, signature pipeline, ...).
 * Usage: {@code JfrSummary file.jfr [label]}.
 */
public final class JfrSummary {
    /** Top-frame groups: the first prefix a class name starts with names its group. */
    private static final Map<String, String> SELF = new LinkedHashMap<>();

    /** Inclusive groups: a sample counts when any frame of its stack starts with the prefix. */
    private static final Map<String, String> INCLUSIVE = new LinkedHashMap<>();

    static {
        SELF.put("org.h2.mvstore", "H2 MVStore (storage)");
        SELF.put("org.h2", "H2 SQL engine");
        SELF.put("org.postgresql", "PostgreSQL JDBC driver");
        SELF.put("org.apache.xml.security.c14n", "Santuario C14N");
        SELF.put("org.apache.xml.security", "Santuario (other)");
        SELF.put("java.math.BigInteger", "RSA / BigInteger");
        SELF.put("java.math.MutableBigInteger", "RSA / BigInteger");
        SELF.put("sun.security.rsa", "RSA / BigInteger");
        SELF.put("sun.security.ec", "ECDSA");
        SELF.put("sun.security.provider", "SHA / digests");
        SELF.put("org.bouncycastle", "Bouncy Castle");
        SELF.put("sun.security", "JDK security (other)");
        SELF.put("com.sun.org.apache.xerces", "Xerces (parsing, DOM)");
        SELF.put("org.apache.xerces", "Xerces (parsing, DOM)");
        SELF.put("com.sun.org.apache.xml.internal.serializer", "XML serializer (JDK)");
        SELF.put("com.sun.org.apache.xalan", "XSLT/serializer (JDK)");
        SELF.put("com.sun.xml.internal.stream", "StAX (JDK)");
        SELF.put("com.ctc.wstx", "Woodstox (StAX)");
        SELF.put("org.glassfish.jaxb", "JAXB");
        SELF.put("com.sun.xml.bind", "JAXB");
        SELF.put("jakarta.xml.bind", "JAXB");
        SELF.put("org.apache.cxf", "JAX-WS (CXF)");
        SELF.put("com.sun.xml.ws", "JAX-WS (Metro)");
        SELF.put("com.sun.xml.messaging.saaj", "SAAJ");
        SELF.put("org.eclipse.persistence", "EclipseLink / JPA");
        SELF.put("org.hibernate", "Hibernate (WildFly)");
        SELF.put("io.undertow", "Undertow (HTTP)");
        SELF.put("org.xnio", "XNIO (HTTP I/O)");
        SELF.put("org.jboss.logmanager", "logging");
        SELF.put("org.jboss.logging", "logging");
        SELF.put("java.util.logging", "logging");
        SELF.put("org.jboss.weld", "Weld (CDI)");
        SELF.put("org.jboss.as.ejb3", "EJB container");
        SELF.put("org.jboss.invocation", "EJB/interceptors");
        SELF.put("com.arjuna", "Narayana (transactions)");
        SELF.put("org.jboss.jca", "IronJacamar (pools)");
        SELF.put("io.agroal", "Agroal (pool)");
        SELF.put("com.sun.net.httpserver", "JDK HTTP server (sandbox)");
        SELF.put("sun.net.httpserver", "JDK HTTP server (sandbox)");
        SELF.put("jdk.internal.net.http", "JDK HTTP client");
        SELF.put("sun.nio", "NIO / sockets");
        SELF.put("java.util.zip", "zip / deflate");
        SELF.put("kz.elicensing", "E-licensing / sandbox code itself");
        SELF.put("java.lang.String", "String / chars");
        SELF.put("java.lang.StringLatin1", "String / chars");
        SELF.put("java.lang.StringUTF16", "String / chars");
        SELF.put("java.lang.AbstractStringBuilder", "String / chars");
        SELF.put("java.util.regex", "regex");
        SELF.put("java.util", "java.util (collections)");
        SELF.put("java.", "JDK (other)");
        SELF.put("jdk.", "JDK (other)");
        SELF.put("sun.", "JDK (other)");

        INCLUSIVE.put("kz.elicensing.infrastructure.persistence.JpaEvidenceLog", "evidence log appends (incl.)");
        INCLUSIVE.put("kz.elicensing.infrastructure.signature", "signature pipeline (incl.)");
        INCLUSIVE.put("kz.elicensing.infrastructure.gateway", "gateway calls to the sandbox (incl.)");
        INCLUSIVE.put("org.eclipse.persistence", "EclipseLink / JPA (incl.)");
        INCLUSIVE.put("org.h2", "H2 (incl.)");
        INCLUSIVE.put("org.postgresql", "PostgreSQL driver (incl.)");
        INCLUSIVE.put("org.apache.xml.security.c14n", "C14N (incl.)");
        INCLUSIVE.put("java.math.BigInteger", "BigInteger (incl.)");
        INCLUSIVE.put("org.jboss.logmanager", "logging (incl.)");
    }

    private JfrSummary() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String label = args.length > 1 ? args[1] : file.getFileName().toString();
        Map<String, Long> self = new TreeMap<>();
        Map<String, Long> inclusive = new TreeMap<>();
        Map<String, Long> topMethods = new TreeMap<>();
        long total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!"jdk.ExecutionSample".equals(e.getEventType().getName())) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            total++;
            List<RecordedFrame> frames = stack.getFrames();
            String top = frames.get(0).getMethod().getType().getName();
            self.merge(group(top), 1L, Long::sum);
            topMethods.merge(top + "." + frames.get(0).getMethod().getName(), 1L, Long::sum);
            for (Map.Entry<String, String> g : INCLUSIVE.entrySet()) {
                if (frames.stream()
                        .anyMatch(f -> f.getMethod().getType().getName().startsWith(g.getKey()))) {
                    inclusive.merge(g.getValue(), 1L, Long::sum);
                }
            }
        }
        System.out.printf("%n%s: %d CPU samples (jdk.ExecutionSample)%n", label, total);
        print("  by top frame (self time)", self, total, 14);
        print("  through (inclusive: any frame of the stack)", inclusive, total, 12);
        print("  hottest methods", topMethods, total, 8);
    }

    private static String group(String className) {
        for (Map.Entry<String, String> g : SELF.entrySet()) {
            if (className.startsWith(g.getKey())) {
                return g.getValue();
            }
        }
        return "other (" + className.replaceAll("\\.[^.]+$", "") + ")";
    }

    private static void print(String title, Map<String, Long> counts, long total, int limit) {
        System.out.println(title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit)
                .forEach(c -> System.out.printf(
                        "    %5.1f %%  %s%n", total == 0 ? 0 : 100.0 * c.getValue() / total, c.getKey()));
    }
}
