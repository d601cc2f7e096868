package kz.elicensing.sandbox.gateway;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kz.elicensing.sandbox.gateway.fault.FaultKind;
import kz.elicensing.sandbox.gateway.fault.FaultSpec;
import kz.elicensing.sandbox.gateway.fault.GatewayFaults;
import kz.elicensing.sandbox.gateway.journal.CallJournal;
import kz.elicensing.sandbox.gateway.journal.JournalEntry;

/**
 * The HTTP filter in front of the gateway's JAX-WS endpoint: reads each SendMessage's serviceId, decides its fault,
 * journals the call, and carries out the transport faults itself (delay without a waiting thread, timeout, down,
 * http500, malformed); soapFault, wrongSignature, duplicate, wrongCorrelation and otherSubject travel on to the SOAP
 * layer as a {@link GatewayCall}.
 */
public final class FaultFilter extends Filter {

    /** Largest request the gateway reads (larger ones get HTTP 413). */
    public static final int MAX_REQUEST_BYTES = 32 * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(FaultFilter.class.getName());
    /** What a reverse proxy in front of a broken upstream sends: HTML, and not even well-formed XML. */
    private static final String HTTP500_BODY = "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n"
            + "<body>\r\n<center><h1>500 Internal Server Error</h1></center>\r\n"
            + "<hr><center>ShEP sandbox (fault http500)</center>\r\n</body>\r\n</html>\r\n";
    /** A SendMessageResponse cut off in the middle of an element: not well-formed. */
    private static final String MALFORMED_BODY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
            + "<ns2:SendMessageResponse xmlns:ns2=\"http://bip.bee.kz/SyncChannel/v10/Types\"><response>"
            + "<responseInfo><messageId>sandbox-malformed</messageId><status><code>SUCC";

    private final GatewayFaults faults;
    private final CallJournal journal;
    private final GatewayCalls calls;
    private final HeldExchanges held;
    private final ScheduledExecutorService scheduler;
    private final Executor executor;

    /**
     * @param scheduler times delays (it only hands work on, never runs it)
     * @param executor  the gateway's executor, which runs a delayed request once its time has come
     */
    public FaultFilter(
            GatewayFaults faults,
            CallJournal journal,
            GatewayCalls calls,
            HeldExchanges held,
            ScheduledExecutorService scheduler,
            Executor executor) {
        this.faults = Objects.requireNonNull(faults, "faults");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.held = Objects.requireNonNull(held, "held");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public String description() {
        return "sandbox gateway: fault injection and call journal";
    }

    @Override
    public void doFilter(HttpExchange ex, Chain chain) throws IOException {
        if (!"POST".equalsIgnoreCase(ex.getRequestMethod())) {
            chain.doFilter(ex); // ?wsdl, ?xsd=N
            return;
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(MAX_REQUEST_BYTES + 1);
        }
        if (body.length > MAX_REQUEST_BYTES) {
            long seq = journal.record(null, null, null, null, FaultKind.NONE.wireName(), JournalEntry.PENDING);
            send(ex, 413, "text/plain; charset=UTF-8", "request larger than " + MAX_REQUEST_BYTES + " bytes");
            journal.complete(seq, "HTTP 413");
            return;
        }
        ex.setStreams(new ByteArrayInputStream(body), null);
        RequestSummary request = EnvelopeInspector.inspect(body);
        FaultSpec fault = faults.decide(request.serviceId());
        long seq = journal.record(
                request.serviceId(),
                request.messageId(),
                request.senderId(),
                request.businessKey(),
                fault.kind().wireName(),
                JournalEntry.PENDING);
        if (!fault.isNone()) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "gateway: {0} {1} gets fault {2}",
                    request.serviceId(),
                    request.messageId(),
                    fault);
        }
        switch (fault.kind()) {
            case DOWN -> {
                journal.complete(seq, JournalEntry.CLOSED);
                ex.close(); // no response headers sent yet: the JDK server closes the connection
            }
            case TIMEOUT -> {
                journal.complete(seq, JournalEntry.HELD);
                held.hold(ex, fault.millis());
            }
            case HTTP500 -> {
                send(ex, 500, "text/html; charset=UTF-8", HTTP500_BODY);
                journal.complete(seq, "HTTP 500");
            }
            case MALFORMED -> {
                send(ex, 200, "text/xml; charset=utf-8", MALFORMED_BODY);
                journal.complete(seq, JournalEntry.MALFORMED);
            }
            case DELAY -> later(ex, chain, request, fault, seq);
            default -> proceed(ex, chain, request, fault, seq);
        }
    }

    /** Goes on after the fault's delay on the gateway's executor; no thread waits meanwhile. */
    private void later(HttpExchange ex, Chain chain, RequestSummary request, FaultSpec fault, long seq) {
        Runnable work = () -> {
            try {
                proceed(ex, chain, request, fault, seq);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "gateway: delayed request failed", e);
                journal.complete(seq, JournalEntry.CLOSED);
                ex.close();
            }
        };
        try {
            scheduler.schedule(
                    () -> {
                        try {
                            executor.execute(work);
                        } catch (RejectedExecutionException e) {
                            journal.complete(seq, JournalEntry.CLOSED);
                            ex.close();
                        }
                    },
                    fault.millis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            journal.complete(seq, JournalEntry.CLOSED);
            ex.close();
        }
    }

    /** Hands the request to the SOAP layer and journals what came of it (twice for the duplicate fault). */
    private void proceed(HttpExchange ex, Chain chain, RequestSummary request, FaultSpec fault, long seq)
            throws IOException {
        GatewayCall call = calls.open(ex, new GatewayCall(fault));
        try {
            chain.doFilter(ex);
        } finally {
            calls.close(ex);
            String outcome = call.outcome() != null
                    ? call.outcome()
                    : ex.getResponseCode() > 0 ? "HTTP " + ex.getResponseCode() : JournalEntry.CLOSED;
            journal.complete(seq, outcome);
            if (fault.kind() == FaultKind.DUPLICATE) {
                journal.record(
                        request.serviceId(),
                        request.messageId(),
                        request.senderId(),
                        request.businessKey(),
                        fault.kind().wireName(),
                        outcome);
            }
        }
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
        ex.close();
    }
}
